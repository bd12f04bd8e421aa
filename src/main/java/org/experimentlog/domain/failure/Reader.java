package org.experimentlog.domain.failure;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;

/**
 * Somebody reading failure stories, with what decides what they may see.
 *
 * @param user the user
 * @param departments the departments the user belongs to (through their Jira groups)
 * @param administrator whether the user administers the app
 */
public record Reader(UserRef user, Set<DepartmentId> departments, boolean administrator) {
    public Reader {
        requireNonNull(user, "user");
        departments = Set.copyOf(departments);
    }
}
