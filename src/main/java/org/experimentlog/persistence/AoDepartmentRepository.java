package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.springframework.stereotype.Component;

/**
 * Departments in Active Objects. Names are unique ignoring case through a lower-case NAME_KEY
 * column with a unique constraint, so two administrators cannot create the same department at once;
 * a function such as LOWER(NAME) in a where clause is avoided because Active Objects does not quote
 * columns inside functions, which breaks PostgreSQL.
 */
@Component
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
        Comparator<Department> byName =
                Comparator.comparing(Department::name, Collator.getInstance(Locale.ROOT));
        return all().stream().sorted(byName.thenComparing(d -> d.requireId().value())).toList();
    }

    private List<Department> all() {
        return List.of(ao.find(AoDepartment.class, Query.select())).stream()
                .map(AoDepartmentRepository::toDomain)
                .toList();
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
        AoDepartment[] rows =
                ao.find(
                        AoDepartment.class,
                        Query.select().where(AoDepartment.NAME_KEY + " = ?", nameKey(name)));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
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
            columns.put(AoDepartment.NAME_KEY, nameKey(department));
            columns.put(AoDepartment.GROUP_NAME, department.groupName().orElse(null));
            columns.put(AoDepartment.ROW_VERSION, 1L);
            AoDepartment row;
            try {
                row = ao.create(AoDepartment.class, columns);
            } catch (RuntimeException e) {
                throw VersionClaims.isUniqueViolation(e) ? duplicateName(department) : e;
            }
            return department.withId(new DepartmentId(row.getID()), 1);
        }
        DepartmentId id = department.requireId();
        long next = department.version() + 1;
        AoDepartment row =
                claims.lockForUpdate(
                        "department:" + id,
                        department.version(),
                        "department",
                        () -> row(id),
                        AoDepartment::getRowVersion);
        row.setName(department.name());
        row.setNameKey(nameKey(department));
        row.setGroupName(department.groupName().orElse(null));
        row.setRowVersion(next);
        try {
            row.save();
        } catch (RuntimeException e) {
            throw VersionClaims.isUniqueViolation(e) ? duplicateName(department) : e;
        }
        return department.withId(id, next);
    }

    private void refuseDuplicateName(Department department) {
        boolean taken =
                findByName(department.name())
                        .filter(other -> !other.id().equals(department.id()))
                        .isPresent();
        if (taken) {
            throw duplicateName(department);
        }
    }

    private static InvalidInputException duplicateName(Department department) {
        return new InvalidInputException("name", ErrorKey.DEPARTMENT_EXISTS, department.name());
    }

    /**
     * Names are unique ignoring case, width and look-alike spellings: the unique NAME_KEY column
     * holds them normalised (NFKC), in lower case, with inner spaces collapsed, so "Ｐｒｏｄｕｃｔ" and
     * "product" are one name.
     */
    private static String nameKey(Department department) {
        return nameKey(department.name());
    }

    private static String nameKey(String name) {
        return Fields.comparable(name);
    }

    private static Department toDomain(AoDepartment row) {
        return Department.stored(
                new DepartmentId(row.getID()),
                row.getName(),
                row.getGroupName(),
                row.getRowVersion());
    }
}
