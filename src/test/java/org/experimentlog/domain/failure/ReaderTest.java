package org.experimentlog.domain.failure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.Users;
import org.junit.Test;

public class ReaderTest {

    @Test
    public void departments_shouldNotFollowTheCallersSet_whenItChangesLater() {
        Set<DepartmentId> memberships = new HashSet<>(Set.of(Departments.OPERATIONS));
        Reader target = new Reader(Users.JOOST, memberships, false);

        memberships.add(Departments.POLICY);

        assertEquals(Set.of(Departments.OPERATIONS), target.departments());
    }

    @Test
    public void constructor_shouldThrowNullPointer_whenTheUserIsNull() {
        assertThrows(NullPointerException.class, () -> new Reader(null, Set.of(), false));
    }
}
