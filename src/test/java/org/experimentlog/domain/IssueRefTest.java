package org.experimentlog.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.junit.Test;

public class IssueRefTest {

    @Test
    public void constructor_shouldKeepIdAndKey_whenBothAreValid() {
        IssueRef target = new IssueRef(10012, "PERMIT-12");

        assertEquals(10012, target.id());
        assertEquals("PERMIT-12", target.key());
    }

    @Test
    public void constructor_shouldRefuse_whenIdIsZero() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new IssueRef(0, "PERMIT-12"));

        assertEquals("An issue id must be positive.", e.getMessage());
        assertEquals(Optional.of("issue"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenIdIsNegative() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new IssueRef(-5, "PERMIT-12"));

        assertEquals(Optional.of("issue"), e.field());
    }

    @Test
    public void constructor_shouldThrowNullPointer_whenKeyIsNull() {
        assertThrows(NullPointerException.class, () -> new IssueRef(10012, null));
    }

    @Test
    public void constructor_shouldShowAnExample_whenKeyIsLowerCase() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new IssueRef(10012, "permit-12"));

        assertEquals("\"permit-12\" is not an issue key such as PERMIT-12.", e.getMessage());
        assertEquals(Optional.of("issueKey"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenKeyHasNoNumber() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new IssueRef(10012, "PERMIT"));

        assertEquals(Optional.of("issueKey"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenNumberStartsWithZero() {
        assertThrows(InvalidInputException.class, () -> new IssueRef(10012, "PERMIT-012"));
    }

    @Test
    public void constructor_shouldRefuse_whenNumberIsZero() {
        assertThrows(InvalidInputException.class, () -> new IssueRef(10012, "PERMIT-0"));
    }

    @Test
    public void constructor_shouldRefuse_whenNumberHasMoreThanTenDigits() {
        assertThrows(InvalidInputException.class, () -> new IssueRef(10012, "PERMIT-12345678901"));
    }

    @Test
    public void constructor_shouldAccept_whenProjectKeyHasDigitsAndUnderscores() {
        IssueRef target = new IssueRef(10012, "PARK_2-7");

        assertEquals("PARK_2-7", target.key());
    }

    @Test
    public void projectKey_shouldBeThePartBeforeTheNumber_whenRead() {
        IssueRef target = new IssueRef(10012, "PARK_2-1234");

        ProjectKey result = target.projectKey();

        assertEquals(new ProjectKey("PARK_2"), result);
    }
}
