package org.experimentlog.web.ui.admin;

/**
 * One hypothesis prompt on the administration page: a language and a part, its own text and the
 * built-in one.
 */
public final class PromptFieldView {
    private final String name;
    private final String fieldId;
    private final String partLabelKey;
    private final String text;
    private final String builtIn;

    PromptFieldView(String language, String part, String text, String builtIn) {
        this.name = "hypothesisPrompts." + language + "." + part;
        this.fieldId = "exlog-prompt-" + language + "-" + part;
        this.partLabelKey = "experimentlog.panel.hypothesis." + part;
        this.text = text;
        this.builtIn = builtIn;
    }

    /** The form field's name, as the settings API names the field in errors. */
    public String getName() {
        return name;
    }

    public String getFieldId() {
        return fieldId;
    }

    public String getPartLabelKey() {
        return partLabelKey;
    }

    /** The administrator's text; empty when the built-in example is used. */
    public String getText() {
        return text;
    }

    /** The app's own example in this language, used when the text is empty. */
    public String getBuiltIn() {
        return builtIn;
    }
}
