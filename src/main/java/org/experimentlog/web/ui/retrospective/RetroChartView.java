package org.experimentlog.web.ui.retrospective;

import java.util.List;
import org.experimentlog.web.ui.chart.BarChart;

/**
 * A chart of counts on the retrospective page: its SVG markup and the rows of its equivalent data
 * table.
 */
public final class RetroChartView {
    private final String chartHtml;
    private final List<RetroFigureView> rows;

    RetroChartView(String chartHtml, List<RetroFigureView> rows) {
        this.chartHtml = chartHtml;
        this.rows = List.copyOf(rows);
    }

    /** SVG markup built and escaped by {@link BarChart}. */
    public String getChartHtml() {
        return chartHtml;
    }

    /** The same counts, one row per category, for the data table. */
    public List<RetroFigureView> getRows() {
        return rows;
    }
}
