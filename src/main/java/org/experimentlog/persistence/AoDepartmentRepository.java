package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;

/**
 * Departments in Active Objects. An organisation has a few dozen at most, so lookups by name read them all and
 * compare here: the same case rules on every database, and no function call in a where clause, where Active Objects
 * does not quote the column (PostgreSQL would then look for a lower-case column that does not exist).
 */
@Named
public final class AoDepartmentRepository implements DepartmentRepository {
    private final ActiveObjects ao;
    private final VersionClaims claims;

    @Inject
    public AoDepartmentRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new VersionClaims(ao);
    }

    /** Sorted here, because database collations disagree on where capitals go. */
    @Override
    public List<Department> list() {
        Comparator<Department> byName = Comparator.comparing(Department::name, Collator.getInstance(Locale.ROOT));
        return all().stream().sorted(byName.thenComparing(d -> d.requireId().value())).toList();
    }

    private List<Department> all() {
        return List.of(ao.find(AoDepartment.class, Query.select())).stream()
                .map(AoDepartmentRepository::toDomain).toList();
    }

    @Override
    public Optional<Department> find(DepartmentId id) {
        return row(id).map(AoDepartmentRepository::toDomain);
    }

    private Optional<AoDepartment> row(DepartmentId id) {
        return Rows.byId(ao, AoDepartment.class, id.value());
    }

    @Override
    public Optional<Department> findByName(String name) {
        String wanted = name.strip();
        return all().stream().filter(d -> d.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * @throws InvalidInputException when another department has the same name, ignoring case
     * @throws StaleVersionException when the stored version differs from the department's version
     */
    @Override
    public Department save(Department department) {
        refuseDuplicateName(department);
        if (department.id().isEmpty()) {
            Map<String, Object> columns = new HashMap<>();
            columns.put(AoDepartment.NAME, department.name());
            columns.put(AoDepartment.GROUP_NAME, department.groupName().orElse(null));
            columns.put(AoDepartment.ROW_VERSION, 1L);
            AoDepartment row = ao.create(AoDepartment.class, columns);
            return department.withId(new DepartmentId(row.getID()), 1);
        }
        DepartmentId id = department.requireId();
        long next = department.version() + 1;
        AoDepartment row = claims.lockForUpdate("department:" + id, department.version(), "department",
                () -> row(id), AoDepartment::getRowVersion);
        row.setName(department.name());
        row.setGroupName(department.groupName().orElse(null));
        row.setRowVersion(next);
        row.save();
        return department.withId(id, next);
    }

    private void refuseDuplicateName(Department department) {
        boolean taken = findByName(department.name())
                .filter(other -> !other.id().equals(department.id()))
                .isPresent();
        if (taken) {
            throw new InvalidInputException("name",
                    "Could not save the department: \"" + department.name() + "\" already exists.");
        }
    }

    private static Department toDomain(AoDepartment row) {
        return Department.stored(new DepartmentId(row.getID()), row.getName(), row.getGroupName(), row.getRowVersion());
    }
}
