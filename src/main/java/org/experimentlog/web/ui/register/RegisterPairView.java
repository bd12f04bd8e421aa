package org.experimentlog.web.ui.register;

/**
 * A label with a value, and a link when it has one: a hypothesis part, a version, a measurement, a
 * learning.
 */
public final class RegisterPairView {
    private final String label;
    private final String value;
    private final String href;
    private final boolean current;

    RegisterPairView(String label, String value, String href, boolean current) {
        this.label = label;
        this.value = value == null ? "" : value;
        this.href = href == null ? "" : href;
        this.current = current;
    }

    public static RegisterPairView of(String label, String value) {
        return new RegisterPairView(label, value, null, false);
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }

    public boolean isHasValue() {
        return !value.isEmpty();
    }

    public String getHref() {
        return href;
    }

    public boolean isHasHref() {
        return !href.isEmpty();
    }

    /** Whether this is the version shown. */
    public boolean isCurrent() {
        return current;
    }
}
