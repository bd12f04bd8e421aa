package org.experimentlog.web.format;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.stats.Analysis;
import org.experimentlog.stats.ResultStatistics;

/**
 * How a published result reads: its figures as the reader's locale writes them, and the
 * plain-language statistics sentence, computed from the published figures with the published
 * confidence level the same way the app computes it for the team. Shared by the register's pages
 * and its open data.
 */
public final class RegisterReading {
    private static final ResultStatistics STATISTICS = new ResultStatistics();

    private RegisterReading() {}

    /**
     * A result's statistics in words.
     *
     * @param weakerEvidence pilots, before/after and qualitative findings: weaker evidence than a
     *     randomised test
     * @param sentence the finding in the reader's language; empty when the data supports none
     */
    public record Reading(String figures, boolean weakerEvidence, String sentence) {}

    public static Reading read(
            PublicRecord.Measure m, double confidence, Locale locale, I18nResolver i18n) {
        Formats formats = new Formats(locale);
        String figures;
        switch (m.kind()) {
            case "observed" ->
                    figures =
                            formats.value(m.before(), m.unit())
                                    + " \u2192 "
                                    + formats.value(m.after(), m.unit());
            case "proportion" ->
                    figures =
                            formats.count(m.controlConversions())
                                    + " / "
                                    + formats.count(m.controlSize())
                                    + " \u00b7 "
                                    + formats.count(m.variantConversions())
                                    + " / "
                                    + formats.count(m.variantSize());
            case "mean" ->
                    figures =
                            formats.number(m.controlMean())
                                    + " (n "
                                    + formats.count(m.controlSize())
                                    + ", sd "
                                    + formats.number(m.controlSd())
                                    + ") \u00b7 "
                                    + formats.number(m.variantMean())
                                    + " (n "
                                    + formats.count(m.variantSize())
                                    + ", sd "
                                    + formats.number(m.variantSd())
                                    + ")";
            default -> figures = m.finding() == null ? "" : m.finding();
        }
        Analysis analysis = STATISTICS.analyse(m.toMeasure(), confidence);
        String key = analysis.finding().key();
        String sentence =
                key.isEmpty()
                        ? ""
                        : i18n.getText(
                                locale,
                                key,
                                analysis.finding()
                                        .argumentsFor(locale)
                                        .toArray(new Serializable[0]));
        return new Reading(figures, analysis.weakerEvidence(), sentence);
    }

    /** Every result of a record in order, iteration by iteration. */
    public static List<Reading> readAll(PublicRecord record, Locale locale, I18nResolver i18n) {
        List<Reading> readings = new ArrayList<>();
        for (PublicRecord.Round round : record.iterations()) {
            for (PublicRecord.Measure m : round.results()) {
                readings.add(read(m, record.confidenceLevel(), locale, i18n));
            }
        }
        return readings;
    }
}
