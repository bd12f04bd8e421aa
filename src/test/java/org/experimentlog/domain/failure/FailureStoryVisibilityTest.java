package org.experimentlog.domain.failure;

import static org.experimentlog.testing.FailureStories.aFailureStory;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

/** Who may see a story shared with the Operations and Policy departments. */
public class FailureStoryVisibilityTest {
    private FailureStory target;

    @Before
    public void setUp() {
        target =
                aFailureStory()
                        .sharedWithDepartments(Departments.OPERATIONS, Departments.POLICY)
                        .build();
    }

    @Test
    public void isVisibleTo_shouldBeTrue_whenTheReaderBelongsToAChosenDepartment() {
        Reader member = new Reader(Users.JOOST, Set.of(Departments.POLICY), false);

        assertTrue(target.isVisibleTo(member));
    }

    @Test
    public void isVisibleTo_shouldBeTrue_whenOneOfTheReadersDepartmentsIsChosen() {
        Reader member =
                new Reader(Users.JOOST, Set.of(Departments.DESIGN, Departments.OPERATIONS), false);

        assertTrue(target.isVisibleTo(member));
    }

    @Test
    public void isVisibleTo_shouldBeFalse_whenTheReaderBelongsToNoChosenDepartment() {
        Reader outsider = new Reader(Users.JOOST, Set.of(Departments.DESIGN), false);

        assertFalse(target.isVisibleTo(outsider));
    }

    @Test
    public void isVisibleTo_shouldBeFalse_whenTheReaderBelongsToNoDepartment() {
        Reader outsider = new Reader(Users.JOOST, Set.of(), false);

        assertFalse(target.isVisibleTo(outsider));
    }

    @Test
    public void isVisibleTo_shouldBeTrue_whenTheAuthorIsNotInAChosenDepartment() {
        Reader author = new Reader(Users.MARIA, Set.of(Departments.PRODUCT), false);

        assertTrue(target.isVisibleTo(author));
    }

    @Test
    public void isVisibleTo_shouldBeTrue_whenAnAnonymousStorysAuthorReadsIt() {
        FailureStory anonymous =
                aFailureStory().sharedWithDepartments(Departments.POLICY).anonymous().build();
        Reader author = new Reader(Users.MARIA, Set.of(), false);

        assertTrue(anonymous.isVisibleTo(author));
    }

    @Test
    public void isVisibleTo_shouldBeTrue_whenAnAdministratorIsNotInAChosenDepartment() {
        Reader admin = new Reader(Users.ADMIN, Set.of(), true);

        assertTrue(target.isVisibleTo(admin));
    }

    @Test
    public void isVisibleTo_shouldBeTrue_whenSharedWithEveryoneAndTheReaderHasNoDepartment() {
        FailureStory toEveryone = aFailureStory().sharedWith(Audience.everyone()).build();
        Reader anyone = new Reader(Users.JOOST, Set.of(), false);

        assertTrue(toEveryone.isVisibleTo(anyone));
    }
}
