package org.experimentlog.web.ui.dashboard;

/** A stage in "Experiments by stage", with the issue search that lists its experiments. */
public final class DashboardStageRowView {
    private final String stageKey;
    private final int count;
    private final String countText;
    private final int total;
    private final String searchHref;

    DashboardStageRowView(
            String stageKey, int count, String countText, int total, String searchHref) {
        this.stageKey = stageKey;
        this.count = count;
        this.countText = countText;
        this.total = total;
        this.searchHref = searchHref;
    }

    public String getStageKey() {
        return stageKey;
    }

    public int getCount() {
        return count;
    }

    public String getCountText() {
        return countText;
    }

    /** The bar's maximum: the scope's experiments in all stages (1 when there are none). */
    public int getTotal() {
        return total;
    }

    public String getSearchHref() {
        return searchHref;
    }
}
