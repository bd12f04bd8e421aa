package org.experimentlog.app.port;

import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;

/** Stores the administrator-managed departments. */
public interface DepartmentRepository {
    /** Every department, by name. */
    List<Department> list();

    Optional<Department> find(DepartmentId id);

    /** The department with this name, ignoring case. */
    Optional<Department> findByName(String name);

    /**
     * @throws StaleVersionException when the stored version differs from the department's version
     */
    Department save(Department department);
}
