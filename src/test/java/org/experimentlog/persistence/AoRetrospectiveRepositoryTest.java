package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.retrospective.ActionId;
import org.experimentlog.domain.retrospective.RetroAction;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;
import org.junit.Before;
import org.junit.Test;

public class AoRetrospectiveRepositoryTest extends RepositoryContract {
    private static final UserRef ALICE = new UserRef("alice");
    private static final UserRef BOB = new UserRef("bob");
    private static final Scope PERMITS = Scope.project(new ProjectKey("PERMIT"));
    private static final Period Q1 =
            new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

    private AoRetrospectiveRepository target;

    @Before
    public void setUp() {
        target = new AoRetrospectiveRepository(ao);
    }

    private static RetroAction action(String text) {
        return new RetroAction(null, text, null, null, false);
    }

    private Retrospective held(
            Scope scope, Period period, String title, List<RetroAction> actions) {
        return target.save(Retrospective.hold(scope, period, title, null, actions, ALICE, NOW));
    }

    @Test
    public void
            exportPage_shouldGiveTheRetrospectivesAfterTheId_byId_withTheirActions_whateverTheirScope() {
        Retrospective first = held(PERMITS, Q1, "Permits", List.of(action("one"), action("two")));
        Retrospective second = held(Scope.everything(), Q1, "Everything", List.of());
        Retrospective third = held(PERMITS, Q1, "Permits again", List.of(action("three")));

        List<Retrospective> page = target.exportPage(0, 2);
        List<Retrospective> next = target.exportPage(page.get(1).requireId().value(), 2);
        List<Retrospective> afterThird = target.exportPage(third.requireId().value(), 2);

        assertEquals(
                List.of(first.requireId(), second.requireId()),
                page.stream().map(Retrospective::requireId).toList());
        assertEquals(
                List.of("one", "two"),
                page.get(0).actions().stream().map(RetroAction::text).toList());
        assertEquals(List.of(), page.get(1).actions());
        assertEquals(
                List.of(third.requireId()), next.stream().map(Retrospective::requireId).toList());
        assertEquals(
                List.of("three"), next.get(0).actions().stream().map(RetroAction::text).toList());
        assertEquals(List.of(), afterThird);
    }

    @Test
    public void
            exportPage_shouldNeitherRepeatNorSkip_whenARetrospectiveIsHeldOrDeletedBetweenPages() {
        Retrospective first = held(PERMITS, Q1, "First", List.of());
        Retrospective second = held(PERMITS, Q1, "Second", List.of());
        Retrospective third = held(PERMITS, Q1, "Third", List.of());

        List<Retrospective> page = target.exportPage(0, 2);
        ao.deleteWithSQL(AoRetrospective.class, "ID = ?", (int) first.requireId().value());
        Retrospective later = held(PERMITS, Q1, "Later", List.of());
        List<Retrospective> next = target.exportPage(page.get(1).requireId().value(), 2);

        assertEquals(
                List.of(first.requireId(), second.requireId()),
                page.stream().map(Retrospective::requireId).toList());
        assertEquals(
                List.of(third.requireId(), later.requireId()),
                next.stream().map(Retrospective::requireId).toList());
    }

    @Test
    public void exportPage_shouldIssueTwoStatementsPerPage_for2And30Retrospectives() {
        int statementsFor2 = statementsToExport(2);
        database.clear();
        int statementsFor30 = statementsToExport(30);

        assertEquals(
                "statements for 2 vs 30 retrospectives; last ones: "
                        + database.statements().statements(),
                statementsFor2,
                statementsFor30);
        assertEquals(2, statementsFor30);
    }

    @SuppressWarnings(
            "deprecation") // flushAll empties the entity cache so the next read goes to the
    // database
    private int statementsToExport(int retrospectives) {
        tx(
                () -> {
                    for (int i = 0; i < retrospectives; i++) {
                        held(
                                i % 2 == 0 ? PERMITS : Scope.everything(),
                                Q1,
                                "Held " + i,
                                List.of(action("first " + i), action("second " + i)));
                    }
                    return null;
                });
        database.entityManager().flushAll();
        database.statements().reset();

        List<Retrospective> page = target.exportPage(0, 500);

        assertEquals(retrospectives, page.size());
        page.forEach(r -> assertEquals(2, r.actions().size()));
        return database.statements().count();
    }

    @Test
    public void exportPage_shouldRefuseALimitOutsideOneTo500() {
        assertThrows(IllegalArgumentException.class, () -> target.exportPage(0, 0));
        assertThrows(IllegalArgumentException.class, () -> target.exportPage(0, 501));
    }

