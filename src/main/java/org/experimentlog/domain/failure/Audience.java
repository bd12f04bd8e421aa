package org.experimentlog.domain.failure;

import java.util.Set;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.department.DepartmentId;

/**
 * Who may read a failure story: everyone, or the members of chosen departments. The author and
 * administrators can always read it.
 *
 * @param toEveryone whether every licensed user may read it
 * @param departments the departments that may read it when not everyone; empty when everyone
 */
public record Audience(boolean toEveryone, Set<DepartmentId> departments) {
    public static final int MAX_DEPARTMENTS = 20;

    public Audience {
        departments = Set.copyOf(departments);
        if (toEveryone && !departments.isEmpty()) {
            throw new IllegalArgumentException("An audience of everyone names no departments");
        }
        if (!toEveryone && departments.isEmpty()) {
            throw new InvalidInputException(
                    "audience.departments", ErrorKey.AUDIENCE_DEPARTMENTS_REQUIRED);
        }
        if (departments.size() > MAX_DEPARTMENTS) {
            throw new InvalidInputException(
                    "audience.departments", ErrorKey.AUDIENCE_DEPARTMENTS_MAX, MAX_DEPARTMENTS);
        }
    }

    public static Audience everyone() {
        return new Audience(true, Set.of());
    }

    public static Audience departments(Set<DepartmentId> departments) {
        return new Audience(false, departments);
    }
}
