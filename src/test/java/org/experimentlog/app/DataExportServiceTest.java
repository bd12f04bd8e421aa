package org.experimentlog.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.RetrospectiveRepository;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.FailureStories;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.Outcomes;
import org.experimentlog.testing.RecordingTransactions;
import org.experimentlog.testing.Retrospectives;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class DataExportServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final AppSettings SETTINGS = new AppSettings(false, true, null, 0.9, 3);

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private SettingsRepository settings;
    @Mock private DepartmentRepository departments;
    @Mock private OutcomeRepository outcomes;
    @Mock private ExperimentRepository experiments;
    @Mock private FailureStoryRepository stories;
    @Mock private RetrospectiveRepository retrospectives;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;

    private final List<String> written = new ArrayList<>();
    private final NavigableMap<Long, ExperimentRecord> experimentRows = new TreeMap<>();
    private final NavigableMap<Long, FailureStory> storyRows = new TreeMap<>();
    private final NavigableMap<Long, Retrospective> retrospectiveRows = new TreeMap<>();
    private final List<Long> experimentIds = new ArrayList<>();
    private final List<Long> storyIds = new ArrayList<>();
    private final List<Long> retrospectiveIds = new ArrayList<>();

    /**
     * What people do while the export runs: after each full page of experiments, each page of
     * stories, each of retrospectives.
     */
    private Runnable onExperimentPage = () -> {};

    private Runnable onStories = () -> {};
    private Runnable onRetrospectives = () -> {};
    private final Map<String, List<LocalDate>> days = new HashMap<>();
    private final ExportSink sink = new RecordingSink();
    private Department technology;
    private Outcome outcome;
    private FailureStory anonymousStory;
    private DataExportService target;

    @Before
    public void setUp() {
        FixedClock clock = FixedClock.at(NOW);
        target =
                new DataExportService(
                        settings,
                        departments,
                        outcomes,
                        experiments,
                        stories,
                        retrospectives,
                        access,
                        audit,
                        clock,
                        new RecordingTransactions(),
                        new Caller(users, access, departments));
        technology = Department.stored(Departments.TECHNOLOGY, "Technology", "tech-team", 3);
        outcome = Outcomes.anOutcome().build();
        anonymousStory = FailureStories.aFailureStory().anonymous().build();
        when(users.currentUser()).thenReturn(Optional.of(Users.ADMIN));
        when(access.isAdministrator(Users.ADMIN)).thenReturn(true);
        when(settings.load()).thenReturn(SETTINGS);
        when(departments.list()).thenReturn(List.of(technology));
        when(outcomes.list()).thenReturn(List.of(outcome));
        measurements(List.of());
        experimentRows.put(
                Experiments.anExperiment().build().requireId().value(),
                new ExperimentRecord(
                        Experiments.anExperiment().build(), List.of(), List.of(), List.of()));
        storyRows.put(anonymousStory.requireId().value(), anonymousStory);
        retrospectiveRows.put(Retrospectives.ID, Retrospectives.aRetrospective().build());
        when(experiments.exportPage(anyLong(), anyInt()))
                .thenAnswer(call -> page(experimentRows, call.getArgument(0), call.getArgument(1)));
        when(stories.exportPage(anyLong(), anyInt()))
                .thenAnswer(call -> page(storyRows, call.getArgument(0), call.getArgument(1)));
        when(stories.helpedCounts(any())).thenReturn(Map.of(anonymousStory.requireId(), 2));
        when(retrospectives.exportPage(anyLong(), anyInt()))
                .thenAnswer(
                        call -> page(retrospectiveRows, call.getArgument(0), call.getArgument(1)));
    }

    /**
     * What the repositories' {@code exportPage} answers: at most {@code limit} rows after the id,
     * by id.
     */
    private static <T> List<T> page(NavigableMap<Long, T> rows, long afterId, int limit) {
        return rows.tailMap(afterId, false).values().stream().limit(limit).toList();
    }

    /** The one streamed query over every measurement hands these over, in this order. */
    private void measurements(List<Measurement> all) {
        doAnswer(
                        call -> {
                            Consumer<Measurement> each = call.getArgument(0);
                            all.forEach(each);
                            return null;
                        })
                .when(outcomes)
                .eachMeasurement(any());
    }

    private static Measurement measured(long outcome, int day) {
        return new Measurement(
                null,
                new OutcomeId(outcome),
                day,
                LocalDate.of(2026, 1, day),
                null,
                Users.MARIA,
                NOW);
    }

    @Test
    public void export_shouldWriteEverythingInTheSinksOrder_andAuditWhoExported() {
        target.export(sink);

        assertEquals(
                List.of(
                        "settings 0.9",
                        "departments 1",
                        "outcome " + outcome.title() + " 0",
                        "experiment PERMIT-12 at 0.9",
                        "stories 1 helped 2",
                        "retrospectives " + Retrospectives.TITLE + " 1",
                        "finish"),
                written);
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals(
                new AuditEntry(
                        Users.ADMIN,
                        NOW,
                        AuditedType.SETTINGS,
                        1,
                        AuditAction.EXPORTED,
                        "Exported all the app's data.",
                        AuditText.of(AuditKey.DATA_EXPORTED)),
                entry.getValue());
    }

    @Test
    public void export_shouldGiveEachOutcomeItsMeasurements_fromOneStreamedQuery_byOutcomeId() {
        Outcome first = Outcomes.anOutcome().withId(5).withTitle("Calls").build();
        Outcome unmeasured = Outcomes.anOutcome().withId(7).withTitle("Visits").build();
        Outcome third = Outcomes.anOutcome().withId(9).withTitle("Forms").build();
        when(outcomes.list()).thenReturn(List.of(third, unmeasured, first));
        measurements(
                List.of(
                        measured(5, 1),
                        measured(5, 2),
                        measured(6, 1),
                        measured(9, 3),
                        measured(12, 4)));

        target.export(sink);

        assertEquals(
                List.of("outcome Calls 2", "outcome Visits 0", "outcome Forms 1"),
                written.stream().filter(w -> w.startsWith("outcome ")).toList());
        assertEquals(
                List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)), days.get("Calls"));
        verify(outcomes).eachMeasurement(any());
        verify(outcomes, never()).measurementsOf(any());
    }

    @Test
    public void export_shouldWriteEveryOutcome_whenNothingWasMeasured() {
        when(outcomes.list())
                .thenReturn(
                        List.of(
                                Outcomes.anOutcome().withId(5).withTitle("Calls").build(),
                                Outcomes.anOutcome().withId(7).withTitle("Visits").build()));

        target.export(sink);

        assertEquals(
                List.of("outcome Calls 0", "outcome Visits 0"),
                written.stream().filter(w -> w.startsWith("outcome ")).toList());
    }

    @Test
    public void export_shouldAskEachPageForTheRowsAfterTheLastIdSeen_andStopAtAShortPage() {
        experimentRows.clear();
        for (long id = 1; id <= DataExportService.BATCH + 20; id++) {
            experimentRows.put(id * 3, experiment(id * 3));
        }

        target.export(sink);

        verify(experiments).exportPage(0, DataExportService.BATCH);
        verify(experiments).exportPage(3L * DataExportService.BATCH, DataExportService.BATCH);
        verify(experiments, times(2)).exportPage(anyLong(), anyInt());
        verify(stories, times(1)).exportPage(0, DataExportService.BATCH);
        verify(retrospectives, times(1)).exportPage(0, DataExportService.BATCH);
        assertEquals(List.copyOf(experimentRows.keySet()), experimentIds);
    }

    @Test
    public void
            export_shouldWriteEveryExperimentThatExistedThroughoutExactlyOnce_whilePeopleCreateAndDelete() {
        experimentRows.clear();
        for (long id = 1; id <= 250; id++) {
            experimentRows.put(id * 2, experiment(id * 2));
        }
        Set<Long> throughout = new TreeSet<>(experimentRows.keySet());
        onExperimentPage =
                () -> {
                    long read = experimentRows.firstKey();
                    long unread = experimentRows.lowerKey(experimentRows.lastKey());
                    experimentRows.remove(read);
                    experimentRows.remove(unread);
                    throughout.remove(read);
                    throughout.remove(unread);
                    long created = experimentRows.lastKey() + 1;
                    experimentRows.put(created, experiment(created));
                };

        target.export(sink);

        assertNoRowRepeated(experimentIds);
        assertTrue(
                "every experiment that existed throughout; missing: "
                        + missing(throughout, experimentIds),
                experimentIds.containsAll(throughout));
        assertEquals(246, throughout.size());
    }

    @Test
    public void
            export_shouldWriteEveryStoryAndRetrospectiveThatExistedThroughoutExactlyOnce_whilePeopleCreateAndDelete() {
        storyRows.clear();
        retrospectiveRows.clear();
        for (long id = 1; id <= 250; id++) {
            storyRows.put(id, FailureStories.aFailureStory().withId(id).build());
            retrospectiveRows.put(id, Retrospectives.aRetrospective().withId(id).build());
        }
        Set<Long> storiesThroughout = new TreeSet<>(storyRows.keySet());
        Set<Long> retrospectivesThroughout = new TreeSet<>(retrospectiveRows.keySet());
        onStories =
                () -> {
                    storiesThroughout.remove(storyRows.firstKey());
                    storyRows.remove(storyRows.firstKey());
                    long created = storyRows.lastKey() + 1;
                    storyRows.put(created, FailureStories.aFailureStory().withId(created).build());
                };
        onRetrospectives =
                () -> {
                    retrospectivesThroughout.remove(retrospectiveRows.firstKey());
                    retrospectiveRows.remove(retrospectiveRows.firstKey());
                    long created = retrospectiveRows.lastKey() + 1;
                    retrospectiveRows.put(
                            created, Retrospectives.aRetrospective().withId(created).build());
                };

        target.export(sink);

        assertNoRowRepeated(storyIds);
        assertTrue(
                "every story that existed throughout; missing: "
                        + missing(storiesThroughout, storyIds),
                storyIds.containsAll(storiesThroughout));
        assertNoRowRepeated(retrospectiveIds);
        assertTrue(
                "every retrospective that existed throughout; missing: "
                        + missing(retrospectivesThroughout, retrospectiveIds),
                retrospectiveIds.containsAll(retrospectivesThroughout));
        assertEquals(247, storiesThroughout.size());
    }

    private static ExperimentRecord experiment(long id) {
        return new ExperimentRecord(
                Experiments.anExperiment().withId(id).onIssue(id, "PERMIT-" + id).build(),
                List.of(),
                List.of(),
                List.of());
    }

    private static void assertNoRowRepeated(List<Long> ids) {
        assertEquals("a row written twice in " + ids, new TreeSet<>(ids).size(), ids.size());
    }

    private static Set<Long> missing(Set<Long> expected, List<Long> written) {
        Set<Long> missing = new TreeSet<>(expected);
        written.forEach(missing::remove);
        return missing;
    }

    @Test
    public void export_shouldBeForbiddenAndWriteNothing_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.export(sink));

        assertEquals("Could not export the data: only administrators can.", e.getMessage());
        assertEquals(List.of(), written);
        verify(audit, never()).record(any());
    }

    @Test
    public void checkAllowed_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        assertThrows(AccessDeniedException.class, () -> target.checkAllowed());
    }

    /** Writes down what it was given, in order. */
    private final class RecordingSink implements ExportSink {
        @Override
        public void settings(AppSettings value) {
            written.add("settings " + value.confidenceLevel());
        }

        @Override
        public void departments(List<Department> value) {
            written.add("departments " + value.size());
        }

        @Override
        public void outcome(Outcome value, List<Measurement> measurements) {
            written.add("outcome " + value.title() + " " + measurements.size());
            days.put(value.title(), measurements.stream().map(Measurement::measuredOn).toList());
        }

        @Override
        public void experiment(ExperimentRecord record, double confidenceLevel) {
            written.add(
                    "experiment " + record.experiment().issue().key() + " at " + confidenceLevel);
            experimentIds.add(record.experiment().requireId().value());
            if (experimentIds.size() % DataExportService.BATCH == 0) {
                onExperimentPage.run();
            }
        }

        @Override
        public void stories(List<FailureStory> value, Map<FailureStoryId, Integer> helpedCounts) {
            if (!value.isEmpty()) {
                written.add(
                        "stories "
                                + value.size()
                                + " helped "
                                + helpedCounts.get(value.get(0).requireId()));
            }
            value.forEach(story -> storyIds.add(story.requireId().value()));
            onStories.run();
        }

        @Override
        public void retrospectives(List<Retrospective> value) {
            value.forEach(
                    r -> written.add("retrospectives " + r.title() + " " + r.actions().size()));
            value.forEach(r -> retrospectiveIds.add(r.requireId().value()));
            onRetrospectives.run();
        }

        @Override
        public void finish() {
            written.add("finish");
        }
    }
}
