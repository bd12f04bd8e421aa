package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.experimentlog.app.port.OutcomeWithLatest;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.OutcomeStatus;
import org.experimentlog.domain.outcome.Reference;
import org.experimentlog.persistence.upgrade.v1.Upgrade1LatestMeasurement;
import org.junit.Before;
import org.junit.Test;

public class AoOutcomeRepositoryTest extends RepositoryContract {
    private static final UserRef ALICE = new UserRef("alice");
    private static final UserRef BOB = new UserRef("bob");
    private static final LocalDate BASELINE_DAY = LocalDate.of(2026, 1, 1);
    private static final LocalDate TARGET_DAY = LocalDate.of(2026, 12, 31);
    private static final DepartmentId PRODUCT = new DepartmentId(4);

    private AoOutcomeRepository target;

    @Before
    public void setUp() {
        target = new AoOutcomeRepository(ao);
    }

    private static Outcome completion(String title) {
        return Outcome.define(
                title,
                "Residents who finish an application they started online",
                Metric.preset(MetricKind.COMPLETION_RATE),
                new Reference(61.5, BASELINE_DAY),
                new Reference(75.25, TARGET_DAY),
                PRODUCT,
                ALICE,
                NOW);
    }

    private Outcome stored(String title) {
        return target.save(completion(title));
    }

    private Measurement measure(
            Outcome outcome, double value, LocalDate day, String note, UserRef by) {
        return target.add(
                Measurement.record(outcome, value, day, note, by, NOW, LocalDate.of(2026, 12, 31)));
    }

    @Test
    public void save_shouldStoreEveryField_whenOutcomeIsNew() {
        Outcome draft = completion("Online permit completion");

        Outcome saved = target.save(draft);

        Outcome read = target.find(saved.requireId()).orElseThrow();
        assertEquals(1, saved.version());
        assertEquals(1, read.version());
        assertEquals("Online permit completion", read.title());
        assertEquals(
                "Residents who finish an application they started online",
                read.description().orElseThrow());
        assertEquals(
                new Metric(MetricKind.COMPLETION_RATE, "%", Direction.HIGHER_IS_BETTER),
                read.metric());
        assertEquals(new Reference(61.5, BASELINE_DAY), read.baseline());
        assertEquals(new Reference(75.25, TARGET_DAY), read.target());
        assertEquals(PRODUCT, read.owner());
        assertEquals(OutcomeStatus.ACTIVE, read.status());
        assertEquals(ALICE, read.createdBy());
        assertEquals(NOW, read.createdAt());
    }

    @Test
    public void save_shouldStoreNoDescription_andACustomMetric_whenDescriptionIsBlank() {
        Outcome draft =
                Outcome.define(
                        "Waiting time at the desk",
                        "  ",
                        new Metric(MetricKind.CUSTOM, "seconds", Direction.LOWER_IS_BETTER),
                        new Reference(-2.5, BASELINE_DAY),
                        new Reference(-40, TARGET_DAY),
                        PRODUCT,
                        ALICE,
                        NOW);

        Outcome saved = target.save(draft);

        Outcome read = target.find(saved.requireId()).orElseThrow();
        assertFalse(read.description().isPresent());
        assertEquals(
                new Metric(MetricKind.CUSTOM, "seconds", Direction.LOWER_IS_BETTER), read.metric());
        assertEquals(-2.5, read.baseline().value(), 0);
        assertEquals(-40, read.target().value(), 0);
    }

