package org.experimentlog.web.ui.chart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;

public class BarChartTest {
    private String title;
    private List<BarChart.Bar> bars;

    @Before
    public void setUp() {
        title = "Verdicts of the period";
        bars =
                List.of(
                        new BarChart.Bar("Validated", 4),
                        new BarChart.Bar("Invalidated", 2),
                        new BarChart.Bar("Inconclusive", 0));
    }

    private String svg() {
        return BarChart.svg(
                "exlog-verdicts", title, "6 experiments ended", bars, value -> "n" + value);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String widthOf(String svg, int bar) {
        String rect = svg.split("<rect ")[bar + 1];
        return rect.substring(rect.indexOf("width=\"") + 7, rect.indexOf("\" height"));
    }

    @Test
    public void svg_shouldBeAnAccessibleScalableImage_withItsTitleAndDescription() {
        String svg = svg();

        assertTrue(svg, svg.startsWith("<svg class=\"exlog-chart exlog-bar-chart\""));
        assertTrue(svg, svg.contains("role=\"img\""));
        assertTrue(svg, svg.contains("width=\"100%\""));
        assertTrue(svg, svg.contains("viewBox=\"0 0 760 114\""));
        assertTrue(
                svg, svg.contains("aria-labelledby=\"exlog-verdicts-title exlog-verdicts-desc\""));
        assertTrue(
                svg,
                svg.contains("<title id=\"exlog-verdicts-title\">Verdicts of the period</title>"));
        assertTrue(
                svg, svg.contains("<desc id=\"exlog-verdicts-desc\">6 experiments ended</desc>"));
    }

    @Test
    public void svg_shouldDrawOneLabelledBarPerCategory_scaledToTheLargest() {
        String svg = svg();

        assertEquals(3, count(svg, "<g class=\"exlog-bar\">"));
        assertTrue(svg, svg.contains(">Validated</text>"));
        assertTrue(svg, svg.contains(">n4</text>"));
        assertTrue(svg, svg.contains(">n0</text>"));
        assertEquals("440.0", widthOf(svg, 0));
        assertEquals("220.0", widthOf(svg, 1));
        assertEquals("0.0", widthOf(svg, 2));
    }

    @Test
    public void svg_shouldDrawNoBars_whenEveryCountIsZero() {
        bars = List.of(new BarChart.Bar("Validated", 0), new BarChart.Bar("Invalidated", 0));

        String svg = svg();

        assertEquals("0.0", widthOf(svg, 0));
        assertEquals("0.0", widthOf(svg, 1));
        assertFalse(svg, svg.contains("NaN"));
    }

    @Test
    public void svg_shouldEscapeEveryText_whenALabelHoldsMarkup() {
        title = "Factors <script>alert(1)</script>";
        bars = List.of(new BarChart.Bar("<img src=x onerror=alert(1)> & \"more\"", 1));

        String svg = svg();

        assertFalse(svg, svg.contains("<script>"));
        assertFalse(svg, svg.contains("<img"));
        assertTrue(
                svg,
                svg.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;</text>"));
    }

    @Test
    public void svg_shouldBeEmpty_whenThereAreNoCategories() {
        bars = List.of();

        assertEquals("", svg());
    }
}
