package org.experimentlog.web.rest;

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

/**
 * A computed retrospective as a Markdown document: a heading per panel and a table of its figures. Text people wrote
 * (titles, names, learnings) is escaped so it cannot add Markdown structure or HTML; no author is named.
 */
final class ReportMarkdown {
    private ReportMarkdown() {
    }

    static String of(RetrospectiveReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Retrospective: ").append(scope(report)).append(", ").append(report.period().from())
                .append(" to ").append(report.period().to()).append("\n\n");

        RetrospectiveReport.ExperimentCounts e = report.experiments();
        md.append("## Experiments\n\n");
        table(md, List.of("Started", "Concluded", "Abandoned", "In the period"),
                List.of(List.of(n(e.started()), n(e.concluded()), n(e.abandoned()), n(e.running()))));

        RetrospectiveReport.VerdictMix v = report.verdicts();
        md.append("## Verdicts\n\n");
        table(md, List.of("Validated", "Invalidated", "Inconclusive", "Abandoned"),
                List.of(List.of(n(v.validated()), n(v.invalidated()), n(v.inconclusive()), n(v.abandoned()))));

        RetrospectiveReport.TimeToLearning t = report.timeToLearning();
        md.append("## Time to learning\n\n");
        if (t.experiments() == 0) {
            md.append("No experiment was concluded in the period.\n\n");
        } else {
            table(md, List.of("Concluded", "Median days", "25th percentile", "75th percentile", "Fastest",
                    "Slowest"), List.of(List.of(n(t.experiments()), d(t.medianDays()), d(t.lowerQuartileDays()),
                            d(t.upperQuartileDays()), n(t.minDays()), n(t.maxDays()))));
        }

        RetrospectiveReport.IterationCounts i = report.iterations();
        md.append("## Iterations\n\n").append(i.iterations()).append(" iterations over ").append(i.experiments())
                .append(" experiments.\n\n");
        List<Integer> dist = i.distribution();
        table(md, List.of("0", "1", "2", "3", "4", "5 or more"),
                List.of(dist.stream().map(ReportMarkdown::n).toList()));

        md.append("## Outcomes\n\n");
        if (report.outcomes().isEmpty()) {
            md.append("No outcome in scope.\n\n");
        } else {
            table(md, List.of("Outcome", "Unit", "Baseline", "At the start", "At the end", "Target"),
                    report.outcomes().stream().map(ReportMarkdown::outcome).toList());
        }

        md.append("## Failures shared\n\n").append(report.failures().shared()).append(" stories shared.\n\n");
        table(md, List.of("Contributing factor", "Stories"), report.failures().byFactor().entrySet().stream()
                .map(f -> List.of(f.getKey().code(), n(f.getValue()))).toList());
        table(md, List.of("Impact", "Stories"), report.failures().byImpact().entrySet().stream()
                .map(f -> List.of(f.getKey().code(), n(f.getValue()))).toList());

        md.append("## Collaboration\n\n");
        if (report.collaboration().departments().isEmpty()) {
            md.append("No department took part.\n\n");
        } else {
            collaboration(md, report.collaboration());
        }

        md.append("## Reused lessons\n\n");
        if (report.reused().isEmpty()) {
            md.append("No lesson was reused in the period.\n\n");
        } else {
            table(md, List.of("Story", "Applied in", "Marked helpful"),
                    report.reused().stream().map(ReportMarkdown::reused).toList());
        }

        md.append("## Learnings\n\n").append(report.learningsTotal()).append(" learnings recorded");
        if (report.learningsTotal() > report.learnings().size()) {
            md.append(", the newest ").append(report.learnings().size()).append(" listed");
        }
        md.append(".\n\n");
        if (!report.learnings().isEmpty()) {
            table(md, List.of("Recorded", "Experiment", "Verdict", "Learning"),
                    report.learnings().stream().map(ReportMarkdown::learning).toList());
        }
        return md.toString();
    }

    private static String scope(RetrospectiveReport report) {
        return report.scope().kind().code() + report.scope().valueIfAny().map(v -> " " + escape(v)).orElse("");
    }

    private static List<String> outcome(OutcomeMovement o) {
        return List.of(escape(o.title()), escape(o.unit()), d(o.baseline()),
                o.atStart() == null ? "none yet" : d(o.atStart()), o.atEnd() == null ? "none yet" : d(o.atEnd()),
                d(o.target()));
    }

    private static List<String> reused(ReusedLesson r) {
        return List.of(escape(r.title()), n(r.appliedIn()), n(r.helped()));
    }

    private static List<String> learning(ReportLearning l) {
        return List.of(l.createdAt().toString().substring(0, 10), escape(l.issue().key()),
                l.verdictIfAny().map(Coded::code).orElse("open"), escape(l.statement()));
    }

    private static void collaboration(StringBuilder md, Collaboration c) {
        Map<String, Integer> cells = new HashMap<>();
        c.cells().forEach(x -> {
            cells.put(x.row().value() + "/" + x.column().value(), x.experiments());
            cells.put(x.column().value() + "/" + x.row().value(), x.experiments());
        });
        List<String> header = new java.util.ArrayList<>(List.of("Department"));
        c.departments().forEach(m -> header.add(escape(m.name())));
        List<List<String>> rows = c.departments().stream().map(row -> {
            List<String> cellsOfRow = new java.util.ArrayList<>(List.of(escape(row.name())));
            c.departments().forEach(column -> cellsOfRow.add(
                    n(cells.getOrDefault(row.id().value() + "/" + column.id().value(), 0))));
            return cellsOfRow;
        }).toList();
        table(md, header, rows);
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

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static String d(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * Text as literal Markdown: HTML's special characters become entities, Markdown's punctuation is
     * backslash-escaped (so a pipe cannot end a table cell), and line breaks become spaces.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r', '\n', '\t' -> out.append(' ');
                default -> {
                    if ("\\`*_{}[]()#+-.!|~".indexOf(ch) >= 0) {
                        out.append('\\');
                    }
                    out.append(ch);
                }
            }
        }
        return out.toString();
    }
}
