package org.experimentlog.app.command;

import org.experimentlog.domain.Fields;
import org.experimentlog.domain.department.DepartmentId;

/** Creates a department (no id) or changes one. Checked at construction: required parts present. */
public record SaveDepartment(DepartmentId department, long version, String name, String groupName) {
    public SaveDepartment {
        Fields.version(version);
    }
}