    @Test
    public void save_shouldStoreTheRedefinition_andKeepTheCreator_whenUpdated() {
        Outcome stored = stored("Online permit completion");
        Outcome redefined =
                stored.redefine(
                        "Permit completion",
                        null,
                        Metric.preset(MetricKind.SATISFACTION),
                        new Reference(70, LocalDate.of(2026, 2, 1)),
                        new Reference(90, LocalDate.of(2027, 2, 1)),
                        new DepartmentId(9),
                        OutcomeStatus.PAUSED);

        Outcome saved = target.save(redefined);

        Outcome read = target.find(stored.requireId()).orElseThrow();
        assertEquals(2, saved.version());
        assertEquals(2, read.version());
        assertEquals("Permit completion", read.title());
        assertFalse(read.description().isPresent());
        assertEquals(Metric.preset(MetricKind.SATISFACTION), read.metric());
        assertEquals(new Reference(70, LocalDate.of(2026, 2, 1)), read.baseline());
        assertEquals(new Reference(90, LocalDate.of(2027, 2, 1)), read.target());
        assertEquals(new DepartmentId(9), read.owner());
        assertEquals(OutcomeStatus.PAUSED, read.status());
        assertEquals(ALICE, read.createdBy());
        assertEquals(NOW, read.createdAt());
    }

    @Test
    public void
            save_shouldRaiseStaleVersion_andKeepTheFirstWrite_whenTwoWritersUseTheSameVersion() {
        Outcome stored = stored("Online permit completion");
        target.save(
                stored.redefine(
                        "first writer",
                        null,
                        stored.metric(),
                        stored.baseline(),
                        stored.target(),
                        stored.owner(),
                        stored.status()));

        assertThrows(
                StaleVersionException.class,
                () ->
                        target.save(
                                stored.redefine(
                                        "second writer",
                                        null,
                                        stored.metric(),
                                        stored.baseline(),
                                        stored.target(),
                                        stored.owner(),
                                        stored.status())));

        Outcome read = target.find(stored.requireId()).orElseThrow();
        assertEquals("first writer", read.title());
        assertEquals(2, read.version());
    }

    @Test
    public void save_shouldRaiseStaleVersion_whenTheOutcomeChangedTwiceSinceItWasRead() {
        Outcome stored = stored("Online permit completion");
        Outcome second =
                target.save(
                        stored.redefine(
                                "second",
                                null,
                                stored.metric(),
                                stored.baseline(),
                                stored.target(),
                                stored.owner(),
                                stored.status()));
        target.save(
                second.redefine(
                        "third",
                        null,
                        stored.metric(),
                        stored.baseline(),
                        stored.target(),
                        stored.owner(),
                        stored.status()));

        assertThrows(
                StaleVersionException.class,
                () ->
                        target.save(
                                stored.redefine(
                                        "late writer",
                                        null,
                                        stored.metric(),
                                        stored.baseline(),
                                        stored.target(),
                                        stored.owner(),
                                        stored.status())));

        assertEquals("third", target.find(stored.requireId()).orElseThrow().title());
    }

    @Test
    public void save_shouldRaiseNotFound_whenTheOutcomeWasDeleted() {
        Outcome stored = stored("Online permit completion");
        ao.deleteWithSQL(AoOutcome.class, "ID = ?", (int) stored.requireId().value());

        NotFoundException e = assertThrows(NotFoundException.class, () -> target.save(stored));

        assertEquals("Could not save the outcome: it was deleted.", e.getMessage());
    }

    @Test
    public void find_shouldBeEmpty_whenNoOutcomeHasTheId() {
        stored("Online permit completion");

        boolean found = target.find(new OutcomeId(999_999)).isPresent();

        assertFalse(found);
    }

    @Test
    public void list_shouldSortByTitleIgnoringCase_whenTitlesMixCapitals() {
        stored("completion rate");
        stored("Adoption of the app");
        stored("Zero paper forms");
        stored("Calls per week");

        List<Outcome> outcomes = target.list();

        assertEquals(
                List.of(
                        "Adoption of the app",
                        "Calls per week",
                        "completion rate",
                        "Zero paper forms"),
                outcomes.stream().map(Outcome::title).toList());
    }

    @Test
    public void findAll_shouldReturnTheOutcomesThatExist_whenSomeIdsAreUnknown() {
        Outcome first = stored("First");
        stored("Not asked for");
        Outcome third = stored("Third");

        Map<OutcomeId, Outcome> found =
                target.findAll(
                        List.of(
                                third.requireId(),
                                new OutcomeId(999_999),
                                first.requireId(),
                                first.requireId()));

        assertEquals(Set.of(first.requireId(), third.requireId()), found.keySet());
        assertEquals("First", found.get(first.requireId()).title());
        assertEquals("Third", found.get(third.requireId()).title());
    }

