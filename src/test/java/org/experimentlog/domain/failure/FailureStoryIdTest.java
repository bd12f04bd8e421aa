package org.experimentlog.domain.failure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.junit.Test;

public class FailureStoryIdTest {

    @Test
    public void constructor_shouldRefuse_whenZero() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new FailureStoryId(0));

        assertEquals("The id of a failure story must be positive.", e.getMessage());
        assertEquals(Optional.of("id"), e.field());
    }

    @Test
    public void toString_shouldBeTheNumber_whenPositive() {
        assertEquals("501", new FailureStoryId(501).toString());
    }
}
