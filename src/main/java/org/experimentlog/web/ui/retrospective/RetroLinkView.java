package org.experimentlog.web.ui.retrospective;

/**
 * A link on the retrospective page whose text is an i18n key: a quick period choice or an export
 * format.
 */
public final class RetroLinkView {
    private final String labelKey;
    private final String href;
    private final boolean current;

    RetroLinkView(String labelKey, String href, boolean current) {
        this.labelKey = labelKey;
        this.href = href;
        this.current = current;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getHref() {
        return href;
    }

    /** Whether the link leads to what the page shows already. */
    public boolean isCurrent() {
        return current;
    }
}
