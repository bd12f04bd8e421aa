package org.experimentlog.web.ui.following;

/** One row of the following page. */
public final class FollowedView {
    private final String kind;
    private final String kindLabelKey;
    private final String value;
    private final String name;
    private final boolean byDefault;
    private final String since;

    FollowedView(String kind, String value, String name, boolean byDefault, String since) {
        this.kind = kind;
        this.kindLabelKey = "experimentlog.following.kind." + kind;
        this.value = value;
        this.name = name;
        this.byDefault = byDefault;
        this.since = since;
    }

    public String getKind() {
        return kind;
    }

    public String getKindLabelKey() {
        return kindLabelKey;
    }

    public String getValue() {
        return value;
    }

    public String getName() {
        return name;
    }

    public boolean isByDefault() {
        return byDefault;
    }

    public String getSince() {
        return since;
    }
}
