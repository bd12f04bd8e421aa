package org.experimentlog.web.ui.failures;

/** One narrative field of the share or edit form: its name and the text it starts with. */
public final class StoryFieldView {
    private final String name;
    private final String value;

    public StoryFieldView(String name, String value) {
        this.name = name;
        this.value = value == null ? "" : value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
