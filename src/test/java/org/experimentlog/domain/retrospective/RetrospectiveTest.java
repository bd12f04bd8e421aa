package org.experimentlog.domain.retrospective;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

public class RetrospectiveTest {
    private static final Instant NOW = Instant.parse("2025-07-03T15:00:00Z");
    private static final Instant LATER = Instant.parse("2025-07-04T09:00:00Z");

    private Scope scope;
    private Period period;
    private String title;
    private String notes;
    private List<RetroAction> actions;

    @Before
    public void setUp() {
        scope = Scope.project(new ProjectKey("PERMIT"));
        period = Period.quarterOf(LocalDate.of(2025, 6, 1));
        title = "Parking permits, second quarter";
        notes = "Two experiments concluded, one abandoned.";
        actions =
                List.of(
                        new RetroAction(
                                null,
                                "Ask the supplier for a test API.",
                                Users.JOOST,
                                LocalDate.of(2025, 7, 31),
                                false));
    }

    private Retrospective hold() {
        return Retrospective.hold(scope, period, title, notes, actions, Users.MARIA, NOW);
    }

    @Test
    public void hold_shouldKeepScopePeriodAndActions_whenValid() {
        Retrospective target = hold();

        assertEquals(scope, target.scope());
        assertEquals(period, target.period());
        assertEquals(title, target.title());
        assertEquals(Optional.of(notes), target.notes());
        assertEquals(actions, target.actions());
        assertEquals(NOW, target.createdAt());
        assertEquals(NOW, target.updatedAt());
        assertEquals(Optional.empty(), target.id());
        assertEquals(0, target.version());
    }

    @Test
    public void hold_shouldRequireATitle_whenTheTitleIsBlank() {
        title = " ";

        InvalidInputException e = assertThrows(InvalidInputException.class, this::hold);

        assertEquals("The title is required.", e.getMessage());
        assertEquals(Optional.of("title"), e.field());
    }

    @Test
    public void hold_shouldRefuse_whenTheTitleIsLongerThan200() {
        title = "x".repeat(Retrospective.TITLE_MAX + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::hold);

        assertEquals("The title can have at most 200 characters; this has 201.", e.getMessage());
    }

    @Test
    public void hold_shouldRequireAScope_whenTheScopeIsNull() {
        scope = null;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::hold);

        assertEquals("The scope is required.", e.getMessage());
        assertEquals(Optional.of("scope"), e.field());
    }

    @Test
    public void hold_shouldRequireAPeriod_whenThePeriodIsNull() {
        period = null;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::hold);

        assertEquals("The period is required.", e.getMessage());
        assertEquals(Optional.of("period"), e.field());
    }

    @Test
    public void hold_shouldHaveNoNotes_whenTheNotesAreBlank() {
        notes = "  ";

        Retrospective target = hold();

        assertEquals(Optional.empty(), target.notes());
    }

    @Test
    public void hold_shouldAcceptFiftyThousandCharactersOfNotes_whenAtTheMaximum() {
        notes = "n".repeat(Retrospective.NOTES_MAX);

        Retrospective target = hold();

        assertEquals(50_000, target.notes().orElseThrow().length());
    }

    @Test
    public void hold_shouldRefuse_whenTheNotesAreLongerThanFiftyThousand() {
        notes = "n".repeat(Retrospective.NOTES_MAX + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::hold);

        assertEquals(
                "The notes can have at most 50,000 characters; this has 50,001.", e.getMessage());
        assertEquals(Optional.of("notes"), e.field());
    }

    @Test
    public void hold_shouldAcceptAHundredActions_whenAtTheMaximum() {
        actions = actions(Retrospective.MAX_ACTIONS);

        Retrospective target = hold();

        assertEquals(100, target.actions().size());
    }

    @Test
    public void hold_shouldRefuse_whenThereAreAHundredAndOneActions() {
        actions = actions(Retrospective.MAX_ACTIONS + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, this::hold);

        assertEquals("A retrospective can have at most 100 actions.", e.getMessage());
        assertEquals(Optional.of("actions"), e.field());
    }

    @Test
    public void actions_shouldNotFollowTheCallersList_whenItChangesLater() {
        List<RetroAction> mutable = new ArrayList<>(actions);
        actions = mutable;
        Retrospective target = hold();

        mutable.add(new RetroAction(null, "Another action.", null, null, false));

        assertEquals(1, target.actions().size());
    }

    @Test
    public void revise_shouldKeepScopePeriodAndCreation_whenRevised() {
        Retrospective target = hold().storedAs(new RetrospectiveId(901), List.of(), 2);

        Retrospective result = target.revise("Q2 review", null, actions, LATER);

        assertEquals(new RetrospectiveId(901), result.requireId());
        assertEquals(scope, result.scope());
        assertEquals(period, result.period());
        assertEquals(NOW, result.createdAt());
        assertEquals(LATER, result.updatedAt());
        assertEquals(2, result.version());
        assertEquals("Q2 review", result.title());
    }

    @Test
    public void storedAs_shouldTakeIdStoredActionsAndVersion_whenStored() {
        List<RetroAction> stored =
                List.of(
                        new RetroAction(
                                new ActionId(31),
                                "Ask the supplier for a test API.",
                                Users.JOOST,
                                null,
                                false));

        Retrospective result = hold().storedAs(new RetrospectiveId(901), stored, 1);

        assertEquals(stored, result.actions());
        assertEquals(1, result.version());
    }

    @Test
    public void requireId_shouldSayNotStored_whenTheRetrospectiveHasNoId() {
        Retrospective target = hold();

        NullPointerException e = assertThrows(NullPointerException.class, target::requireId);

        assertEquals("The retrospective is not stored yet", e.getMessage());
    }

    private static List<RetroAction> actions(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new RetroAction(null, "Action " + i, null, null, false))
                .collect(Collectors.toList());
    }
}
