package org.experimentlog.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentQuery;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.RetrospectiveRepository;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Reader;
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

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private SettingsRepository settings;
    @Mock
    private DepartmentRepository departments;
    @Mock
    private OutcomeRepository outcomes;
    @Mock
    private ExperimentRepository experiments;
    @Mock
    private FailureStoryRepository stories;
    @Mock
    private RetrospectiveRepository retrospectives;
    @Mock
    private AccessPolicy access;
    @Mock
    private UserDirectory users;
    @Mock
    private AuditLog audit;

    private final List<String> written = new ArrayList<>();
    private final Map<String, List<LocalDate>> days = new java.util.HashMap<>();
    private final ExportSink sink = new RecordingSink();
    private Department technology;
    private Outcome outcome;
    private FailureStory anonymousStory;
    private DataExportService target;

    @Before
    public void setUp() {
        FixedClock clock = FixedClock.at(NOW);
        target = new DataExportService(settings, departments, outcomes, experiments, stories, retrospectives, access,
                users, audit, clock, new RecordingTransactions());
        technology = Department.stored(Departments.TECHNOLOGY, "Technology", "tech-team", 3);
        outcome = Outcomes.anOutcome().build();
        anonymousStory = FailureStories.aFailureStory().anonymous().build();
        when(users.currentUser()).thenReturn(Optional.of(Users.ADMIN));
        when(access.isAdministrator(Users.ADMIN)).thenReturn(true);
        when(settings.load()).thenReturn(SETTINGS);
        when(departments.list()).thenReturn(List.of(technology));
        when(outcomes.list()).thenReturn(List.of(outcome));
        measurements(List.of());
        when(experiments.list(eq(ExperimentQuery.all()), any())).thenReturn(Page.of(
                List.of(new ExperimentRecord(Experiments.anExperiment().build(), List.of(), List.of(), List.of())),
                new PageRequest(0, DataExportService.BATCH), 1));
        when(stories.visibleTo(any(), eq(StoryFilter.none()), any(ZoneId.class), any()))
                .thenReturn(Page.of(List.of(anonymousStory), new PageRequest(0, DataExportService.BATCH), 1));
        when(stories.helpedCounts(any())).thenReturn(Map.of(anonymousStory.requireId(), 2));
        when(retrospectives.list(new PageRequest(0, DataExportService.BATCH))).thenReturn(Page.of(
                List.of(Retrospectives.aRetrospective().build()), new PageRequest(0, DataExportService.BATCH), 1));
    }

    /** The one streamed query over every measurement hands these over, in this order. */
    private void measurements(List<Measurement> all) {
        doAnswer(call -> {
            Consumer<Measurement> each = call.getArgument(0);
            all.forEach(each);
            return null;
        }).when(outcomes).eachMeasurement(any());
    }

    private static Measurement measured(long outcome, int day) {
        return new Measurement(null, new OutcomeId(outcome), day, LocalDate.of(2026, 1, day), null, Users.MARIA,
                NOW);
    }

    @Test
    public void export_shouldWriteEverythingInTheSinksOrder_andAuditWhoExported() {
        target.export(sink);

        assertEquals(List.of("settings 0.9", "departments 1", "outcome " + outcome.title() + " 0",
                "experiment PERMIT-12 at 0.9", "stories 1 helped 2", "retrospectives " + Retrospectives.TITLE + " 1",
                "finish"), written);
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals(new AuditEntry(Users.ADMIN, NOW, AuditedType.SETTINGS, 1, AuditAction.EXPORTED,
                "Exported all the app's data."), entry.getValue());
    }

    @Test
    public void export_shouldGiveEachOutcomeItsMeasurements_fromOneStreamedQuery_byOutcomeId() {
        Outcome first = Outcomes.anOutcome().withId(5).withTitle("Calls").build();
        Outcome unmeasured = Outcomes.anOutcome().withId(7).withTitle("Visits").build();
        Outcome third = Outcomes.anOutcome().withId(9).withTitle("Forms").build();
        when(outcomes.list()).thenReturn(List.of(third, unmeasured, first));
        measurements(List.of(measured(5, 1), measured(5, 2), measured(6, 1), measured(9, 3), measured(12, 4)));

        target.export(sink);

        assertEquals(List.of("outcome Calls 2", "outcome Visits 0", "outcome Forms 1"),
                written.stream().filter(w -> w.startsWith("outcome ")).toList());
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)), days.get("Calls"));
        verify(outcomes).eachMeasurement(any());
        verify(outcomes, never()).measurementsOf(any());
    }

    @Test
    public void export_shouldWriteEveryOutcome_whenNothingWasMeasured() {
        when(outcomes.list()).thenReturn(List.of(Outcomes.anOutcome().withId(5).withTitle("Calls").build(),
                Outcomes.anOutcome().withId(7).withTitle("Visits").build()));

        target.export(sink);

        assertEquals(List.of("outcome Calls 0", "outcome Visits 0"),
                written.stream().filter(w -> w.startsWith("outcome ")).toList());
    }

    @Test
    public void export_shouldReadRetrospectivesPageByPage_whenThereAreMoreThanOneBatch() {
        Retrospective held = Retrospectives.aRetrospective().build();
        PageRequest second = new PageRequest(DataExportService.BATCH, DataExportService.BATCH);
        when(retrospectives.list(new PageRequest(0, DataExportService.BATCH)))
                .thenReturn(Page.of(List.of(held), new PageRequest(0, DataExportService.BATCH), 101));
        when(retrospectives.list(second)).thenReturn(Page.of(List.of(held), second, 101));

        target.export(sink);

        verify(retrospectives).list(second);
        assertEquals(2, written.stream().filter(w -> w.startsWith("retrospectives ")).count());
    }

    @Test
    public void export_shouldReadStoriesAsAnAdministrator_soEveryStoryIsIncluded() {
        target.export(sink);

        ArgumentCaptor<Reader> reader = ArgumentCaptor.forClass(Reader.class);
        verify(stories).visibleTo(reader.capture(), any(), any(), any());
        assertTrue(reader.getValue().administrator());
    }

    @Test
    public void export_shouldReadExperimentsPageByPage_whenThereAreMoreThanOneBatch() {
        ExperimentRecord record = new ExperimentRecord(Experiments.anExperiment().build(), List.of(), List.of(), List.of());
        when(experiments.list(ExperimentQuery.all(), new PageRequest(0, DataExportService.BATCH)))
                .thenReturn(Page.of(List.of(record), new PageRequest(0, DataExportService.BATCH), 150));
        when(experiments.list(ExperimentQuery.all(), new PageRequest(DataExportService.BATCH, DataExportService.BATCH)))
                .thenReturn(Page.of(List.of(record), new PageRequest(DataExportService.BATCH, DataExportService.BATCH), 150));

        target.export(sink);

        verify(experiments).list(ExperimentQuery.all(), new PageRequest(DataExportService.BATCH, DataExportService.BATCH));
        assertEquals(2, written.stream().filter(w -> w.startsWith("experiment ")).count());
    }

    @Test
    public void export_shouldBeForbiddenAndWriteNothing_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> target.export(sink));

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
            written.add("experiment " + record.experiment().issue().key() + " at " + confidenceLevel);
        }

        @Override
        public void stories(List<FailureStory> value, Map<FailureStoryId, Integer> helpedCounts) {
            written.add("stories " + value.size() + " helped " + helpedCounts.get(value.get(0).requireId()));
        }

        @Override
        public void retrospectives(List<Retrospective> value) {
            value.forEach(r -> written.add("retrospectives " + r.title() + " " + r.actions().size()));
        }

        @Override
        public void finish() {
            written.add("finish");
        }
    }
}