    @Test
    public void findAll_shouldQueryNothing_whenNoIdsAreGiven() {
        stored("First");
        database.statements().reset();

        Map<OutcomeId, Outcome> found = target.findAll(List.of());

        assertEquals(Map.of(), found);
        assertEquals(0, database.statements().count());
    }

    @Test
    public void findAll_shouldIssueOneStatement_whenFinding3Or60Outcomes() {
        int statementsFor3 = statementsToFindAll(3);
        database.clear();
        int statementsFor60 = statementsToFindAll(60);

        assertEquals(
                "statements for 3 vs 60 outcomes; last ones: " + database.statements().statements(),
                statementsFor3,
                statementsFor60);
        assertEquals(1, statementsFor60);
    }

    private int statementsToFindAll(int outcomes) {
        List<OutcomeId> ids = tx(() -> storedOutcomes(outcomes));
        database.statements().reset();

        Map<OutcomeId, Outcome> found = target.findAll(ids);

        assertEquals(outcomes, found.size());
        found.values().forEach(o -> assertEquals(PRODUCT, o.owner()));
        return database.statements().count();
    }

    private List<OutcomeId> storedOutcomes(int count) {
        List<OutcomeId> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Outcome outcome = stored("Outcome " + i);
            measure(outcome, 62, LocalDate.of(2026, 2, 1), null, ALICE);
            measure(outcome, 60 + i / 2.0, LocalDate.of(2026, 3, 1), "month " + i, ALICE);
            ids.add(outcome.requireId());
        }
        return ids;
    }

    @Test
    public void add_shouldStoreEveryField_whenMeasurementIsNew() {
        Outcome outcome = stored("Online permit completion");

        Measurement saved =
                measure(
                        outcome,
                        63.75,
                        LocalDate.of(2026, 2, 28),
                        "Analytics export, February",
                        BOB);

        Measurement read = target.measurementsOf(outcome.requireId()).get(0);
        assertEquals(saved.id(), read.id());
        assertEquals(outcome.requireId(), read.outcomeId());
        assertEquals(63.75, read.value(), 0);
        assertEquals(LocalDate.of(2026, 2, 28), read.measuredOn());
        assertEquals("Analytics export, February", read.note());
        assertEquals(BOB, read.recordedBy());
        assertEquals(NOW, read.recordedAt());
    }

    @Test
    public void add_shouldStoreNoNote_whenNoteIsBlank() {
        Outcome outcome = stored("Online permit completion");

        measure(outcome, 63, LocalDate.of(2026, 2, 28), " ", BOB);

        assertNull(target.measurementsOf(outcome.requireId()).get(0).note());
    }

    @Test
    public void measurementsOf_shouldListOnlyThatOutcomeOldestDayFirst_whenRecordedOutOfOrder() {
        Outcome outcome = stored("Online permit completion");
        Outcome other = stored("Other");
        measure(outcome, 3, LocalDate.of(2026, 3, 1), "march", ALICE);
        measure(outcome, 1, LocalDate.of(2026, 1, 1), "january", ALICE);
        measure(other, 9, LocalDate.of(2026, 2, 1), "other", ALICE);
        Measurement february =
                measure(outcome, 2, LocalDate.of(2026, 2, 1), "february, first", ALICE);
        // one measurement per day: a correction changes the first, it does not add a second
        target.correct(
                new Measurement(
                        february.id(),
                        february.outcomeId(),
                        2.5,
                        february.measuredOn(),
                        "february, corrected",
                        ALICE,
                        NOW));

        List<Measurement> measurements = target.measurementsOf(outcome.requireId());

        assertEquals(
                List.of("january", "february, corrected", "march"),
                measurements.stream().map(Measurement::note).toList());
    }

    @Test
    public void eachMeasurement_shouldStreamEveryFieldByOutcomeThenOldestDay_inOneStatement() {
        Outcome first = stored("Online permit completion");
        Outcome second = stored("Other");
        measure(second, 9, LocalDate.of(2026, 2, 1), "other", ALICE);
        measure(first, 3, LocalDate.of(2026, 3, 1), "march", BOB);
        measure(first, 1, LocalDate.of(2026, 1, 1), null, ALICE);
        database.statements().reset();
        List<Measurement> streamed = new ArrayList<>();

        target.eachMeasurement(streamed::add);

        assertEquals(1, database.statements().count());
        assertEquals(
                List.of(first.requireId(), first.requireId(), second.requireId()),
                streamed.stream().map(Measurement::outcomeId).toList());
        Measurement march = streamed.get(1);
        assertEquals(3, march.value(), 0);
        assertEquals(LocalDate.of(2026, 3, 1), march.measuredOn());
        assertEquals("march", march.note());
        assertEquals(BOB, march.recordedBy());
        assertEquals(NOW, march.recordedAt());
        assertNull(streamed.get(0).note());
        assertEquals(target.measurementsOf(first.requireId()), streamed.subList(0, 2));
    }

    @Test
    public void latestMeasurements_shouldPickTheLatestDayPerOutcome_whenSomeOutcomesHaveNone() {
        Outcome permits = stored("Permits");
        Outcome calls = stored("Calls");
        Outcome unmeasured = stored("Not measured yet");
        measure(permits, 70, LocalDate.of(2026, 3, 1), "permits, march", ALICE);
        measure(permits, 65, LocalDate.of(2026, 4, 1), "permits, april", ALICE);
        measure(permits, 60, LocalDate.of(2026, 2, 1), "permits, february, recorded last", ALICE);
        Measurement may = measure(calls, 64, LocalDate.of(2026, 5, 1), "calls, may", ALICE);
        target.correct(
                new Measurement(
                        may.id(),
                        may.outcomeId(),
                        66,
                        may.measuredOn(),
                        "calls, may, corrected",
                        ALICE,
                        NOW));

        Map<OutcomeId, Measurement> latest =
                target.latestMeasurements(
                        List.of(permits.requireId(), calls.requireId(), unmeasured.requireId()));

        assertEquals(Set.of(permits.requireId(), calls.requireId()), latest.keySet());
        assertEquals("permits, april", latest.get(permits.requireId()).note());
        assertEquals("calls, may, corrected", latest.get(calls.requireId()).note());
    }

    /**
     * The measurements the outcome rows point at, joined to them: one row each, however many there
     * are.
     */
    @Test
    public void latestMeasurements_shouldIssueOneStatement_whenAskedFor3Or60Outcomes() {
        int statementsFor3 = statementsForLatest(3);
        database.clear();
        int statementsFor60 = statementsForLatest(60);

        assertEquals(
                "statements for 3 vs 60 outcomes; last ones: " + database.statements().statements(),
                statementsFor3,
                statementsFor60);
        assertEquals(1, statementsFor60);
    }

    /**
     * May is added first but committed only after April's transaction has started adding. Whatever
     * the database makes of that (the second waits for the first, or, at the serializable isolation
     * these tests' transactions use, one of them is rolled back), the outcome must point at the
     * latest measurement that was stored.
     */
    @Test
    public void
            latestMeasurements_shouldKeepTheLatest_whenTwoTransactionsAddToTheSameOutcomeAtOnce()
                    throws Exception {
        Outcome outcome = stored("Permits");
        CountDownLatch mayAdded = new CountDownLatch(1);
        CountDownLatch aprilStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int stored = 0;
        try {
            Future<?> may =
                    threads.submit(
                            () ->
                                    tx(
                                            () -> {
                                                measure(
                                                        outcome,
                                                        70,
                                                        LocalDate.of(2026, 5, 1),
                                                        "may",
                                                        ALICE);
                                                mayAdded.countDown();
                                                await(aprilStarted);
                                                sleep(300);
                                                return null;
                                            }));
            Future<?> april =
                    threads.submit(
                            () ->
                                    tx(
                                            () -> {
                                                await(mayAdded);
                                                aprilStarted.countDown();
                                                return measure(
                                                        outcome,
                                                        65,
                                                        LocalDate.of(2026, 4, 1),
                                                        "april",
                                                        BOB);
                                            }));
            for (Future<?> add : List.of(may, april)) {
                try {
                    add.get(30, TimeUnit.SECONDS);
                    stored++;
                } catch (ExecutionException rolledBack) {
                    // the database refused one of the two; the other must still be right
                }
            }
        } finally {
            threads.shutdownNow();
        }

        List<Measurement> measurements = target.measurementsOf(outcome.requireId());
        Map<OutcomeId, Measurement> latest =
                target.latestMeasurements(List.of(outcome.requireId()));

        assertEquals(stored, measurements.size());
        assertTrue("at least one of the two adds is stored", stored >= 1);
        assertEquals(
                measurements.get(measurements.size() - 1).note(),
                latest.get(outcome.requireId()).note());
    }

    /** The value and day the outcome's row holds as its latest, as the issue panel reads them. */
    private List<Object> latestOnTheRow(Outcome outcome) {
        OutcomeWithLatest read =
                target.findAllWithLatest(List.of(outcome.requireId())).get(outcome.requireId());
        return Arrays.asList(read.latestValue().orElse(null), read.latestOn().orElse(null));
    }

    @Test
    public void
            findAllWithLatest_shouldHoldTheLatestValueAndDay_afterAddsACorrectionAndADeletion() {
        Outcome permits = stored("Permits");
        Outcome unmeasured = stored("Not measured yet");
        measure(permits, 70, LocalDate.of(2026, 3, 1), "march", ALICE);
        Measurement april = measure(permits, 65, LocalDate.of(2026, 4, 1), "april", ALICE);
        measure(permits, 60, LocalDate.of(2026, 2, 1), "february, recorded last", ALICE);
        assertEquals(Arrays.asList(65.0, LocalDate.of(2026, 4, 1)), latestOnTheRow(permits));

        target.correct(
                new Measurement(
                        april.id(),
                        april.outcomeId(),
                        67,
                        april.measuredOn(),
                        "april, corrected",
                        ALICE,
                        NOW));
        assertEquals(Arrays.asList(67.0, LocalDate.of(2026, 4, 1)), latestOnTheRow(permits));
        target.delete(april.storedId().orElseThrow());

        assertEquals(Arrays.asList(70.0, LocalDate.of(2026, 3, 1)), latestOnTheRow(permits));
        assertEquals(Arrays.asList(null, null), latestOnTheRow(unmeasured));
        List<OutcomeWithLatest> all = target.listWithLatest();
        assertEquals(
                List.of("Not measured yet", "Permits"),
                all.stream().map(o -> o.outcome().title()).toList());
        assertEquals(Optional.of(70.0), all.get(1).latestValue());
    }

    @Test
    public void findAllWithLatest_shouldIssueOneStatement_whenFinding3Or60Outcomes() {
        List<OutcomeId> three = tx(() -> storedOutcomes(3));
        database.statements().reset();
        assertEquals(3, target.findAllWithLatest(three).size());
        int statementsFor3 = database.statements().count();
        database.clear();
        List<OutcomeId> sixty = tx(() -> storedOutcomes(60));
        database.statements().reset();

        Map<OutcomeId, OutcomeWithLatest> found = target.findAllWithLatest(sixty);

        assertEquals(1, database.statements().count());
        assertEquals(1, statementsFor3);
        assertEquals(Optional.of(60.0 + 60 / 2.0), found.get(sixty.get(59)).latestValue());
    }

    /**
     * The latest measurement is corrected in a transaction that commits only after another has
     * started adding a later one. Whatever the database makes of that (the second waits for the
     * first, or one of them is rolled back), the outcome row must hold the value and day of the
     * latest measurement that was stored.
     */
    @Test
    public void findAllWithLatest_shouldHoldTheLatest_whenACorrectionAndAnAddMeetOnTheSameOutcome()
            throws Exception {
        Outcome outcome = stored("Permits");
        Measurement may = measure(outcome, 70, LocalDate.of(2026, 5, 1), "may", ALICE);
        CountDownLatch corrected = new CountDownLatch(1);
        CountDownLatch juneStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> correction =
                    threads.submit(
                            () ->
                                    tx(
                                            () -> {
                                                target.correct(
                                                        new Measurement(
                                                                may.id(),
                                                                may.outcomeId(),
                                                                72,
                                                                may.measuredOn(),
                                                                "may, corrected",
                                                                ALICE,
                                                                NOW));
                                                corrected.countDown();
                                                await(juneStarted);
                                                sleep(300);
                                                return null;
                                            }));
            Future<?> june =
                    threads.submit(
                            () ->
                                    tx(
                                            () -> {
                                                await(corrected);
                                                juneStarted.countDown();
                                                return measure(
                                                        outcome,
                                                        80,
                                                        LocalDate.of(2026, 6, 1),
                                                        "june",
                                                        BOB);
                                            }));
            for (Future<?> write : List.of(correction, june)) {
                try {
                    write.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException rolledBack) {
                    // the database refused one of the two; the other must still be right
                }
            }
        } finally {
            threads.shutdownNow();
        }

        List<Measurement> measurements = target.measurementsOf(outcome.requireId());
        Measurement last = measurements.get(measurements.size() - 1);

        assertEquals(Arrays.asList(last.value(), last.measuredOn()), latestOnTheRow(outcome));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction did not get there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void
            upgrade_shouldGiveOutcomesMeasuredBeforeTheColumnTheirLatest_andLeaveTheUnmeasuredWithout() {
        Outcome permits = stored("Permits");
        Outcome calls = stored("Calls");
        Outcome unmeasured = stored("Not measured yet");
        measure(permits, 65, LocalDate.of(2026, 4, 1), "permits, april", ALICE);
        measure(permits, 60, LocalDate.of(2026, 2, 1), "permits, february", ALICE);
        Measurement may = measure(calls, 64, LocalDate.of(2026, 5, 1), "calls, may", ALICE);
        target.correct(
                new Measurement(
                        may.id(),
                        may.outcomeId(),
                        66,
                        may.measuredOn(),
                        "calls, may, corrected",
                        ALICE,
                        NOW));
        // as the rows were before the column existed
        for (AoOutcome row : ao.find(AoOutcome.class)) {
            row.setLatestMeasurementId(null);
            row.save();
        }
        List<OutcomeId> ids =
                List.of(permits.requireId(), calls.requireId(), unmeasured.requireId());
        assertEquals(Map.of(), target.latestMeasurements(ids));

        new Upgrade1LatestMeasurement().upgrade(ModelVersion.valueOf("0"), ao);
        new Upgrade1LatestMeasurement().upgrade(ModelVersion.valueOf("0"), ao);

        Map<OutcomeId, Measurement> latest = target.latestMeasurements(ids);
        assertEquals(Set.of(permits.requireId(), calls.requireId()), latest.keySet());
        assertEquals("permits, april", latest.get(permits.requireId()).note());
        assertEquals("calls, may, corrected", latest.get(calls.requireId()).note());
        assertNull(
                ao.get(AoOutcome.class, (int) unmeasured.requireId().value())
                        .getLatestMeasurementId());
    }

    @Test
    public void add_shouldRaiseNotFound_andStoreNothing_whenTheOutcomeWasDeleted() {
        Outcome outcome = stored("Permits");
        ao.deleteWithSQL(AoOutcome.class, "ID = ?", (int) outcome.requireId().value());

        assertThrows(
                NotFoundException.class,
                () -> measure(outcome, 65, LocalDate.of(2026, 4, 1), null, ALICE));

        assertEquals(List.of(), target.measurementsOf(outcome.requireId()));
    }

    private int statementsForLatest(int outcomes) {
        List<OutcomeId> ids = tx(() -> storedOutcomes(outcomes));
        database.statements().reset();

        Map<OutcomeId, Measurement> latest = target.latestMeasurements(ids);

        assertEquals(outcomes, latest.size());
        assertEquals(60.0 + outcomes / 2.0, latest.get(ids.get(outcomes - 1)).value(), 0);
        return database.statements().count();
    }
}
