package org.experimentlog.web.ui.retrospective;

/**
 * One figure of the retrospective: what it counts (an i18n key) and its value as the reader's
 * locale writes it.
 */
public final class RetroFigureView {
    private final String labelKey;
    private final String value;

    RetroFigureView(String labelKey, String value) {
        this.labelKey = labelKey;
        this.value = value;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getValue() {
        return value;
    }
}
