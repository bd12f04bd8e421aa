package org.experimentlog.web.ui.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Draws an outcome's trend as SVG markup: the measurements as a line with points over a time axis,
 * the baseline and target as labelled horizontal lines, and each dated iteration of a linked
 * experiment as a shaded span. Every text that goes into the markup is XML-escaped here. The chart
 * scales with the page (viewBox, width 100%) and carries its own title and description; the page
 * adds an equivalent data table.
 */
public final class TrendChart {
    static final int WIDTH = 760;
    static final int HEIGHT = 340;
    private static final int LEFT = 72;
    private static final int RIGHT = 130;
    private static final int TOP = 56;
    private static final int BOTTOM = 44;
    private static final int TICKS = 4;

    /** One measurement. */
    public record Point(LocalDate day, double value) {}

    /** A labelled horizontal reference line, e.g. the baseline. */
    public record Line(String label, double value, String cssClass) {}

    /**
     * A labelled period on the time axis, e.g. an iteration of an experiment; a running one ends
     * today.
     */
    public record Span(String label, LocalDate start, LocalDate end, boolean running) {}

    private TrendChart() {}

    /**
     * The chart, or an empty string when there are no points: an outcome without measurements has
     * no trend to draw.
     *
     * @param id a prefix for the ids of the chart's title and description, unique on the page
     * @param title the chart's accessible name
     * @param description the chart's accessible description
     * @param days formats a day for the time axis
     * @param values formats a value for the value axis
     * @param unit the values' unit, written once at the top of the value axis
     */
    public static String svg(
            String id,
            String title,
            String description,
            List<Point> points,
            List<Line> lines,
            List<Span> spans,
            Function<LocalDate, String> days,
            DoubleFunction<String> values,
            String unit) {
        if (points.isEmpty()) {
            return "";
        }
        List<Point> sorted = points.stream().sorted(Comparator.comparing(Point::day)).toList();
        LocalDate first = sorted.get(0).day();
        LocalDate last = sorted.get(sorted.size() - 1).day();
        for (Span span : spans) {
            first = span.start().isBefore(first) ? span.start() : first;
            last = span.end().isAfter(last) ? span.end() : last;
        }
        if (!last.isAfter(first)) {
            first = first.minusDays(7);
            last = last.plusDays(7);
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Point p : sorted) {
            low = Math.min(low, p.value());
            high = Math.max(high, p.value());
        }
        for (Line line : lines) {
            low = Math.min(low, line.value());
            high = Math.max(high, line.value());
        }
        // halves and clamps keep every figure finite even when the values span more than a double
        // holds
        double pad = high > low ? (high / 2 - low / 2) * 0.16 : Math.max(1, Math.abs(high) * 0.1);
        Scale scale =
                new Scale(
                        first,
                        last,
                        Math.max(-Double.MAX_VALUE, low - pad),
                        Math.min(Double.MAX_VALUE, high + pad));

        StringBuilder svg = new StringBuilder(4096);
        svg.append(
                        "<svg class=\"exlog-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\"")
                .append(" aria-labelledby=\"")
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

        // iteration spans, under everything else; labels staggered over three rows so neighbours
        // stay readable. No
        // links: an image holds no interactive element (the page lists the iterations with their
        // links).
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            double x1 = scale.x(span.start());
            double x2 = Math.max(x1 + 3, scale.x(span.end()));
            double labelY = 14 + (i % 3) * 14;
            svg.append("<g class=\"exlog-chart-span")
                    .append(span.running() ? " exlog-chart-running" : "")
                    .append("\">");
            svg.append("<rect x=\"")
                    .append(n(x1))
                    .append("\" y=\"")
                    .append(n(labelY + 4))
                    .append("\" width=\"")
                    .append(n(x2 - x1))
                    .append("\" height=\"")
                    .append(n(HEIGHT - BOTTOM - labelY - 4))
                    .append(
                            "\" fill=\"#e9f2ff\" fill-opacity=\"0.7\" stroke=\"#388bff\" stroke-width=\"1\"")
                    .append(span.running() ? " stroke-dasharray=\"4 3\"" : "")
                    .append("/>");
            svg.append("<text x=\"")
                    .append(n(x1 + 2))
                    .append("\" y=\"")
                    .append(n(labelY))
                    .append("\" font-size=\"11\" fill=\"#0055cc\">")
                    .append(escape(span.label()))
                    .append("</text>");
            svg.append("</g>");
        }