    @Test
    public void save_shouldStoreEveryField_andReturnTheActionIds_whenRetrospectiveIsNew() {
        Retrospective draft =
                Retrospective.hold(
                        PERMITS,
                        Q1,
                        "Permits, first quarter",
                        "We tried too much at once.",
                        List.of(
                                new RetroAction(
                                        null,
                                        "Pilot in one district",
                                        BOB,
                                        LocalDate.of(2026, 5, 15),
                                        true),
                                action("Write down the baseline first")),
                        ALICE,
                        NOW);

        Retrospective saved = target.save(draft);

        Retrospective read = target.find(saved.requireId()).orElseThrow();
        assertEquals(1, saved.version());
        assertEquals(saved.actions(), read.actions());
        assertEquals(1, read.version());
        assertEquals(PERMITS, read.scope());
        assertEquals(Q1, read.period());
        assertEquals("Permits, first quarter", read.title());
        assertEquals("We tried too much at once.", read.notes().orElseThrow());
        assertEquals(ALICE, read.createdBy());
        assertEquals(NOW, read.createdAt());
        assertEquals(NOW, read.updatedAt());
        RetroAction pilot = read.actions().get(0);
        assertNotNull(pilot.id());
        assertEquals("Pilot in one district", pilot.text());
        assertEquals(BOB, pilot.ownerIfAny().orElseThrow());
        assertEquals(LocalDate.of(2026, 5, 15), pilot.dueIfAny().orElseThrow());
        assertTrue(pilot.done());
        RetroAction baseline = read.actions().get(1);
        assertEquals("Write down the baseline first", baseline.text());
        assertFalse(baseline.ownerIfAny().isPresent());
        assertFalse(baseline.dueIfAny().isPresent());
        assertFalse(baseline.done());
    }

    @Test
    public void save_shouldStoreNoNotesAndNoActions_whenOmitted() {
        Retrospective draft =
                Retrospective.hold(
                        Scope.everything(),
                        Q1,
                        "Everything, first quarter",
                        " ",
                        List.of(),
                        ALICE,
                        NOW);

        Retrospective saved = target.save(draft);

        Retrospective read = target.find(saved.requireId()).orElseThrow();
        assertEquals(Scope.everything(), read.scope());
        assertFalse(read.notes().isPresent());
        assertEquals(List.of(), read.actions());
    }

    @Test
    public void save_shouldReplaceTheActions_andKeepTheirOrder_whenRevised() {
        Retrospective stored =
                held(PERMITS, Q1, "Permits", List.of(action("old one"), action("old two")));
        ActionId oldId = stored.actions().get(0).id();
        Retrospective revised =
                stored.revise(
                        "Permits, revised",
                        "notes added",
                        List.of(action("new three"), stored.actions().get(1), action("new one")),
                        NOW.plusSeconds(3600));

        Retrospective saved = target.save(revised);

        Retrospective read = target.find(stored.requireId()).orElseThrow();
        assertEquals(2, saved.version());
        assertEquals(2, read.version());
        assertEquals(saved.actions(), read.actions());
        assertEquals(
                List.of("new three", "old two", "new one"),
                read.actions().stream().map(RetroAction::text).toList());
        assertFalse(read.actions().stream().anyMatch(a -> a.id().equals(oldId)));
        assertEquals(3, ao.count(AoRetroAction.class));
        assertEquals("Permits, revised", read.title());
        assertEquals("notes added", read.notes().orElseThrow());
        assertEquals(NOW.plusSeconds(3600), read.updatedAt());
        assertEquals(NOW, read.createdAt());
    }

    @Test
    public void
            save_shouldRaiseStaleVersion_andKeepTheFirstWrite_whenTwoWritersUseTheSameVersion() {
        Retrospective stored = held(PERMITS, Q1, "Permits", List.of(action("kept")));
        target.save(stored.revise("First writer", null, List.of(action("first")), NOW));

        assertThrows(
                StaleVersionException.class,
                () ->
                        target.save(
                                stored.revise(
                                        "Second writer", null, List.of(action("second")), NOW)));

        Retrospective read = target.find(stored.requireId()).orElseThrow();
        assertEquals("First writer", read.title());
        assertEquals(List.of("first"), read.actions().stream().map(RetroAction::text).toList());
        assertEquals(2, read.version());
    }

