package org.experimentlog.app.command;

import org.experimentlog.domain.Fields;

/** Creates a department (no id) or changes one. Checked at construction: required parts present. */
public record SaveDepartment(org.experimentlog.domain.department.DepartmentId department, long version, String name, String groupName) {
    public SaveDepartment {
        Fields.version(version);
    }
}
