package org.experimentlog.web.ui.retrospective;

/**
 * A field of the scope and period form: the value as given, and the error to show next to it, if
 * any.
 */
public final class RetroFieldView {
    private final String value;
    private final String errorKey;

    RetroFieldView(String value, String errorKey) {
        this.value = value;
        this.errorKey = errorKey;
    }

    static RetroFieldView valid(String value) {
        return new RetroFieldView(value, "");
    }

    public String getValue() {
        return value;
    }

    public boolean isHasError() {
        return !errorKey.isEmpty();
    }

    /** The i18n key of the error; empty when the field is fine. */
    public String getErrorKey() {
        return errorKey;
    }
}
