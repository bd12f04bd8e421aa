package org.experimentlog.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.junit.Test;

public class ProjectKeyTest {

    @Test
    public void toString_shouldBeTheKey_whenKeyIsValid() {
        ProjectKey target = new ProjectKey("PERMIT");

        assertEquals("PERMIT", target.toString());
    }

    @Test
    public void constructor_shouldShowAnExample_whenKeyIsLowerCase() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new ProjectKey("permit"));

        assertEquals("\"permit\" is not a project key such as PERMIT.", e.getMessage());
        assertEquals(Optional.of("projectKey"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenKeyStartsWithDigit() {
        assertThrows(InvalidInputException.class, () -> new ProjectKey("2PERMIT"));
    }

    @Test
    public void constructor_shouldRefuse_whenKeyContainsHyphen() {
        assertThrows(InvalidInputException.class, () -> new ProjectKey("PERMIT-12"));
    }

    @Test
    public void constructor_shouldAccept_whenKeyHasTwentyCharacters() {
        ProjectKey target = new ProjectKey("P" + "A".repeat(19));

        assertEquals(20, target.value().length());
    }

    @Test
    public void constructor_shouldRefuse_whenKeyHasTwentyOneCharacters() {
        assertThrows(InvalidInputException.class, () -> new ProjectKey("P" + "A".repeat(20)));
    }

    @Test
    public void constructor_shouldSayNull_whenKeyIsNull() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new ProjectKey(null));

        assertEquals("\"null\" is not a project key such as PERMIT.", e.getMessage());
    }
}
