package org.experimentlog.persistence.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The experiment department table ({@code ExpDepartment}) as model version 5 reads it, frozen for
 * {@link Upgrade5PanelCopies}; never edit it. The table has not changed since model version 0.
 */
@Preload
@Table("ExpDepartment")
public interface AoExperimentDepartmentV5 extends Entity {
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
