package org.experimentlog.web.ui.digest;

import java.util.List;

/** The items about one thing followed, with the link that stops following it. */
public final class DigestGroupView {
    private final String heading;
    private final String unsubscribeLabel;
    private final String unsubscribeUrl;
    private final List<DigestEntryView> entries;
    private final String more;
    private final String moreUrl;

    DigestGroupView(
            String heading,
            String unsubscribeLabel,
            String unsubscribeUrl,
            List<DigestEntryView> entries,
            String more,
            String moreUrl) {
        this.more = more;
        this.moreUrl = moreUrl;
        this.heading = heading;
        this.unsubscribeLabel = unsubscribeLabel;
        this.unsubscribeUrl = unsubscribeUrl;
        this.entries = List.copyOf(entries);
    }

    public String getHeading() {
        return heading;
    }

    public String getUnsubscribeLabel() {
        return unsubscribeLabel;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public List<DigestEntryView> getEntries() {
        return entries;
    }

    public boolean isHasMore() {
        return !more.isEmpty();
    }

    public String getMore() {
        return more;
    }

    public String getMoreUrl() {
        return moreUrl;
    }
}
