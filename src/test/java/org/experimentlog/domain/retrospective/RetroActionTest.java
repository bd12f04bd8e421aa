package org.experimentlog.domain.retrospective;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.testing.Users;
import org.junit.Test;

public class RetroActionTest {

    @Test
    public void constructor_shouldTrimTheTextAndKeepOwnerAndDueDate_whenGiven() {
        RetroAction target =
                new RetroAction(
                        null,
                        " Ask the supplier for a test API. ",
                        Users.JOOST,
                        LocalDate.of(2025, 7, 31),
                        false);

        assertEquals("Ask the supplier for a test API.", target.text());
        assertEquals(Optional.of(Users.JOOST), target.ownerIfAny());
        assertEquals(Optional.of(LocalDate.of(2025, 7, 31)), target.dueIfAny());
    }

    @Test
    public void constructor_shouldHaveNoOwnerOrDueDate_whenNoneAreGiven() {
        RetroAction target = new RetroAction(null, "Share the failure story.", null, null, false);

        assertEquals(Optional.empty(), target.ownerIfAny());
        assertEquals(Optional.empty(), target.dueIfAny());
    }

    @Test
    public void constructor_shouldRequireText_whenTheTextIsBlank() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new RetroAction(null, "  ", null, null, false));

        assertEquals("The action is required.", e.getMessage());
        assertEquals(Optional.of("actions.text"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheTextIsLongerThan1000() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                new RetroAction(
                                        null,
                                        "x".repeat(RetroAction.TEXT_MAX + 1),
                                        null,
                                        null,
                                        false));

        assertEquals(
                "The action can have at most 1,000 characters; this has 1,001.", e.getMessage());
    }

    @Test
    public void retrospectiveId_shouldRefuse_whenZero() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new RetrospectiveId(0));

        assertEquals("The id of a retrospective must be positive.", e.getMessage());
        assertEquals(Optional.of("id"), e.field());
    }

    @Test
    public void actionId_shouldRefuse_whenNegative() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ActionId(-1));

        assertEquals("The id of a retrospective action must be positive.", e.getMessage());
    }

    @Test
    public void ids_shouldPrintTheNumber_whenPositive() {
        assertEquals("901", new RetrospectiveId(901).toString());
        assertEquals("31", new ActionId(31).toString());
    }
}
