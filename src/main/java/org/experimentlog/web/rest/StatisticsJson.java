package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.experimentlog.stats.Analysis;
import org.experimentlog.stats.ConfidenceInterval;
import org.experimentlog.stats.MeanAnalysis;
import org.experimentlog.stats.ObservedAnalysis;
import org.experimentlog.stats.ProportionAnalysis;

/**
 * The statistics of a result, computed from its figures and read-only: what the data supports, the
 * figures behind it, and the plain-language finding as an i18n key with its arguments. Fields that
 * do not apply to the result's kind are absent.
 *
 * @param significant whether the data shows a difference at the confidence level, from a design
 *     that supports it
 * @param weakerEvidence whether the design cannot support causal claims (before/after, pilots,
 *     findings)
 * @param confidenceLevel the level of the intervals and tests
 * @param difference variant minus control (proportions, means) or after minus before (observed)
 * @param differenceLow lower end of the difference's interval
 * @param differenceHigh upper end of the difference's interval
 * @param relativeChange the difference relative to control (or before)
 * @param pValue the two-sided p-value of the z-test (proportions) or Welch's t-test (means)
 * @param probabilityVariantBetter the Bayesian probability that the variant's true rate beats
 *     control's
 * @param sampleRatioMismatch whether the group sizes differ from the planned split beyond chance
 * @param findingKey the i18n key of the finding
 * @param findingArguments its arguments, for the English-formatted message
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatisticsJson(
        boolean significant,
        boolean weakerEvidence,
        Double confidenceLevel,
        Double difference,
        Double differenceLow,
        Double differenceHigh,
        Double relativeChange,
        Double pValue,
        Double probabilityVariantBetter,
        Boolean sampleRatioMismatch,
        String findingKey,
        List<String> findingArguments) {

    static StatisticsJson of(Analysis analysis, double confidenceLevel) {
        Double difference = null;
        ConfidenceInterval interval = null;
        Double relative = null;
        Double p = null;
        Double better = null;
        Boolean mismatch = null;
        if (analysis instanceof ProportionAnalysis a) {
            difference = a.difference();
            interval = a.differenceInterval();
            relative = a.relativeUplift().isPresent() ? a.relativeUplift().getAsDouble() : null;
            p = a.pValue().isPresent() ? a.pValue().getAsDouble() : null;
            better = a.probabilityVariantBetter();
            mismatch = a.sampleRatio().mismatch();
        } else if (analysis instanceof MeanAnalysis a) {
            difference = a.difference();
            interval = a.welchTest().map(MeanAnalysis.WelchTest::differenceInterval).orElse(null);
            relative = a.relativeChange().isPresent() ? a.relativeChange().getAsDouble() : null;
            p = a.pValue().isPresent() ? a.pValue().getAsDouble() : null;
        } else if (analysis instanceof ObservedAnalysis a) {
            difference = a.change();
            relative = a.relativeChange().isPresent() ? a.relativeChange().getAsDouble() : null;
        }
        boolean comparative =
                analysis instanceof ProportionAnalysis || analysis instanceof MeanAnalysis;
        return new StatisticsJson(
                analysis.significant(),
                analysis.weakerEvidence(),
                comparative ? confidenceLevel : null,
                difference,
                interval == null ? null : interval.lower(),
                interval == null ? null : interval.upper(),
                relative,
                p,
                better,
                mismatch,
                analysis.finding().key(),
                analysis.finding().arguments());
    }
}