        // axes with ticks: days at month starts (or evenly when the chart spans under two months),
        // values at round
        // numbers written with the unit
        svg.append("<g class=\"exlog-chart-axes\" font-size=\"11\" fill=\"#44546f\">");
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#8590a2", null));
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#8590a2", null));
        for (LocalDate day : dayTicks(first, last)) {
            double x = scale.x(day);
            svg.append(line(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 4, "#8590a2", null));
            svg.append("<text x=\"")
                    .append(n(x))
                    .append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\">")
                    .append(escape(days.apply(day)))
                    .append("</text>");
        }
        for (double value : valueTicks(scale.low, scale.high)) {
            double y = scale.y(value);
            svg.append(line(LEFT - 4, y, LEFT, y, "#8590a2", null));
            svg.append("<text x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(n(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(escape(values.apply(value)))
                    .append("</text>");
        }
        if (!unit.isBlank()) {
            svg.append("<text class=\"exlog-chart-unit\" x=\"4\" y=\"")
                    .append(TOP - 10)
                    .append("\">")
                    .append(escape(unit))
                    .append("</text>");
        }
        svg.append("</g>");

        // baseline and target
        for (Line reference : lines) {
            double y = scale.y(reference.value());
            String colour =
                    "exlog-chart-target".equals(reference.cssClass()) ? "#216e4e" : "#626f86";
            svg.append("<g class=\"").append(escape(reference.cssClass())).append("\">");
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, colour, "6 4"));
            svg.append("<text x=\"")
                    .append(WIDTH - RIGHT + 6)
                    .append("\" y=\"")
                    .append(n(y + 4))
                    .append("\" font-size=\"11\" fill=\"")
                    .append(colour)
                    .append("\">")
                    .append(escape(reference.label()))
                    .append("</text></g>");
        }

        // the measurements
        StringBuilder path = new StringBuilder();
        for (Point p : sorted) {
            path.append(path.length() == 0 ? "" : " ")
                    .append(n(scale.x(p.day())))
                    .append(',')
                    .append(n(scale.y(p.value())));
        }
        svg.append("<g class=\"exlog-chart-trend\"><polyline points=\"")
                .append(path)
                .append("\" fill=\"none\" stroke=\"#0c66e4\" stroke-width=\"2\"/>");
        for (Point p : sorted) {
            svg.append("<circle cx=\"")
                    .append(n(scale.x(p.day())))
                    .append("\" cy=\"")
                    .append(n(scale.y(p.value())))
                    .append("\" r=\"3.5\" fill=\"#0c66e4\"/>");
        }
        svg.append("</g></svg>");
        return svg.toString();
    }

    /**
     * Round values for the value axis: a step of 1, 2, 2.5 or 5 times a power of ten that gives
     * three to six ticks between low and high, and every multiple of it in that range.
     */
    static List<Double> valueTicks(double low, double high) {
        if (!(high > low) || !Double.isFinite(high - low)) {
            return List.of(low);
        }
        double rough = (high - low) / 4;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = power;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            step = factor * power;
            if (step >= rough) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (double tick = Math.ceil(low / step) * step;
                tick <= high + step * 1e-9 && ticks.size() < 12;
                tick += step) {
            // round away the binary error of repeated addition (0.1 + 0.2)
            ticks.add(
                    BigDecimal.valueOf(tick)
                            .setScale(
                                    Math.max(0, 2 - (int) Math.floor(Math.log10(step))),
                                    RoundingMode.HALF_UP)
                            .doubleValue());
        }
        return ticks;
    }

    /**
     * Days for the time axis: the first of each month (every second or third when there are many),
     * else five even days.
     */
    static List<LocalDate> dayTicks(LocalDate first, LocalDate last) {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate day = first.withDayOfMonth(1).plusMonths(first.getDayOfMonth() == 1 ? 0 : 1);
                !day.isAfter(last);
                day = day.plusMonths(1)) {
            months.add(day);
        }
        if (months.size() >= 2) {
            int every = (months.size() + 5) / 6;
            List<LocalDate> thinned = new ArrayList<>();
            for (int i = 0; i < months.size(); i += every) {
                thinned.add(months.get(i));
            }
            return thinned;
        }
        long span = ChronoUnit.DAYS.between(first, last);
        List<LocalDate> even = new ArrayList<>();
        for (int t = 0; t <= TICKS; t++) {
            even.add(first.plusDays(Math.round(span * (double) t / TICKS)));
        }
        return even;
    }

    private static String line(
            double x1, double y1, double x2, double y2, String colour, String dash) {
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
                + "\" stroke-width=\"1\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                + "/>";
    }

    /**
     * A coordinate with one decimal, rounded half up from its shortest decimal form as {@code %.1f}
     * rounds, without a Formatter: the chart has four numbers per measurement, and String.format,
     * which looks up the locale's symbols on every call, was most of the outcome page's time.
     */
    static String n(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The text, safe inside XML (and HTML) text and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final class Scale {
        private final LocalDate first;
        private final long days;
        private final double low;
        private final double high;

        Scale(LocalDate first, LocalDate last, double low, double high) {
            this.first = first;
            this.days = ChronoUnit.DAYS.between(first, last);
            this.low = low;
            this.high = high;
        }

        double x(LocalDate day) {
            return LEFT
                    + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, day) / days;
        }

        double y(double value) {
            return HEIGHT
                    - BOTTOM
                    - (HEIGHT - TOP - BOTTOM) * ((value / 2 - low / 2) / (high / 2 - low / 2));
        }
    }
}
