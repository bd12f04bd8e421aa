package org.experimentlog.domain.department;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.junit.Test;

public class DepartmentTest {

    @Test
    public void create_shouldTrimTheNameAndGroup_whenNotStoredYet() {
        Department target = Department.create("  Operations ", " permit-desk ");

        assertEquals("Operations", target.name());
        assertEquals(Optional.of("permit-desk"), target.groupName());
        assertEquals(Optional.empty(), target.id());
        assertEquals(0, target.version());
    }

    @Test
    public void create_shouldHaveNoGroup_whenTheGroupIsBlank() {
        Department target = Department.create("Operations", "  ");

        assertEquals(Optional.empty(), target.groupName());
    }

    @Test
    public void create_shouldRequireAName_whenTheNameIsBlank() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Department.create(" ", null));

        assertEquals("The department name is required.", e.getMessage());
        assertEquals(Optional.of("name"), e.field());
    }

    @Test
    public void create_shouldAcceptSixtyCharacters_whenAtTheMaximum() {
        Department target = Department.create("d".repeat(Department.NAME_MAX), null);

        assertEquals(60, target.name().length());
    }

    @Test
    public void create_shouldRefuse_whenTheNameIsLongerThanSixty() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Department.create("d".repeat(Department.NAME_MAX + 1), null));

        assertEquals(
                "The department name can have at most 60 characters; this has 61.", e.getMessage());
    }

    @Test
    public void create_shouldRefuse_whenTheGroupIsLongerThan255() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                Department.create(
                                        "Operations", "g".repeat(Department.GROUP_MAX + 1)));

        assertEquals(
                "The Jira group can have at most 255 characters; this has 256.", e.getMessage());
        assertEquals(Optional.of("groupName"), e.field());
    }

    @Test
    public void renamed_shouldKeepIdAndVersion_whenRenamed() {
        Department target = Department.stored(new DepartmentId(4), "Operations", null, 3);

        Department result = target.renamed("Service Operations", "ops-staff");

        assertEquals(new DepartmentId(4), result.requireId());
        assertEquals(3, result.version());
        assertEquals("Service Operations", result.name());
    }

    @Test
    public void withId_shouldTakeIdAndVersion_whenStored() {
        Department target = Department.create("Policy", null);

        Department result = target.withId(new DepartmentId(5), 1);

        assertEquals(new DepartmentId(5), result.requireId());
        assertEquals(1, result.version());
    }

    @Test
    public void requireId_shouldSayNotStored_whenTheDepartmentHasNoId() {
        Department target = Department.create("Policy", null);

        NullPointerException e = assertThrows(NullPointerException.class, target::requireId);

        assertEquals("The department is not stored yet", e.getMessage());
    }

    @Test
    public void stored_shouldRefuse_whenTheVersionIsNegative() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Department.stored(new DepartmentId(4), "Operations", null, -1));

        assertEquals(Optional.of("version"), e.field());
    }

    @Test
    public void defaultNames_shouldBeTheFiveStartingDepartments_whenInstalled() {
        assertEquals(
                List.of("Product", "Design", "Technology", "Operations", "Policy"),
                Department.defaultNames());
    }

    @Test
    public void departmentId_shouldRefuse_whenZero() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new DepartmentId(0));

        assertEquals("The id of a department must be positive.", e.getMessage());
        assertEquals(Optional.of("id"), e.field());
    }

    @Test
    public void departmentId_shouldPrintTheNumber_whenPositive() {
        assertEquals("4", new DepartmentId(4).toString());
    }
}
