package org.experimentlog.domain.failure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.testing.Departments;
import org.junit.Test;

public class AudienceTest {

    @Test
    public void everyone_shouldNameNoDepartments_whenCreated() {
        Audience target = Audience.everyone();

        assertTrue(target.toEveryone());
        assertTrue(target.departments().isEmpty());
    }

    @Test
    public void departments_shouldKeepTheChosenDepartments_whenCreated() {
        Audience target = Audience.departments(Set.of(Departments.OPERATIONS, Departments.POLICY));

        assertFalse(target.toEveryone());
        assertEquals(Set.of(Departments.OPERATIONS, Departments.POLICY), target.departments());
    }

    @Test
    public void departments_shouldAskToChoose_whenNoDepartmentIsChosen() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Audience.departments(Set.of()));

        assertEquals(
                "Choose at least one department, or share the story with everyone.",
                e.getMessage());
        assertEquals(Optional.of("audience.departments"), e.field());
    }

    @Test
    public void constructor_shouldThrowIllegalArgument_whenEveryoneAlsoNamesDepartments() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Audience(true, Set.of(Departments.PRODUCT)));
    }

    @Test
    public void departments_shouldAcceptTwenty_whenAtTheMaximum() {
        Audience target = Audience.departments(departments(Audience.MAX_DEPARTMENTS));

        assertEquals(20, target.departments().size());
    }

    @Test
    public void departments_shouldRefuse_whenTwentyOneAreChosen() {
        Set<DepartmentId> twentyOne = departments(Audience.MAX_DEPARTMENTS + 1);

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Audience.departments(twentyOne));

        assertEquals("A story can be shared with at most 20 departments.", e.getMessage());
        assertEquals(Optional.of("audience.departments"), e.field());
    }

    @Test
    public void departments_shouldNotFollowTheCallersSet_whenItChangesLater() {
        Set<DepartmentId> chosen = new HashSet<>(Set.of(Departments.PRODUCT));
        Audience target = Audience.departments(chosen);

        chosen.add(Departments.DESIGN);

        assertEquals(Set.of(Departments.PRODUCT), target.departments());
    }

    private static Set<DepartmentId> departments(int count) {
        return LongStream.rangeClosed(1, count)
                .mapToObj(DepartmentId::new)
                .collect(Collectors.toSet());
    }
}
