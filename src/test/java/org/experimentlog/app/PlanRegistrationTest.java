package org.experimentlog.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.command.EditHypothesis;
import org.experimentlog.app.command.EditIteration;
import org.experimentlog.app.command.EditPlan;
import org.experimentlog.app.command.MoveStage;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.PublicationRepository;
import org.experimentlog.app.port.RegistrationRepository;
import org.experimentlog.app.port.SettingsCache;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.register.Deviation;
import org.experimentlog.domain.register.PlanPart;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.Publication;
import org.experimentlog.domain.register.RegisteredPlan;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.RecordingTransactions;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/**
 * The plan is registered when an experiment first runs, and every later change of it is a deviation
 * with a reason.
 */
public class PlanRegistrationTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final ExperimentId ID = new ExperimentId(Experiments.ID);

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private RegistrationRepository registrations;
    @Mock private ExperimentRepository experiments;
    @Mock private FailureStoryRepository stories;
    @Mock private OutcomeRepository outcomes;
    @Mock private SettingsCache settings;
    @Mock private DepartmentRepository departments;
    @Mock private IssueGateway issues;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;
    @Mock private PublicationRepository publications;

    private ExperimentService target;

    @Before
    public void setUp() {
        target =
                new ExperimentService(
                        experiments,
                        stories,
                        outcomes,
                        departments,
                        settings,
                        issues,
                        access,
                        audit,
                        FixedClock.at(NOW),
                        new RecordingTransactions(),
                        registrations,
                        publications,
                        new Caller(users, access, departments));
        when(settings.settings()).thenReturn(AppSettings.defaults());
        when(users.currentUser()).thenReturn(Optional.of(Users.MARIA));
        when(issues.findByKey("PERMIT-12"))
                .thenReturn(Optional.of(new IssueSummary(Experiments.ISSUE, "Form", true)));
        when(access.canBrowse(Users.MARIA, Experiments.ISSUE)).thenReturn(true);
        when(access.canEdit(Users.MARIA, Experiments.ISSUE)).thenReturn(true);
        when(experiments.findByIssue(Experiments.ISSUE.id()))
                .thenReturn(
                        Optional.of(Experiments.anExperiment().designing().withVersion(3).build()));
        when(experiments.save(any(Experiment.class)))
                .thenAnswer(
                        call -> {
                            Experiment e = call.getArgument(0);
                            return e.storedAs(e.requireId(), e.version() + 1);
                        });
        iterationEndingOn("2026-04-30");
    }

    @Test
    public void moveStage_shouldRegisterThePlanWithThePlannedEnd_whenTheExperimentFirstRuns() {
        target.moveStage(new MoveStage("PERMIT-12", 3, Stage.RUNNING));

        ArgumentCaptor<RegisteredPlan> plan = ArgumentCaptor.forClass(RegisteredPlan.class);
        verify(registrations).register(plan.capture());
        assertEquals(
                Experiments.anExperiment().build().hypothesis(),
                plan.getValue().content().hypothesis());
        assertEquals(LocalDate.parse("2026-04-30"), plan.getValue().plannedEnd());
        assertEquals(NOW, plan.getValue().registeredAt());
        assertFalse(plan.getValue().late());
        ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit, times(2)).record(entries.capture());
        assertEquals(AuditAction.REGISTERED, entries.getAllValues().get(1).action());
        assertEquals(
                Optional.of(
                        AuditText.of(
                                AuditKey.EXPERIMENT_MOVED,
                                "PERMIT-12",
                                AuditText.word(Stage.RUNNING))),
                entries.getAllValues().get(0).keyed());
        assertEquals(
                Optional.of(AuditText.of(AuditKey.PLAN_REGISTERED, "PERMIT-12")),
                entries.getAllValues().get(1).keyed());
    }

    @Test
    public void moveStage_shouldKeepTheFirstPlan_whenTheExperimentRunsAgain() {
        when(registrations.planOf(ID)).thenReturn(Optional.of(registered()));

        target.moveStage(new MoveStage("PERMIT-12", 3, Stage.RUNNING));

        verify(registrations, never()).register(any());
    }

    @Test
    public void editHypothesis_shouldAskNoReason_beforeThePlanIsRegistered() {
        target.editHypothesis(new EditHypothesis("PERMIT-12", 3, changedSignal()));

        verify(experiments).save(any(Experiment.class));
        verify(registrations, never()).add(any());
    }

    @Test
    public void
            editHypothesis_shouldRefuseAndChangeNothing_whenThePlanIsRegisteredAndNoReasonIsGiven() {
        runningWithPlan();

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                target.editHypothesis(
                                        new EditHypothesis("PERMIT-12", 3, changedSignal())));

        assertEquals(Optional.of("deviationReason"), e.field());
        verify(experiments, never()).save(any(Experiment.class));
        verify(registrations, never()).add(any());
    }

    @Test
    public void
            editHypothesis_shouldRecordEachChangedPartAsTheNextPlanVersion_whenAReasonIsGiven() {
        runningWithPlan();
        when(registrations.deviationsOf(ID))
                .thenReturn(
                        List.of(
                                new Deviation(
                                        ID,
                                        2,
                                        PlanPart.METHOD,
                                        "ab-test",
                                        "pilot",
                                        "Too few visitors for an A/B test.",
                                        Users.MARIA,
                                        NOW)));

        target.editHypothesis(
                new EditHypothesis(
                        "PERMIT-12", 3, changedSignal(), "The old signal could not be measured."));

        ArgumentCaptor<Deviation> deviation = ArgumentCaptor.forClass(Deviation.class);
        verify(registrations).add(deviation.capture());
        assertEquals(PlanPart.SIGNAL, deviation.getValue().part());
        assertEquals(3, deviation.getValue().planVersion());
        assertEquals(
                "Half of the renewals use the new form within 30 days",
                deviation.getValue().after());
        assertEquals("The old signal could not be measured.", deviation.getValue().reason());
        assertTrue(deviation.getValue().before() != null);
    }

    @Test
    public void editHypothesis_shouldRecordNoDeviation_whenNothingOfThePlanChanged() {
        runningWithPlan();

        target.editHypothesis(
                new EditHypothesis(
                        "PERMIT-12", 3, Experiments.anExperiment().build().hypothesis()));

        verify(registrations, never()).add(any());
    }

    @Test
    public void editIteration_shouldRefuseAndChangeNothing_whenThePlannedEndMovesWithoutAReason() {
        runningWithPlanEndingOn("2026-04-30");

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> target.editIteration(movedEnd("2026-05-31", null)));

        assertEquals(Optional.of("deviationReason"), e.field());
        verify(experiments, never()).save(any(Iteration.class));
        verify(registrations, never()).add(any());
    }

    @Test
    public void editIteration_shouldRecordThePlannedEndAsADeviation_whenAReasonIsGiven() {
        runningWithPlanEndingOn("2026-04-30");

        target.editIteration(movedEnd("2026-05-31", "Fewer visitors than expected in April."));

        ArgumentCaptor<Deviation> deviation = ArgumentCaptor.forClass(Deviation.class);
        verify(registrations).add(deviation.capture());
        assertEquals(PlanPart.PLANNED_END, deviation.getValue().part());
        assertEquals("2026-04-30", deviation.getValue().before());
        assertEquals("2026-05-31", deviation.getValue().after());
        assertEquals(2, deviation.getValue().planVersion());
        assertEquals("Fewer visitors than expected in April.", deviation.getValue().reason());
        ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit, times(2)).record(entries.capture());
        assertEquals(AuditAction.DEVIATED, entries.getAllValues().get(1).action());
        assertEquals(
                Optional.of(
                        AuditText.of(
                                AuditKey.PLAN_DEVIATED,
                                "PERMIT-12",
                                2,
                                List.of(AuditText.word(PlanPart.PLANNED_END)),
                                "Fewer visitors than expected in April.")),
                entries.getAllValues().get(1).keyed());
    }

    @Test
    public void editIteration_shouldCompareWithTheLastChangedEnd_whenThePlannedEndMovedBefore() {
        runningWithPlanEndingOn("2026-03-31");
        when(registrations.deviationsOf(ID))
                .thenReturn(
                        List.of(
                                new Deviation(
                                        ID,
                                        2,
                                        PlanPart.PLANNED_END,
                                        "2026-03-31",
                                        "2026-04-30",
                                        "Started late.",
                                        Users.MARIA,
                                        NOW)));

        target.editIteration(movedEnd("2026-05-31", "Again fewer visitors."));

        ArgumentCaptor<Deviation> deviation = ArgumentCaptor.forClass(Deviation.class);
        verify(registrations).add(deviation.capture());
        assertEquals("2026-04-30", deviation.getValue().before());
        assertEquals(3, deviation.getValue().planVersion());
    }

    @Test
    public void editIteration_shouldAskNoReason_whenThePlanHasNoPlannedEnd() {
        runningWithPlan();

        target.editIteration(movedEnd("2026-05-31", null));

        verify(experiments).save(any(Iteration.class));
        verify(registrations, never()).add(any());
    }

    @Test
    public void editIteration_shouldAskNoReason_whenTheEndDoesNotChange() {
        runningWithPlanEndingOn("2026-04-30");

        target.editIteration(movedEnd("2026-04-30", null));

        verify(experiments).save(any(Iteration.class));
        verify(registrations, never()).add(any());
    }

    @Test
    public void editPlan_shouldRecordTheSampleSizeAsADeviation_whenItChangesAfterRegistration() {
        Experiment running =
                Experiments.anExperiment()
                        .running()
                        .withVersion(3)
                        .build()
                        .withDepartments(Set.of())
                        .withOutcomes(List.of());
        when(experiments.findByIssue(Experiments.ISSUE.id())).thenReturn(Optional.of(running));
        when(registrations.planOf(ID))
                .thenReturn(Optional.of(RegisteredPlan.register(running, null, Users.MARIA, NOW)));

        target.editPlan(
                new EditPlan(
                        "PERMIT-12",
                        3,
                        running.method().orElse(null),
                        running.methodDetails().orElse(null),
                        running.departments(),
                        running.outcomes(),
                        1200L,
                        "Half the municipalities joined."));

        ArgumentCaptor<Deviation> deviation = ArgumentCaptor.forClass(Deviation.class);
        verify(registrations).add(deviation.capture());
        assertEquals(PlanPart.SAMPLE_SIZE, deviation.getValue().part());
        assertEquals(null, deviation.getValue().before());
        assertEquals("1200", deviation.getValue().after());
        ArgumentCaptor<Experiment> saved = ArgumentCaptor.forClass(Experiment.class);
        verify(experiments).save(saved.capture());
        assertEquals(Optional.of(1200L), saved.getValue().plannedSampleSize());
    }

    @Test
    public void moveStage_shouldRegisterThePlannedSampleSize_whenTheExperimentFirstRuns() {
        when(experiments.findByIssue(Experiments.ISSUE.id()))
                .thenReturn(
                        Optional.of(
                                Experiments.anExperiment()
                                        .designing()
                                        .withVersion(3)
                                        .build()
                                        .withPlannedSampleSize(800L)));

        target.moveStage(new MoveStage("PERMIT-12", 3, Stage.RUNNING));

        ArgumentCaptor<RegisteredPlan> plan = ArgumentCaptor.forClass(RegisteredPlan.class);
        verify(registrations).register(plan.capture());
        assertEquals(Long.valueOf(800), plan.getValue().content().sampleSize());
    }

    @Test
    public void deleteWithIssue_shouldWithdrawThePublicationWithTheReasonAndAuditIt() {
        Experiment concluded = Experiments.anExperiment().concluded().build();
        when(experiments.findByIssue(Experiments.ISSUE.id())).thenReturn(Optional.of(concluded));
        Publication first = publication(1).storedAs(1);
        Publication second = publication(2).storedAs(2);
        when(publications.versionsOf(ID)).thenReturn(List.of(first, second));

        target.deleteWithIssue(Experiments.ISSUE.id(), Users.MARIA);

        ArgumentCaptor<Publication> withdrawn = ArgumentCaptor.forClass(Publication.class);
        verify(publications).save(withdrawn.capture());
        assertEquals(2, withdrawn.getValue().version());
        assertEquals(
                ExperimentService.ISSUE_DELETED_REASON, withdrawn.getValue().withdrawal().reason());
        assertEquals(Users.MARIA, withdrawn.getValue().withdrawal().by());
        assertEquals(NOW, withdrawn.getValue().withdrawal().at());
        ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit, times(2)).record(entries.capture());
        AuditEntry withdrawal = entries.getAllValues().get(0);
        assertEquals(AuditedType.PUBLICATION, withdrawal.type());
        assertEquals(AuditAction.WITHDRAWN, withdrawal.action());
        assertTrue(withdrawal.summary(), withdrawal.summary().contains("issue was deleted"));
        assertEquals(
                AuditKey.PUBLICATION_WITHDRAWN_ISSUE_DELETED,
                withdrawal.keyed().orElseThrow().key());
        verify(experiments).delete(ID);
    }

    @Test
    public void deleteWithIssue_shouldWithdrawNothing_whenThePublicationIsWithdrawnAlready() {
        Experiment concluded = Experiments.anExperiment().concluded().build();
        when(experiments.findByIssue(Experiments.ISSUE.id())).thenReturn(Optional.of(concluded));
        Publication withdrawn = publication(1).storedAs(1).withdraw("Outdated.", Users.MARIA, NOW);
        when(publications.versionsOf(ID)).thenReturn(List.of(withdrawn));

        target.deleteWithIssue(Experiments.ISSUE.id(), Users.MARIA);

        verify(publications, never()).save(any());
        verify(experiments).delete(ID);
    }

    private static Publication publication(int version) {
        return Publication.publish(
                ID,
                version,
                new PublicRecord(
                        1,
                        "Form",
                        "concluded",
                        "validated",
                        null,
                        List.of(),
                        null,
                        "2026-03-01",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        0.95),
                Set.of(),
                Set.of(),
                Users.MARIA,
                NOW);
    }

    private void runningWithPlanEndingOn(String plannedEnd) {
        when(experiments.findByIssue(Experiments.ISSUE.id()))
                .thenReturn(
                        Optional.of(Experiments.anExperiment().running().withVersion(3).build()));
        when(registrations.planOf(ID))
                .thenReturn(
                        Optional.of(
                                RegisteredPlan.register(
                                        Experiments.anExperiment().running().build(),
                                        LocalDate.parse(plannedEnd),
                                        Users.MARIA,
                                        NOW)));
        // after an earlier change of the planned end (to 2026-04-30), the iteration ends on that
        // day
        iterationEndingOn(plannedEnd.equals("2026-03-31") ? "2026-04-30" : plannedEnd);
    }

    private void iterationEndingOn(String end) {
        Iteration iteration =
                Iteration.stored(
                        new IterationId(7),
                        ID,
                        1,
                        "Pre-filled form",
                        LocalDate.parse("2026-03-02"),
                        LocalDate.parse(end),
                        null,
                        null,
                        1);
        when(experiments.iterationsOf(ID)).thenReturn(List.of(iteration));
        when(experiments.findIteration(new IterationId(7))).thenReturn(Optional.of(iteration));
        when(experiments.save(any(Iteration.class))).thenAnswer(call -> call.getArgument(0));
    }

    private static EditIteration movedEnd(String end, String reason) {
        return new EditIteration(
                "PERMIT-12",
                new IterationId(7),
                1,
                "Pre-filled form",
                LocalDate.parse("2026-03-02"),
                LocalDate.parse(end),
                null,
                null,
                reason);
    }

    private void runningWithPlan() {
        when(experiments.findByIssue(Experiments.ISSUE.id()))
                .thenReturn(
                        Optional.of(Experiments.anExperiment().running().withVersion(3).build()));
        when(registrations.planOf(ID)).thenReturn(Optional.of(registered()));
    }

    private static RegisteredPlan registered() {
        return RegisteredPlan.register(
                Experiments.anExperiment().running().build(), null, Users.MARIA, NOW);
    }

    private static Hypothesis changedSignal() {
        Hypothesis h = Experiments.anExperiment().build().hypothesis();
        return new Hypothesis(
                h.change(),
                h.audience(),
                h.expectedResult(),
                h.reason(),
                "Half of the renewals use the new form within 30 days");
    }
}
