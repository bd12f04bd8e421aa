package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A department whose members follow it by default. */
@Preload
@Table("DigestDefault")
public interface AoDigestDefault extends Entity {
    String DEPARTMENT_ID = "DEPARTMENT_ID";

    /** The department. */
    @NotNull
    @Unique
    int getDepartmentId();

    void setDepartmentId(int departmentId);
}
