package org.experimentlog.app.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.experimentlog.domain.department.DepartmentId;

/**
 * The department × department matrix of the experiments of a period.
 *
 * @param departments the departments that took part in any of them, by name
 * @param cells for each pair of departments (row before column in {@code departments}' order) the
 *     number of experiments both took part in, and on the diagonal (row equals column) the number
 *     of experiments the department took part in; pairs without shared experiments are left out
 */
public record Collaboration(List<Member> departments, List<Cell> cells) {
    public Collaboration {
        departments = List.copyOf(departments);
        cells = List.copyOf(cells);
    }

    public static Collaboration none() {
        return new Collaboration(List.of(), List.of());
    }

    /** A department in the matrix. */
    public record Member(DepartmentId id, String name) {
        public Member {
            requireNonNull(id, "id");
            requireNonNull(name, "name");
        }
    }

    /** How many experiments two departments (or one, on the diagonal) took part in together. */
    public record Cell(DepartmentId row, DepartmentId column, int experiments) {
        public Cell {
            requireNonNull(row, "row");
            requireNonNull(column, "column");
        }
    }
}
