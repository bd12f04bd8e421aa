package com.atlassian.activeobjects.external;

/**
 * Stand-in with the published behaviour, never packaged: the version of a plugin's Active Objects
 * data model, an integer; compare with {@link #isSame}, not {@code equals}, which the class does
 * not override.
 *
 * <p>Follows activeobjects-plugin 5.2.1 (decompiled; ../shared/reference/atlassian-api-reference.md
 * §1.3):
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return Integer.compare(version, mv.version);
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    /** Version 0 for null, else the integer the text holds. */
    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.valueOf(s));
    }
}
