package org.experimentlog.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.junit.Test;

public class UserRefTest {

    @Test
    public void toString_shouldBeTheKey_whenKeyIsValid() {
        UserRef target = new UserRef("JIRAUSER10100");

        assertEquals("JIRAUSER10100", target.toString());
    }

    @Test
    public void constructor_shouldRefuse_whenKeyIsNull() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new UserRef(null));

        assertEquals("A user key is required.", e.getMessage());
        assertEquals(Optional.of("user"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenKeyIsBlank() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new UserRef("  "));

        assertEquals("A user key is required.", e.getMessage());
    }

    @Test
    public void constructor_shouldAccept_whenKeyHasMaximumLength() {
        UserRef target = new UserRef("u".repeat(UserRef.MAX_LENGTH));

        assertEquals(255, target.key().length());
    }

    @Test
    public void constructor_shouldRefuse_whenKeyIsLongerThanMaximum() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new UserRef("u".repeat(UserRef.MAX_LENGTH + 1)));

        assertEquals("A user key can have at most 255 characters.", e.getMessage());
        assertEquals(Optional.of("user"), e.field());
    }
}
