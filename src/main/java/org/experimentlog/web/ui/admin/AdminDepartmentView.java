package org.experimentlog.web.ui.admin;

/** One department on the administration page, with its own edit form. Immutable. */
public final class AdminDepartmentView {
    private final long id;
    private final String name;
    private final String groupName;
    private final long version;

    AdminDepartmentView(long id, String name, String groupName, long version) {
        this.id = id;
        this.name = name;
        this.groupName = groupName;
        this.version = version;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** The Jira group whose members belong to it; empty when it has none. */
    public String getGroupName() {
        return groupName;
    }

    public long getVersion() {
        return version;
    }
}
