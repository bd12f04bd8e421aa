package org.experimentlog.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.experimentlog.app.report.Collaboration;
import org.experimentlog.app.report.OutcomeMovement;
import org.experimentlog.app.report.ReportLearning;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.app.report.ReusedLesson;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.web.format.Formats;

/**
 * A computed retrospective as a Markdown document in the reader's language: a heading per panel and
 * a table of its figures, with headings, labels and the vocabularies (verdicts, contributing
 * factors, impacts, scope kinds) from the plugin's i18n bundles and numbers and days as the
 * reader's locale writes them. Text people wrote (titles, names, learnings) is escaped so it cannot
 * add Markdown structure or HTML; no author is named.
 */
final class ReportMarkdown {
    private static final String KEY = "experimentlog.report.";

    private final I18nResolver i18n;
    private final Locale locale;
    private final Formats formats;
    private final ZoneId zone;

    /**
     * A writer for a reader of this locale; texts the bundles lack for it come from the English
     * base bundle. Days are taken in {@code zone}, the host's, as the pages and the report's period
     * take them.
     */
    ReportMarkdown(I18nResolver i18n, Locale locale, ZoneId zone) {
        this.i18n = i18n;
        this.locale = locale;
        this.formats = new Formats(locale);
        this.zone = zone;
    }

    String of(RetrospectiveReport report) {
        return of(report, List.of());
    }

