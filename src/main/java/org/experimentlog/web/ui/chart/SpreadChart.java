package org.experimentlog.web.ui.chart;

import static org.experimentlog.web.ui.chart.TrendChart.escape;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Draws a spread of days as an SVG box plot: a whisker from the fastest to the slowest, a box from
 * the lower to the upper quartile, and a line at the median, each labelled, on an axis of days from
 * 0. Every text that goes into the markup is XML-escaped here; the chart scales with the page and
 * carries its own title and description, and the page shows the same figures as text.
 */
public final class SpreadChart {
    static final int WIDTH = 760;
    static final int HEIGHT = 170;
    private static final int LEFT = 40;
    private static final int RIGHT = 40;
    private static final int MIDDLE = 70;
    private static final int BOX = 36;
    private static final int AXIS = 140;
    private static final int TICKS = 4;

    /**
     * The five figures of a spread, in days.
     *
     * @param min the fastest
     * @param lowerQuartile the 25th percentile
     * @param median the median
     * @param upperQuartile the 75th percentile
     * @param max the slowest
     */
    public record Spread(
            double min, double lowerQuartile, double median, double upperQuartile, double max) {}

    /** The labels written at the figures: already worded for the reader, such as "median 21". */
    public record Labels(String min, String median, String max) {}

    private SpreadChart() {}

    /**
     * The chart.
     *
     * @param id a prefix for the ids of the chart's title and description, unique on the page
     * @param title the chart's accessible name
     * @param description the chart's accessible description
     * @param days formats a number of days for the axis
     */
    public static String svg(
            String id,
            String title,
            String description,
            Spread spread,
            Labels labels,
            DoubleFunction<String> days) {
        double end = niceEnd(spread.max());
        StringBuilder svg = new StringBuilder(2048);
        svg.append(
                        "<svg class=\"exlog-chart exlog-spread-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .append(" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append(
                        "\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" aria-labelledby=\"")
                .append(escape(id))
                .append("-title ")
                .append(escape(id))
                .append("-desc\">");
        svg.append("<title id=\"")
                .append(escape(id))
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(escape(id))
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");

        svg.append("<g class=\"exlog-chart-axes\" font-size=\"11\" fill=\"#42526e\">");
        svg.append(line(LEFT, AXIS, WIDTH - RIGHT, AXIS, "#6b778c"));
        for (int t = 0; t <= TICKS; t++) {
            double value = end * t / TICKS;
            double x = x(value, end);
            svg.append(line(x, AXIS, x, AXIS + 4, "#6b778c"));
            svg.append("<text x=\"")
                    .append(n(x))
                    .append("\" y=\"")
                    .append(AXIS + 18)
                    .append("\" text-anchor=\"middle\">")
                    .append(escape(days.apply(value)))
                    .append("</text>");
        }
        svg.append("</g>");

        double min = x(spread.min(), end);
        double max = x(spread.max(), end);
        double lower = x(spread.lowerQuartile(), end);
        double upper = x(spread.upperQuartile(), end);
        double median = x(spread.median(), end);
        svg.append("<g class=\"exlog-spread\">");
        svg.append(line(min, MIDDLE, max, MIDDLE, "#42526e"));
        svg.append(line(min, MIDDLE - 10, min, MIDDLE + 10, "#42526e"));
        svg.append(line(max, MIDDLE - 10, max, MIDDLE + 10, "#42526e"));
        svg.append("<rect class=\"exlog-spread-box\" x=\"")
                .append(n(lower))
                .append("\" y=\"")
                .append(MIDDLE - BOX / 2)
                .append("\" width=\"")
                .append(n(Math.max(2, upper - lower)))
                .append("\" height=\"")
                .append(BOX)
                .append("\" fill=\"#deebff\" stroke=\"#0052cc\" stroke-width=\"1.5\"/>");
        svg.append("<line class=\"exlog-spread-median\" x1=\"")
                .append(n(median))
                .append("\" y1=\"")
                .append(MIDDLE - BOX / 2)
                .append("\" x2=\"")
                .append(n(median))
                .append("\" y2=\"")
                .append(MIDDLE + BOX / 2)
                .append("\" stroke=\"#0747a6\" stroke-width=\"3\"/>");
        // fastest and slowest on rows of their own, so close figures never write over each other
        svg.append(label(min, MIDDLE + BOX / 2 + 16, labels.min()));
        svg.append(label(median, MIDDLE - BOX / 2 - 8, labels.median()));
        svg.append(label(max, MIDDLE + BOX / 2 + 32, labels.max()));
        return svg.append("</g></svg>").toString();
    }

    /**
     * The axis end: the slowest rounded up so that each of the ticks falls on a whole number of
     * days.
     */
    static double niceEnd(double max) {
        return Math.max(1, Math.ceil(max / TICKS)) * TICKS;
    }

    private static double x(double days, double end) {
        return LEFT + (WIDTH - LEFT - RIGHT) * days / end;
    }

    /** A label centred on its figure, kept inside the chart near either edge. */
    private static String label(double x, int y, String text) {
        String anchor = x < LEFT + 60 ? "start" : x > WIDTH - RIGHT - 60 ? "end" : "middle";
        double at =
                anchor.equals("start")
                        ? Math.max(2, x - 4)
                        : anchor.equals("end") ? Math.min(WIDTH - 2, x + 4) : x;
        return "<text x=\""
                + n(at)
                + "\" y=\""
                + y
                + "\" font-size=\"12\" fill=\"#172b4d\" text-anchor=\""
                + anchor
                + "\">"
                + escape(text)
                + "</text>";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\""
                + n(x1)
                + "\" y1=\""
                + n(y1)
                + "\" x2=\""
                + n(x2)
                + "\" y2=\""
                + n(y2)
                + "\" stroke=\""
                + colour
                + "\" stroke-width=\"1\"/>";
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
