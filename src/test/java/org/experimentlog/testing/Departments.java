package org.experimentlog.testing;

import org.experimentlog.domain.department.DepartmentId;

/**
 * The ids of the departments a new installation starts with, in the order of {@code
 * Department.defaultNames()}.
 */
public final class Departments {
    public static final DepartmentId PRODUCT = new DepartmentId(1);
    public static final DepartmentId DESIGN = new DepartmentId(2);
    public static final DepartmentId TECHNOLOGY = new DepartmentId(3);
    public static final DepartmentId OPERATIONS = new DepartmentId(4);
    public static final DepartmentId POLICY = new DepartmentId(5);

    private Departments() {}
}