    /**
     * The report followed by the retrospectives held on its scope in its period: their notes and
     * actions.
     */
    String of(RetrospectiveReport report, List<Retrospective> held) {
        StringBuilder md = new StringBuilder();
        md.append("# ")
                .append(
                        text(
                                "title",
                                scope(report),
                                formats.day(report.period().from()),
                                formats.day(report.period().to())))
                .append("\n\n");

        RetrospectiveReport.ExperimentCounts e = report.experiments();
        heading(md, "experiments");
        table(
                md,
                List.of(
                        text("experiments.started"),
                        text("experiments.concluded"),
                        text("experiments.abandoned"),
                        text("experiments.running")),
                List.of(
                        List.of(
                                n(e.started()),
                                n(e.concluded()),
                                n(e.abandoned()),
                                n(e.running()))));

        RetrospectiveReport.VerdictMix v = report.verdicts();
        heading(md, "verdicts");
        table(
                md,
                List.of(
                        label("experimentlog.verdict.", Verdict.VALIDATED),
                        label("experimentlog.verdict.", Verdict.INVALIDATED),
                        label("experimentlog.verdict.", Verdict.INCONCLUSIVE),
                        label("experimentlog.stage.", Stage.ABANDONED)),
                List.of(
                        List.of(
                                n(v.validated()),
                                n(v.invalidated()),
                                n(v.inconclusive()),
                                n(v.abandoned()))));

        RetrospectiveReport.TimeToLearning t = report.timeToLearning();
        heading(md, "time");
        if (t.experiments() == 0) {
            sentence(md, text("time.none"));
        } else {
            table(
                    md,
                    List.of(
                            text("time.concluded"),
                            text("time.median"),
                            text("time.lower"),
                            text("time.upper"),
                            text("time.fastest"),
                            text("time.slowest")),
                    List.of(
                            List.of(
                                    n(t.experiments()),
                                    d(t.medianDays()),
                                    d(t.lowerQuartileDays()),
                                    d(t.upperQuartileDays()),
                                    n(t.minDays()),
                                    n(t.maxDays()))));
        }

        RetrospectiveReport.IterationCounts i = report.iterations();
        heading(md, "iterations");
        sentence(md, text("iterations.summary", i.iterations(), i.experiments()));
        List<Integer> dist = i.distribution();
        List<String> perExperiment = new ArrayList<>();
        for (int count = 0; count < dist.size() - 1; count++) {
            perExperiment.add(n(count));
        }
        perExperiment.add(text("iterations.more", n(dist.size() - 1)));
        table(md, perExperiment, List.of(dist.stream().map(this::n).toList()));

        heading(md, "outcomes");
        if (report.outcomes().isEmpty()) {
            sentence(md, text("outcomes.none"));
        } else {
            table(
                    md,
                    List.of(
                            text("outcomes.outcome"),
                            text("outcomes.unit"),
                            text("outcomes.baseline"),
                            text("outcomes.start"),
                            text("outcomes.end"),
                            text("outcomes.target")),
                    report.outcomes().stream().map(this::outcome).toList());
        }

        heading(md, "failures");
        sentence(md, text("failures.summary", report.failures().shared()));
        table(
                md,
                List.of(text("failures.factor"), text("failures.stories")),
                report.failures().byFactor().entrySet().stream()
                        .map(
                                f ->
                                        List.of(
                                                label("experimentlog.factor.", f.getKey()),
                                                n(f.getValue())))
                        .toList());
        table(
                md,
                List.of(text("failures.impact"), text("failures.stories")),
                report.failures().byImpact().entrySet().stream()
                        .map(
                                f ->
                                        List.of(
                                                label("experimentlog.impact.", f.getKey()),
                                                n(f.getValue())))
                        .toList());

        heading(md, "deviations");
        sentence(md, text("deviations.summary", report.deviations().experiments()));
        table(
                md,
                List.of(text("deviations.kind"), text("deviations.experiments")),
                report.deviations().byKind().entrySet().stream()
                        .map(
                                k ->
                                        List.of(
                                                label(
                                                        "experimentlog.retro.deviations.kind.",
                                                        k.getKey()),
                                                n(k.getValue())))
                        .toList());
        heading(md, "collaboration");
        if (report.collaboration().departments().isEmpty()) {
            sentence(md, text("collaboration.none"));
        } else {
            collaboration(md, report.collaboration());
        }

        heading(md, "reused");
        if (report.reused().isEmpty()) {
            sentence(md, text("reused.none"));
        } else {
            table(
                    md,
                    List.of(text("reused.story"), text("reused.applied"), text("reused.helped")),
                    report.reused().stream().map(this::reused).toList());
        }

        heading(md, "learnings");
        sentence(
                md,
                report.learningsTotal() > report.learnings().size()
                        ? text(
                                "learnings.summary.newest",
                                report.learningsTotal(),
                                report.learnings().size())
                        : text("learnings.summary", report.learningsTotal()));
        if (!report.learnings().isEmpty()) {
            table(
                    md,
                    List.of(
                            text("learnings.recorded"),
                            text("learnings.experiment"),
                            text("learnings.verdict"),
                            text("learnings.learning")),
                    report.learnings().stream().map(this::learning).toList());
        }

        heading(md, "held");
        if (held.isEmpty()) {
            sentence(md, text("held.none"));
        }
        for (Retrospective r : held) {
            md.append("### ").append(escape(r.title())).append("\n\n");
            sentence(
                    md,
                    text(
                            "held.period",
                            formats.day(r.period().from()),
                            formats.day(r.period().to())));
            r.notes()
                    .ifPresent(
                            notes -> {
                                for (String paragraph : notes.split("\\R\\s*\\R")) {
                                    if (!paragraph.isBlank()) {
                                        sentence(md, escape(paragraph.strip()));
                                    }
                                }
                            });
            if (!r.actions().isEmpty()) {
                table(
                        md,
                        List.of(text("held.action"), text("held.due"), text("held.done")),
                        r.actions().stream()
                                .map(
                                        a ->
                                                List.of(
                                                        escape(a.text()),
                                                        a.dueIfAny().map(formats::day).orElse(""),
                                                        text(
                                                                a.done()
                                                                        ? "held.done.yes"
                                                                        : "held.done.no")))
                                .toList());
            }
        }
        return md.toString();
    }

    private String scope(RetrospectiveReport report) {
        return text(
                "scope." + report.scope().kind().code(),
                report.scope().valueIfAny().map(ReportMarkdown::escape).orElse(""));
    }

