package org.experimentlog.web.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.experimentlog.app.report.ReportExperiment;
import org.experimentlog.domain.Coded;

/**
 * The experiments of a retrospective as CSV (RFC 4180): a header, then one line per experiment,
 * each written as it arrives. A cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) is prefixed with {@code '}. No author is written.
 */
final class ReportCsv {
    static final List<String> HEADER =
            List.of(
                    "issue",
                    "change",
                    "method",
                    "stage",
                    "verdict",
                    "started",
                    "ended",
                    "iterations",
                    "departments",
                    "outcomes");

    private final Writer out;

    ReportCsv(Writer out) {
        this.out = out;
    }

    void header() {
        line(HEADER);
    }

    void row(ReportExperiment e) {
        line(
                List.of(
                        e.issue().key(),
                        e.change(),
                        e.methodIfAny().map(Coded::code).orElse(""),
                        e.stage().code(),
                        e.verdictIfAny().map(Coded::code).orElse(""),
                        e.startedIfAny().map(Object::toString).orElse(""),
                        e.endedIfAny().map(Object::toString).orElse(""),
                        Integer.toString(e.iterations()),
                        String.join("; ", e.departments()),
                        String.join("; ", e.outcomes())));
    }

    private void line(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell, defused and quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",")
                || text.contains("\"")
                || text.contains("\n")
                || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
