package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A department, optionally mapped to a Jira group. */
@Preload
@Table("Department")
public interface AoDepartment extends Entity {
    String NAME = "NAME";
    String GROUP_NAME = "GROUP_NAME";
    String ROW_VERSION = "ROW_VERSION";

    /** The name, unique ignoring case (checked by the repository). */
    @NotNull
    @Indexed
    @StringLength(60)
    String getName();

    void setName(String name);

    /** The Jira group whose members belong to the department. */
    String getGroupName();

    void setGroupName(String groupName);

    /** The optimistic-locking version. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
