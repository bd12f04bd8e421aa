package org.experimentlog.web.ui;

/**
 * A choice in a form or a button: the code sent to the API, the i18n key (or text) shown, and
 * whether chosen.
 */
public final class OptionView {
    private final String value;
    private final String labelKey;
    private final String label;
    private final boolean selected;
    private final boolean increase;

    private OptionView(
            String value, String labelKey, String label, boolean selected, boolean increase) {
        this.value = value;
        this.labelKey = labelKey;
        this.label = label;
        this.selected = selected;
        this.increase = increase;
    }

    /**
     * An outcome to link, with the direction the experiment expects (increase unless it says
     * decrease).
     */
    public static OptionView outcome(
            String value, String label, boolean selected, boolean increase) {
        return new OptionView(value, "", label, selected, increase);
    }

    /** A choice whose label is an i18n key. */
    public static OptionView keyed(String value, String labelKey, boolean selected) {
        return new OptionView(value, labelKey, "", selected, true);
    }

    /** A choice whose label is data, such as a department name. */
    public static OptionView named(String value, String label, boolean selected) {
        return new OptionView(value, "", label, selected, true);
    }

    public String getValue() {
        return value;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }

    /** For outcomes: whether the experiment expects the metric to increase (else decrease). */
    public boolean isIncrease() {
        return increase;
    }
}
