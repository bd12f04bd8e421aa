package org.experimentlog.web.ui.chart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;

public class TrendChartTest {
    private String title;
    private List<TrendChart.Point> points;
    private List<TrendChart.Line> lines;
    private List<TrendChart.Span> spans;

    @Before
    public void setUp() {
        title = "Trend of faster permits";
        points =
                List.of(
                        new TrendChart.Point(LocalDate.of(2026, 1, 31), 61),
                        new TrendChart.Point(LocalDate.of(2026, 2, 28), 66));
        lines =
                List.of(
                        new TrendChart.Line("Baseline 61%", 61, "exlog-chart-baseline"),
                        new TrendChart.Line("Target 75%", 75, "exlog-chart-target"));
        spans =
                List.of(
                        new TrendChart.Span(
                                "PERMIT-1 #1",
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 2, 14),
                                false),
                        new TrendChart.Span(
                                "PERMIT-1 #2 (running)",
                                LocalDate.of(2026, 2, 15),
                                LocalDate.of(2026, 3, 1),
                                true));
    }

    private String svg() {
        return TrendChart.svg(
                "exlog-trend",
                title,
                "Measurements against baseline and target",
                points,
                lines,
                spans,
                LocalDate::toString,
                value -> Double.toString(value),
                "%");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    public void svg_shouldEscapeEveryText_whenTheTitleHoldsMarkup() {
        title = "Fewer calls <script>alert(1)</script> & \"more\"";
        spans =
                List.of(
                        new TrendChart.Span(
                                "<b>X-1</b> #1 \"2\"",
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 2, 14),
                                false));

        String svg = svg();

        assertFalse(svg, svg.contains("<script>"));
        assertFalse(svg, svg.contains("<b>"));
        assertTrue(
                svg,
                svg.contains(
                        "<title id=\"exlog-trend-title\">Fewer calls &lt;script&gt;alert(1)&lt;/script&gt; "
                                + "&amp; &quot;more&quot;</title>"));
        assertTrue(svg, svg.contains("&lt;b&gt;X-1&lt;/b&gt; #1 &quot;2&quot;</text>"));
    }

    @Test
    public void svg_shouldDrawOneSpanPerIteration_withNoInteractiveElementInsideTheImage() {
        String svg = svg();

        assertEquals(1, count(svg, "<g class=\"exlog-chart-span\">"));
        assertEquals(1, count(svg, "<g class=\"exlog-chart-span exlog-chart-running\">"));
        assertEquals(2, count(svg, "<rect "));
        assertTrue(svg, svg.contains(">PERMIT-1 #1</text>"));
        assertTrue(svg, svg.contains(">PERMIT-1 #2 (running)</text>"));
        assertFalse(svg, svg.contains("<a "));
        assertFalse(svg, svg.contains("href="));
        assertFalse(svg, svg.contains("tabindex"));
    }

    @Test
    public void valueTicks_shouldBeRoundNumbers_betweenLowAndHigh() {
        assertEquals(List.of(60.0, 65.0, 70.0, 75.0), TrendChart.valueTicks(58.3, 77.9));
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), TrendChart.valueTicks(0, 1));
        assertEquals(List.of(1000.0, 2000.0, 3000.0), TrendChart.valueTicks(613, 3400));
        assertEquals(List.of(-10.0, -5.0, 0.0, 5.0), TrendChart.valueTicks(-12, 7.5));
    }

    @Test
    public void dayTicks_shouldBeMonthStarts_whenTheChartSpansMonths() {
        assertEquals(
                List.of(
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 4, 1)),
                TrendChart.dayTicks(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 4, 10)));
        List<LocalDate> year =
                TrendChart.dayTicks(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
        assertTrue(year.toString(), year.size() >= 4 && year.size() <= 7);
        assertTrue(year.toString(), year.stream().allMatch(day -> day.getDayOfMonth() == 1));
    }

    @Test
    public void svg_shouldWriteRoundValueTicks_andTheUnitOnceAtTheTopOfTheAxis() {
        String svg =
                TrendChart.svg(
                        "t",
                        title,
                        "d",
                        points,
                        lines,
                        spans,
                        LocalDate::toString,
                        value -> value + "!",
                        "minutes <b>");

        assertTrue(svg, svg.contains(">70.0!</text>"));
        assertTrue(
                svg,
                svg.contains(
                        "<text class=\"exlog-chart-unit\" x=\"4\" y=\"46\">minutes &lt;b&gt;</text>"));
    }

    @Test
    public void svg_shouldDrawLabelledBaselineAndTargetLines() {
        String svg = svg();

        assertTrue(svg, svg.contains("<g class=\"exlog-chart-baseline\">"));
        assertTrue(svg, svg.contains("<g class=\"exlog-chart-target\">"));
        assertTrue(svg, svg.contains(">Baseline 61%</text>"));
        assertTrue(svg, svg.contains(">Target 75%</text>"));
        assertEquals(2, count(svg, "stroke-dasharray=\"6 4\""));
    }

    @Test
    public void svg_shouldBeAnAccessibleScalableImage_withALineThroughThePoints() {
        String svg = svg();

        assertTrue(svg, svg.startsWith("<svg "));
        assertTrue(svg, svg.contains("role=\"img\""));
        assertTrue(svg, svg.contains("viewBox=\"0 0 760 340\" width=\"100%\""));
        assertTrue(svg, svg.contains("aria-labelledby=\"exlog-trend-title exlog-trend-desc\""));
        assertTrue(
                svg,
                svg.contains(
                        "<desc id=\"exlog-trend-desc\">Measurements against baseline and target</desc>"));
        assertEquals(1, count(svg, "<polyline "));
        assertEquals(2, count(svg, "<circle "));
    }

    @Test
    public void svg_shouldBeEmpty_whenThereAreNoMeasurements() {
        points = List.of();

        String svg = svg();

        assertEquals("", svg);
    }

    @Test
    public void svg_shouldStillDrawAnAxis_whenThereIsOneMeasurementAndNoIteration() {
        points = List.of(new TrendChart.Point(LocalDate.of(2026, 1, 31), 61));
        spans = List.of();

        String svg = svg();

        assertEquals(1, count(svg, "<circle "));
        assertFalse(svg, svg.contains("NaN"));
        assertFalse(svg, svg.contains("Infinity"));
    }

    @Test
    public void n_shouldRoundAsPercentPointOneF_forCoordinatesOnTheChart() {
        double[] edges = {
            0,
            0.05,
            0.15,
            0.25,
            0.35,
            1.05,
            2.675,
            99.95,
            123.45,
            627.9999,
            760,
            3.5,
            1e-7,
            0.04999999
        };
        for (double value : edges) {
            assertEquals(
                    Double.toString(value),
                    String.format(Locale.ROOT, "%.1f", value),
                    TrendChart.n(value));
        }
        Random random = new Random(20261128);
        for (int i = 0; i < 10_000; i++) {
            double value = random.nextDouble() * TrendChart.WIDTH;
            assertEquals(
                    Double.toString(value),
                    String.format(Locale.ROOT, "%.1f", value),
                    TrendChart.n(value));
        }
    }

    @Test
    public void n_shouldRoundNegativeCoordinatesAwayFromZero() {
        assertEquals("-12.4", TrendChart.n(-12.35));
        assertEquals("-0.1", TrendChart.n(-0.05));
        assertEquals("0.0", TrendChart.n(-0.04));
    }

    /**
     * Values at the far ends of double overflow the scale; the page must still render, with its
     * data table.
     */
    @Test
    public void svg_shouldStillRender_whenTheValuesSpanMoreThanADoubleHolds() {
        points =
                List.of(
                        new TrendChart.Point(LocalDate.of(2026, 1, 31), -1.7e308),
                        new TrendChart.Point(LocalDate.of(2026, 2, 28), 1.7e308));

        String svg = svg();

        assertEquals(2, count(svg, "<circle "));
        assertFalse(svg, svg.contains("NaN"));
        assertFalse(svg, svg.contains("Infinity"));
    }
}