    private List<String> outcome(OutcomeMovement o) {
        return List.of(
                escape(o.title()),
                escape(o.unit()),
                d(o.baseline()),
                o.atStart() == null ? text("outcomes.none-yet") : d(o.atStart()),
                o.atEnd() == null ? text("outcomes.none-yet") : d(o.atEnd()),
                d(o.target()));
    }

    private List<String> reused(ReusedLesson r) {
        return List.of(escape(r.title()), n(r.appliedIn()), n(r.helped()));
    }

    /**
     * The day a learning was recorded, in the host's time zone as the page shows it, written for
     * the reader.
     */
    private List<String> learning(ReportLearning l) {
        return List.of(
                formats.day(LocalDate.ofInstant(l.createdAt(), zone)),
                escape(l.issue().key()),
                l.verdictIfAny()
                        .map(verdict -> label("experimentlog.verdict.", verdict))
                        .orElseGet(() -> text("learnings.open")),
                escape(l.statement()));
    }

    private void collaboration(StringBuilder md, Collaboration c) {
        Map<String, Integer> cells = new HashMap<>();
        c.cells()
                .forEach(
                        x -> {
                            cells.put(x.row().value() + "/" + x.column().value(), x.experiments());
                            cells.put(x.column().value() + "/" + x.row().value(), x.experiments());
                        });
        List<String> header = new ArrayList<>(List.of(text("collaboration.department")));
        c.departments().forEach(m -> header.add(escape(m.name())));
        List<List<String>> rows =
                c.departments().stream()
                        .map(
                                row -> {
                                    List<String> cellsOfRow =
                                            new ArrayList<>(List.of(escape(row.name())));
                                    c.departments()
                                            .forEach(
                                                    column ->
                                                            cellsOfRow.add(
                                                                    n(
                                                                            cells.getOrDefault(
                                                                                    row.id().value()
                                                                                            + "/"
                                                                                            + column.id()
                                                                                                    .value(),
                                                                                    0))));
                                    return cellsOfRow;
                                })
                        .toList();
        table(md, header, rows);
    }

    private void heading(StringBuilder md, String panel) {
        md.append("## ").append(text(panel)).append("\n\n");
    }

    private static void sentence(StringBuilder md, String sentence) {
        md.append(sentence).append("\n\n");
    }

    private static void table(StringBuilder md, List<String> header, List<List<String>> rows) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> md.append(" --- |"));
        md.append('\n');
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append('\n');
    }

    /**
     * One of the report's own texts. The bundles' texts are ours, not user input, so they are not
     * escaped; the arguments are figures already formatted, or user text already escaped.
     */
    /**
     * A text of the report; a count passed as a number, not as text, so a choice pattern can say "1
     * learning".
     */
    private String text(String key, Serializable... arguments) {
        return i18n.getText(locale, KEY + key, arguments);
    }

    /** A vocabulary's word as the pages show it ({@code experimentlog.factor.data-quality}). */
    private String label(String prefix, Coded value) {
        return i18n.getText(locale, prefix + value.code());
    }

    private String n(int value) {
        return formats.count(value);
    }

    private String d(double value) {
        return formats.number(value);
    }

    /**
     * Text as literal Markdown inside a line (a table cell, a heading, a list item), escaped no
     * more than needed so it still reads well as plain text: {@code PERMIT-8} stays {@code
     * PERMIT-8}. The characters that make emphasis, code, links or a cell boundary anywhere in a
     * line are backslash-escaped; {@code <} and {@code >} become entities so no HTML gets through,
     * and so does an {@code &} that would start an entity; line breaks become spaces, so nothing
     * people wrote can start a line (where {@code #}, {@code -}, {@code +} or {@code 1.} would be
     * structure).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' ->
                        out.append(
                                i + 1 < text.length()
                                                && (Character.isLetterOrDigit(text.charAt(i + 1))
                                                        || text.charAt(i + 1) == '#')
                                        ? "&amp;"
                                        : "&");
                case '\r', '\n', '\t' -> out.append(' ');
                default -> {
                    if ("\\`*_[]|~".indexOf(ch) >= 0) {
                        out.append('\\');
                    }
                    out.append(ch);
                }
            }
        }
        return out.toString();
    }
}
