package org.experimentlog.web.ui.admin;

/**
 * One project on the administration page, with whether it offers the Experiment issue type.
 * Immutable.
 */
public final class AdminProjectView {
    private final String key;
    private final String name;
    private final boolean offered;
    private final boolean sharedScheme;

    AdminProjectView(String key, String name, boolean offered, boolean sharedScheme) {
        this.key = key;
        this.name = name;
        this.offered = offered;
        this.sharedScheme = sharedScheme;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    /** Whether people can create Experiment issues in it. */
    public boolean isOffered() {
        return offered;
    }

    /** Whether a change reaches every project on Jira's default issue type scheme. */
    public boolean isSharedScheme() {
        return sharedScheme;
    }
}
