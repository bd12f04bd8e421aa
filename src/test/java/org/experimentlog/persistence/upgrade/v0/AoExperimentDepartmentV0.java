package org.experimentlog.persistence.upgrade.v0;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The experiment department table ({@code ExpDepartment}) at model version 0, frozen for the
 * upgrade tests; never edit it. Model versions 1 to 4 did not change this table, so this shape is
 * also the one at those versions.
 */
@Preload
@Table("ExpDepartment")
public interface AoExperimentDepartmentV0 extends Entity {
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String DEPARTMENT_ID = "DEPARTMENT_ID";

    /** The experiment. */
    @NotNull
    @Indexed
    int getExperimentId();

    void setExperimentId(int experimentId);

    /** The department. */
    @NotNull
    @Indexed
    int getDepartmentId();

    void setDepartmentId(int departmentId);
}
