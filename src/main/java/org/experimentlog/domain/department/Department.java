package org.experimentlog.domain.department;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.StaleVersionException;

/**
 * A part of the organisation that takes part in experiments and reads shared stories, optionally
 * mapped to a Jira group whose members belong to it.
 */
public final class Department {
    public static final int NAME_MAX = 60;
    public static final int GROUP_MAX = 255;

    private final DepartmentId id;
    private final String name;
    private final String groupName;
    private final long version;

    private Department(DepartmentId id, String name, String groupName, long version) {
        this.id = id;
        this.name = Fields.requiredName("name", FieldLabel.DEPARTMENT_NAME, name, NAME_MAX);
        this.groupName = Fields.optional("groupName", FieldLabel.GROUP_NAME, groupName, GROUP_MAX);
        this.version = Fields.version(version);
    }

    /** A department that is not stored yet. */
    public static Department create(String name, String groupName) {
        return new Department(null, name, groupName, 0);
    }

    /** A department as stored. */
    public static Department stored(DepartmentId id, String name, String groupName, long version) {
        return new Department(requireNonNull(id, "id"), name, groupName, version);
    }

    public Department renamed(String newName, String newGroupName) {
        return new Department(id, newName, newGroupName, version);
    }

    public Department withId(DepartmentId newId, long newVersion) {
        return new Department(requireNonNull(newId, "id"), name, groupName, newVersion);
    }

    public Optional<DepartmentId> id() {
        return Optional.ofNullable(id);
    }

    /** The id of a stored department. */
    public DepartmentId requireId() {
        return requireNonNull(id, "The department is not stored yet");
    }

    public String name() {
        return name;
    }

    public Optional<String> groupName() {
        return Optional.ofNullable(groupName);
    }

    public long version() {
        return version;
    }

    /**
     * @param read the version the writer read before this change
     * @return this {@code Department}, when it is still the version the writer read
     * @throws StaleVersionException when someone else changed it since
     */
    public Department requireVersion(long read) {
        StaleVersionException.unlessSame("department", read, version);
        return this;
    }

    /** The departments a new installation starts with. */
    public static List<String> defaultNames() {
        return List.of("Product", "Design", "Technology", "Operations", "Policy");
    }
}
