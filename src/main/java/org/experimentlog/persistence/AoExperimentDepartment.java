package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A department involved in an experiment. */
@Preload
@Table("ExpDepartment")
public interface AoExperimentDepartment extends Entity {
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
