package org.experimentlog.web.ui.admin;

import java.util.List;

/** The hypothesis prompts of one language on the administration page. Immutable. */
public final class PromptLanguageView {
    private final String code;
    private final String labelKey;
    private final List<PromptFieldView> fields;

    PromptLanguageView(String code, List<PromptFieldView> fields) {
        this.code = code;
        this.labelKey = "experimentlog.admin.prompts.language." + code;
        this.fields = List.copyOf(fields);
    }

    /** The language's code, for the {@code lang} attribute of its fields. */
    public String getCode() {
        return code;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public List<PromptFieldView> getFields() {
        return fields;
    }
}