    @Test
    public void save_shouldRaiseStaleVersion_whenTheRetrospectiveChangedTwiceSinceItWasRead() {
        Retrospective stored = held(PERMITS, Q1, "Permits", List.of());
        Retrospective second = target.save(stored.revise("Second", null, List.of(), NOW));
        target.save(second.revise("Third", null, List.of(action("third")), NOW));

        assertThrows(
                StaleVersionException.class,
                () -> target.save(stored.revise("Late writer", null, List.of(), NOW)));

        Retrospective read = target.find(stored.requireId()).orElseThrow();
        assertEquals("Third", read.title());
        assertEquals(List.of("third"), read.actions().stream().map(RetroAction::text).toList());
    }

    @Test
    public void find_shouldBeEmpty_whenNoRetrospectiveHasTheId() {
        held(PERMITS, Q1, "Permits", List.of());

        boolean found = target.find(new RetrospectiveId(999_999)).isPresent();

        assertFalse(found);
    }

    @Test
    public void listFor_shouldListThatScopeNewestPeriodFirst_whenOtherScopesHaveRetrospectives() {
        Retrospective q1 = held(PERMITS, Q1, "Q1", List.of(action("q1 action")));
        Retrospective q3 =
                held(PERMITS, Period.quarterOf(LocalDate.of(2026, 8, 1)), "Q3", List.of());
        Retrospective q2 =
                held(
                        PERMITS,
                        Period.quarterOf(LocalDate.of(2026, 5, 1)),
                        "Q2",
                        List.of(action("q2 first"), action("q2 second")));
        Retrospective q2Again =
                held(PERMITS, Period.quarterOf(LocalDate.of(2026, 5, 1)), "Q2 again", List.of());
        held(Scope.project(new ProjectKey("MOVE")), Q1, "Other project", List.of(action("other")));
        held(Scope.department(new DepartmentId(1)), Q1, "A department", List.of());

        List<Retrospective> listed = target.listFor(PERMITS);

        assertEquals(
                List.of(q3.requireId(), q2Again.requireId(), q2.requireId(), q1.requireId()),
                listed.stream().map(Retrospective::requireId).toList());
        assertEquals(q2.actions(), listed.get(2).actions());
        assertEquals(q1.actions(), listed.get(3).actions());
        assertEquals(List.of(), listed.get(0).actions());
    }

    @Test
    public void listFor_shouldListOnlyRetrospectivesOfThatKind_whenIdsAreEqual() {
        Retrospective ofDepartment =
                held(Scope.department(new DepartmentId(7)), Q1, "Department 7", List.of());
        held(Scope.outcome(new OutcomeId(7)), Q1, "Outcome 7", List.of());

        List<Retrospective> listed = target.listFor(Scope.department(new DepartmentId(7)));

        assertEquals(
                List.of(ofDepartment.requireId()),
                listed.stream().map(Retrospective::requireId).toList());
    }

    @Test
    public void listFor_shouldListRetrospectivesHeldOnEverything_whenScopeIsEverything() {
        Retrospective everything =
                held(Scope.everything(), Q1, "Everything", List.of(action("all")));
        held(PERMITS, Q1, "Permits", List.of());

        List<Retrospective> listed = target.listFor(Scope.everything());

        assertEquals(
                List.of(everything.requireId()),
                listed.stream().map(Retrospective::requireId).toList());
        assertEquals(everything.actions(), listed.get(0).actions());
    }

    @Test
    public void listFor_shouldIssueTheSameNumberOfStatements_whenListing2Or30Retrospectives() {
        int statementsFor2 = statementsToList(2);
        database.clear();
        int statementsFor30 = statementsToList(30);

        assertEquals(
                "statements for 2 vs 30 retrospectives; last ones: "
                        + database.statements().statements(),
                statementsFor2,
                statementsFor30);
        assertEquals(2, statementsFor30);
    }

    private int statementsToList(int retrospectives) {
        tx(
                () -> {
                    for (int i = 0; i < retrospectives; i++) {
                        held(
                                PERMITS,
                                Period.quarterOf(LocalDate.of(2020, 1, 1).plusMonths(3L * i)),
                                "Quarter " + i,
                                List.of(action("first " + i), action("second " + i)));
                    }
                    return null;
                });
        database.statements().reset();

        List<Retrospective> listed = target.listFor(PERMITS);

        assertEquals(retrospectives, listed.size());
        listed.forEach(r -> assertEquals(2, r.actions().size()));
        assertNotEquals(listed.get(0).actions().get(0).id(), listed.get(1).actions().get(0).id());
        return database.statements().count();
    }
}
