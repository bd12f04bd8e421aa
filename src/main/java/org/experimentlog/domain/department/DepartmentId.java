package org.experimentlog.domain.department;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** The stored id of a department. */
public record DepartmentId(long value) {
    public DepartmentId {
        if (value <= 0) {
            throw new InvalidInputException("id", ErrorKey.DEPARTMENT_ID_NOT_POSITIVE);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
