package org.experimentlog.web.ui.digest;

/** One item: what kind, its title as a link, and a line of detail. */
public final class DigestEntryView {
    private final String kindLabel;
    private final String title;
    private final String url;
    private final String detail;

    DigestEntryView(String kindLabel, String title, String url, String detail) {
        this.kindLabel = kindLabel;
        this.title = title;
        this.url = url;
        this.detail = detail;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public boolean isHasDetail() {
        return !detail.isEmpty();
    }

    public String getDetail() {
        return detail;
    }
}
