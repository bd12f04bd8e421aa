package org.experimentlog.web.ui.chart;

import static org.experimentlog.web.ui.chart.TrendChart.escape;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Draws counts as SVG markup: one labelled horizontal bar per category, its count written after it.
 * Every text that goes into the markup is XML-escaped here. Like {@link TrendChart}, the chart
 * scales with the page (viewBox, width 100%), carries its own title and description, and the page
 * adds an equivalent data table.
 */
public final class BarChart {
    static final int WIDTH = 760;
    private static final int LEFT = 250;
    private static final int RIGHT = 70;
    private static final int TOP = 12;
    private static final int ROW = 30;
    private static final int BAR = 18;
    private static final int BOTTOM = 12;

    /** One category and its count. */
    public record Bar(String label, long value) {}

    private BarChart() {}

    /**
     * The chart, or an empty string when there are no categories.
     *
     * @param id a prefix for the ids of the chart's title and description, unique on the page
     * @param title the chart's accessible name
     * @param description the chart's accessible description
     * @param counts formats a count as the reader's locale writes it
     */
    public static String svg(
            String id,
            String title,
            String description,
            List<Bar> bars,
            LongFunction<String> counts) {
        if (bars.isEmpty()) {
            return "";
        }
        long most = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = TOP + ROW * bars.size() + BOTTOM;
        StringBuilder svg = new StringBuilder(2048);
        svg.append(
                        "<svg class=\"exlog-chart exlog-bar-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .append(" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
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
        svg.append("<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(TOP - 4)
                .append("\" x2=\"")
                .append(LEFT)
                .append("\" y2=\"")
                .append(height - BOTTOM + 4)
                .append("\" stroke=\"#6b778c\" stroke-width=\"1\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + ROW * i + (ROW - BAR) / 2.0;
            double width = most == 0 ? 0 : (WIDTH - LEFT - RIGHT) * (double) bar.value() / most;
            svg.append("<g class=\"exlog-bar\">");
            svg.append("<text x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(n(y + BAR - 5))
                    .append("\" font-size=\"12\" fill=\"#172b4d\" text-anchor=\"end\">")
                    .append(escape(bar.label()))
                    .append("</text>");
            svg.append("<rect x=\"")
                    .append(LEFT)
                    .append("\" y=\"")
                    .append(n(y))
                    .append("\" width=\"")
                    .append(n(width))
                    .append("\" height=\"")
                    .append(BAR)
                    .append("\" fill=\"#0052cc\"/>");
            svg.append("<text x=\"")
                    .append(n(LEFT + width + 6))
                    .append("\" y=\"")
                    .append(n(y + BAR - 5))
                    .append("\" font-size=\"12\" fill=\"#172b4d\">")
                    .append(escape(counts.apply(bar.value())))
                    .append("</text>");
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
