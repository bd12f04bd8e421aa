package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A department, optionally mapped to a Jira group. */
@Preload
@Table("Department")
public interface AoDepartment extends Entity {
    String NAME = "NAME";
    String NAME_KEY = "NAME_KEY";
    String GROUP_NAME = "GROUP_NAME";
    String ROW_VERSION = "ROW_VERSION";

    /** The name as the administrator wrote it. */
    @NotNull
    @StringLength(60)
    String getName();

    void setName(String name);

    /**
     * The name in lower case, unique: two departments cannot share a name, even when created at the
     * same time.
     */
    @NotNull
    @Unique
    @StringLength(60)
    String getNameKey();

    void setNameKey(String nameKey);

    /** The Jira group whose members belong to the department. */
    String getGroupName();

    void setGroupName(String groupName);

    /** The optimistic-locking version. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
