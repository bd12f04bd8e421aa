package org.experimentlog.web.ui.panel;

/**
 * One field of a result's correction form, holding what is stored: numbers as the reader types them
 * (every decimal, the reader's separator, no grouping), so saving unchanged stores the same number.
 */
public final class ResultFieldView {
    private final String name;
    private final String type;
    private final String value;

    /**
     * @param name the field's name in the API ({@code before}, {@code controlSize}, …)
     * @param type {@code number}, {@code integer}, {@code text}, {@code url} or {@code textarea}
     * @param value what is stored, as the reader types it
     */
    ResultFieldView(String name, String type, String value) {
        this.name = name;
        this.type = type;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    /** The label's i18n key: the record form's label of the same field. */
    public String getLabelKey() {
        return "experimentlog.panel.result." + (name.equals("evidenceUrl") ? "evidence" : name);
    }

    public String getType() {
        return type;
    }

    public boolean isNumeric() {
        return type.equals("number") || type.equals("integer");
    }

    public boolean isTextarea() {
        return type.equals("textarea");
    }

    public String getValue() {
        return value;
    }
}
