package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.failure.Reader;
import org.springframework.stereotype.Component;

/**
 * Who is calling a use case: the logged-in user, their departments and whether they administer the
 * app. Every service learns its caller from this one component.
 */
@Component
public final class Caller {
    private final UserDirectory users;
    private final AccessPolicy access;
    private final DepartmentRepository departments;

    @Inject
    public Caller(UserDirectory users, AccessPolicy access, DepartmentRepository departments) {
        this.users = users;
        this.access = access;
        this.departments = departments;
    }

    /**
     * @throws NotAuthenticatedException when nobody is logged in
     */
    public UserRef user() {
        return users.currentUser().orElseThrow(NotAuthenticatedException::new);
    }

    /**
     * The caller as a reader of failure stories; one group check per department (departments are
     * few).
     */
    public Reader reader() {
        UserRef user = user();
        Set<DepartmentId> memberOf =
                departments.list().stream()
                        .filter(
                                d ->
                                        d.groupName()
                                                .map(group -> users.isMember(user, group))
                                                .orElse(false))
                        .map(Department::requireId)
                        .collect(Collectors.toSet());
        return new Reader(user, memberOf, access.isAdministrator(user));
    }
}
