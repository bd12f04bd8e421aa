package org.experimentlog.web.ui.chart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;

public class SpreadChartTest {
    private String title;
    private SpreadChart.Spread spread;

    @Before
    public void setUp() {
        title = "Days from start to conclusion";
        spread = new SpreadChart.Spread(10, 20, 30, 60, 100);
    }

    private String svg() {
        return SpreadChart.svg(
                "exlog-time",
                title,
                "Median 30 days",
                spread,
                new SpreadChart.Labels("fastest 10", "median 30", "slowest 100"),
                value -> Long.toString(Math.round(value)));
    }

    private static String attribute(String svg, String element, String name) {
        String tag = svg.substring(svg.indexOf(element));
        tag = tag.substring(tag.indexOf(name + "=\"") + name.length() + 2);
        return tag.substring(0, tag.indexOf('"'));
    }

    @Test
    public void svg_shouldBeAnAccessibleScalableImage_withItsTitleAndDescription() {
        String svg = svg();

        assertTrue(svg, svg.contains("role=\"img\""));
        assertTrue(svg, svg.contains("width=\"100%\""));
        assertTrue(
                svg,
                svg.contains(
                        "<title id=\"exlog-time-title\">Days from start to conclusion</title>"));
        assertTrue(svg, svg.contains("<desc id=\"exlog-time-desc\">Median 30 days</desc>"));
    }

    @Test
    public void svg_shouldDrawTheBoxFromQuartileToQuartile_andTheMedianInIt() {
        String svg = svg();

        // the axis runs 0..100 days over x 40..720, so 6.8 units a day
        assertEquals("176.0", attribute(svg, "exlog-spread-box", "x"));
        assertEquals("272.0", attribute(svg, "exlog-spread-box", "width"));
        assertEquals("244.0", attribute(svg, "exlog-spread-median", "x1"));
        assertTrue(svg, svg.contains(">fastest 10</text>"));
        assertTrue(svg, svg.contains(">median 30</text>"));
        assertTrue(svg, svg.contains(">slowest 100</text>"));
        assertTrue(svg, svg.contains(">100</text>"));
    }

    @Test
    public void svg_shouldStillDrawABox_whenEveryExperimentTookTheSameTime() {
        spread = new SpreadChart.Spread(0, 0, 0, 0, 0);

        String svg = svg();

        assertEquals("2.0", attribute(svg, "exlog-spread-box", "width"));
        assertFalse(svg, svg.contains("NaN"));
        assertFalse(svg, svg.contains("Infinity"));
    }

    @Test
    public void svg_shouldWriteFastestAndSlowestOnRowsOfTheirOwn_whenTheyAreClose() {
        spread = new SpreadChart.Spread(67, 67.5, 68, 68.5, 69);

        String svg = svg();

        String fastest = svg.substring(0, svg.indexOf(">fastest 10</text>"));
        String slowest = svg.substring(0, svg.indexOf(">slowest 100</text>"));
        assertFalse(
                attribute(fastest.substring(fastest.lastIndexOf("<text")), "<text", "y")
                        .equals(
                                attribute(
                                        slowest.substring(slowest.lastIndexOf("<text")),
                                        "<text",
                                        "y")));
    }

    @Test
    public void svg_shouldEscapeEveryText_whenATitleHoldsMarkup() {
        title = "Days <script>alert(1)</script>";

        String svg = svg();

        assertFalse(svg, svg.contains("<script>"));
        assertTrue(svg, svg.contains("Days &lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    public void niceEnd_shouldRoundTheSlowestUpToWholeDayTicks() {
        assertEquals(4.0, SpreadChart.niceEnd(0), 0);
        assertEquals(100.0, SpreadChart.niceEnd(100), 0);
        assertEquals(104.0, SpreadChart.niceEnd(101), 0);
    }
}
