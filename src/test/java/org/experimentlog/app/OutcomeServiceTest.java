package org.experimentlog.app;

import static org.experimentlog.testing.Outcomes.anOutcome;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.experimentlog.app.command.DefineOutcome;
import org.experimentlog.app.command.RecordMeasurement;
import org.experimentlog.app.command.RedefineOutcome;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.MeasurementId;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.OutcomeStatus;
import org.experimentlog.domain.outcome.Reference;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.Outcomes;
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
 * Reading outcomes, and defining them and recording measurements as an outcome manager. The caller
 * is Maria, a member of the configured outcome-manager group but no administrator.
 */
public class OutcomeServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final String MANAGERS = "outcome-managers";
    private static final OutcomeId OUTCOME = new OutcomeId(Outcomes.ID);
    private static final MeasurementId MEASUREMENT = new MeasurementId(601);
    private static final DepartmentId UNKNOWN_DEPARTMENT = new DepartmentId(9);
    private static final Metric MINUTES = Metric.preset(MetricKind.SPEED_OF_SERVICE);
    private static final Reference BASELINE = new Reference(12, Outcomes.BASELINE_DATE);
    private static final Reference TARGET = new Reference(5, Outcomes.TARGET_DATE);

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private OutcomeRepository outcomes;
    @Mock private ExperimentRepository experiments;
    @Mock private DepartmentRepository departments;
    @Mock private SettingsRepository settings;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;

    private final RecordingTransactions transactions = new RecordingTransactions();
    private long version;
    private DepartmentId owner;
    private LocalDate measuredOn;
    private OutcomeService target;

    @Before
    public void setUp() {
        target = serviceAt(NOW);
        version = 1;
        owner = Departments.OPERATIONS;
        measuredOn = LocalDate.of(2026, 3, 1);

        when(users.currentUser()).thenReturn(Optional.of(Users.MARIA));
        when(settings.load()).thenReturn(new AppSettings(true, true, MANAGERS, 0.95, 1));
        when(users.isMember(Users.MARIA, MANAGERS)).thenReturn(true);
        when(departments.find(Departments.OPERATIONS))
                .thenReturn(
                        Optional.of(
                                Department.stored(Departments.OPERATIONS, "Operations", null, 1)));
        when(outcomes.find(OUTCOME)).thenReturn(Optional.of(anOutcome().build()));
        when(outcomes.save(any()))
                .thenAnswer(
                        call -> {
                            transactions.write();
                            Outcome outcome = call.getArgument(0);
                            return outcome.storedAs(
                                    outcome.id().orElse(OUTCOME), outcome.version() + 1);
                        });
        when(outcomes.add(any()))
                .thenAnswer(
                        call -> {
                            transactions.write();
                            return call.<Measurement>getArgument(0).storedAs(MEASUREMENT);
                        });
        doAnswer(
                        call -> {
                            transactions.write();
                            return null;
                        })
                .when(audit)
                .record(any());
    }

    private OutcomeService serviceAt(Instant now) {
        return new OutcomeService(
                outcomes,
                experiments,
                departments,
                settings,
                access,
                users,
                audit,
                FixedClock.at(now),
                transactions,
                new Caller(users, access, departments));
    }

    private DefineOutcome defineCommand() {
        return new DefineOutcome(
                "Faster parking-permit renewals",
                "Minutes per online renewal.",
                MINUTES,
                BASELINE,
                TARGET,
                owner);
    }

    private RedefineOutcome redefineCommand() {
        return new RedefineOutcome(
                OUTCOME,
                version,
                "Renewals in under four minutes",
                null,
                MINUTES,
                BASELINE,
                new Reference(4, Outcomes.TARGET_DATE),
                owner,
                OutcomeStatus.PAUSED);
    }

    private RecordMeasurement recordCommand() {
        return new RecordMeasurement(OUTCOME, 7.5, measuredOn, "From the portal's statistics.");
    }

    private Outcome savedOutcome() {
        ArgumentCaptor<Outcome> saved = ArgumentCaptor.forClass(Outcome.class);
        verify(outcomes).save(saved.capture());
        return saved.getValue();
    }

    private AuditEntry audited() {
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        return entry.getValue();
    }

    private void assertNothingWritten() {
        verify(outcomes, never()).save(any());
        verify(outcomes, never()).add(any());
        verify(audit, never()).record(any());
    }

    @Test
    public void list_shouldReturnEveryOutcome_whenSomebodyIsLoggedIn() {
        List<Outcome> all =
                List.of(anOutcome().build(), anOutcome().withId(302).higherIsBetter().build());
        when(outcomes.list()).thenReturn(all);

        List<Outcome> result = target.list();

        assertEquals(all, result);
    }

    @Test
    public void list_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.list());

        verify(outcomes, never()).list();
    }

    @Test
    public void view_shouldReturnTheOutcome_whenItExists() {
        Outcome result = target.view(OUTCOME);

        assertEquals(OUTCOME, result.requireId());
        assertEquals("Faster parking-permit renewals", result.title());
    }

    @Test
    public void view_shouldSayNotFound_whenTheOutcomeDoesNotExist() {
        when(outcomes.find(OUTCOME)).thenReturn(Optional.empty());

        NotFoundException e = assertThrows(NotFoundException.class, () -> target.view(OUTCOME));

        assertEquals("Outcome 301 does not exist.", e.getMessage());
    }

    @Test
    public void view_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.view(OUTCOME));

        verify(outcomes, never()).find(any());
    }

    @Test
    public void measurements_shouldReturnTheMeasurementsOfTheOutcome_whenItExists() {
        List<Measurement> stored =
                List.of(
                        new Measurement(
                                MEASUREMENT,
                                OUTCOME,
                                9,
                                LocalDate.of(2026, 2, 1),
                                null,
                                Users.MARIA,
                                NOW));
        when(outcomes.measurementsOf(OUTCOME)).thenReturn(stored);

        List<Measurement> result = target.measurements(OUTCOME);

        assertEquals(stored, result);
    }

    @Test
    public void measurements_shouldSayNotFound_whenTheOutcomeDoesNotExist() {
        when(outcomes.find(OUTCOME)).thenReturn(Optional.empty());

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.measurements(OUTCOME));

        assertEquals("Outcome 301 does not exist.", e.getMessage());
        verify(outcomes, never()).measurementsOf(any());
    }

    @Test
    public void canManage_shouldBeTrue_whenTheCallerIsInTheOutcomeManagerGroup() {
        boolean result = target.canManage();

        assertTrue(result);
    }

    @Test
    public void canManage_shouldBeTrue_whenTheCallerIsAnAdministratorOutsideTheGroup() {
        when(users.isMember(Users.MARIA, MANAGERS)).thenReturn(false);
        when(access.isAdministrator(Users.MARIA)).thenReturn(true);

        boolean result = target.canManage();

        assertTrue(result);
    }

    @Test
    public void canManage_shouldBeFalse_whenTheCallerIsNeitherInTheGroupNorAnAdministrator() {
        when(users.isMember(Users.MARIA, MANAGERS)).thenReturn(false);

        boolean result = target.canManage();

        assertFalse(result);
    }

    @Test
    public void
            canManage_shouldBeFalseWithoutAskingForGroups_whenNoOutcomeManagerGroupIsConfigured() {
        when(settings.load()).thenReturn(new AppSettings(true, true, null, 0.95, 1));

        boolean result = target.canManage();

        assertFalse(result);
        verify(users, never()).isMember(any(), any());
    }

    @Test
    public void canManage_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.canManage());
    }

    @Test
    public void define_shouldStoreAnActiveOutcome_andAuditIt_inOneTransaction() {
        Outcome result = target.define(defineCommand());

        Outcome saved = savedOutcome();
        assertEquals(Optional.empty(), saved.id());
        assertEquals("Faster parking-permit renewals", saved.title());
        assertEquals(Optional.of("Minutes per online renewal."), saved.description());
        assertEquals(MINUTES, saved.metric());
        assertEquals(BASELINE, saved.baseline());
        assertEquals(TARGET, saved.target());
        assertEquals(Departments.OPERATIONS, saved.owner());
        assertEquals(OutcomeStatus.ACTIVE, saved.status());
        assertEquals(Users.MARIA, saved.createdBy());
        assertEquals(NOW, saved.createdAt());
        assertEquals(OUTCOME, result.requireId());
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.OUTCOME,
                        Outcomes.ID,
                        AuditAction.CREATED,
                        "Defined the outcome \"Faster parking-permit renewals\".",
                        AuditText.of(AuditKey.OUTCOME_DEFINED, "Faster parking-permit renewals")),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void define_shouldStoreTheOutcome_whenTheCallerIsAnAdministratorOutsideTheGroup() {
        when(users.isMember(Users.MARIA, MANAGERS)).thenReturn(false);
        when(access.isAdministrator(Users.MARIA)).thenReturn(true);

        target.define(defineCommand());

        assertEquals(Users.MARIA, savedOutcome().createdBy());
    }

    @Test
    public void define_shouldBeForbidden_whenTheCallerIsNeitherInTheGroupNorAnAdministrator() {
        when(users.isMember(Users.MARIA, MANAGERS)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.define(defineCommand()));

        assertEquals(
                "Could not define the outcome: only administrators and outcome managers can.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void define_shouldBeForbidden_whenNoOutcomeManagerGroupIsConfigured() {
        when(settings.load()).thenReturn(new AppSettings(true, true, null, 0.95, 1));

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.define(defineCommand()));

        assertEquals(
                "Could not define the outcome: only administrators and outcome managers can.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void define_shouldRefuse_whenTheOwnerDepartmentDoesNotExist() {
        owner = UNKNOWN_DEPARTMENT;

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.define(defineCommand()));

        assertEquals(Optional.of("ownerDepartment"), e.field());
        assertEquals("Department 9 does not exist.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void define_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.define(defineCommand()));

        assertNothingWritten();
    }

    @Test
    public void redefine_shouldStoreTheChanges_andAuditThem_inOneTransaction() {
        Outcome result = target.redefine(redefineCommand());

        Outcome saved = savedOutcome();
        assertEquals(Optional.of(OUTCOME), saved.id());
        assertEquals(1, saved.version());
        assertEquals("Renewals in under four minutes", saved.title());
        assertEquals(Optional.empty(), saved.description());
        assertEquals(new Reference(4, Outcomes.TARGET_DATE), saved.target());
        assertEquals(OutcomeStatus.PAUSED, saved.status());
        assertEquals(Outcomes.DEFINED_AT, saved.createdAt());
        assertEquals(2, result.version());
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.OUTCOME,
                        Outcomes.ID,
                        AuditAction.UPDATED,
                        "Changed the outcome \"Renewals in under four minutes\".",
                        AuditText.of(AuditKey.OUTCOME_CHANGED, "Renewals in under four minutes")),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void redefine_shouldStoreTheChanges_whenTheCallerIsAnAdministratorOutsideTheGroup() {
        when(users.isMember(Users.MARIA, MANAGERS)).thenReturn(false);
        when(access.isAdministrator(Users.MARIA)).thenReturn(true);

        target.redefine(redefineCommand());

        assertEquals("Renewals in under four minutes", savedOutcome().title());
    }

    @Test
    public void redefine_shouldBeForbidden_whenTheCallerIsNeitherInTheGroupNorAnAdministrator() {
        when(users.isMember(Users.MARIA, MANAGERS)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.redefine(redefineCommand()));

        assertEquals(
                "Could not change the outcome: only administrators and outcome managers can.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void redefine_shouldRefuse_whenTheOwnerDepartmentDoesNotExist() {
        owner = UNKNOWN_DEPARTMENT;

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.redefine(redefineCommand()));

        assertEquals(Optional.of("ownerDepartment"), e.field());
        assertNothingWritten();
    }

    @Test
    public void redefine_shouldRaiseStaleVersion_whenSomeoneElseChangedTheOutcomeMeanwhile() {
        when(outcomes.find(OUTCOME))
                .thenReturn(Optional.of(anOutcome().build().storedAs(OUTCOME, 2)));

        StaleVersionException e =
                assertThrows(StaleVersionException.class, () -> target.redefine(redefineCommand()));

        assertEquals(Optional.of("version"), e.field());
        assertNothingWritten();
    }

    @Test
    public void redefine_shouldSayNotFound_whenTheOutcomeDoesNotExist() {
        when(outcomes.find(OUTCOME)).thenReturn(Optional.empty());

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.redefine(redefineCommand()));

        assertEquals("Outcome 301 does not exist.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void redefine_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.redefine(redefineCommand()));

        assertNothingWritten();
    }

    @Test
    public void record_shouldStoreTheMeasurement_andAuditIt_inOneTransaction() {
        Measurement result = target.record(recordCommand());

        ArgumentCaptor<Measurement> saved = ArgumentCaptor.forClass(Measurement.class);
        verify(outcomes).add(saved.capture());
        assertEquals(
                new Measurement(
                        null,
                        OUTCOME,
                        7.5,
                        LocalDate.of(2026, 3, 1),
                        "From the portal's statistics.",
                        Users.MARIA,
                        NOW),
                saved.getValue());
        assertEquals(Optional.of(MEASUREMENT), result.storedId());
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.MEASUREMENT,
                        MEASUREMENT.value(),
                        AuditAction.CREATED,
                        "Recorded 7.5 minutes on Mar 1, 2026 for \"Faster parking-permit renewals\".",
                        AuditText.of(
                                AuditKey.MEASUREMENT_RECORDED,
                                7.5,
                                "minutes",
                                LocalDate.of(2026, 3, 1),
                                "Faster parking-permit renewals")),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void record_shouldStoreTheMeasurement_whenTheCallerIsAnAdministratorOutsideTheGroup() {
        when(users.isMember(Users.MARIA, MANAGERS)).thenReturn(false);
        when(access.isAdministrator(Users.MARIA)).thenReturn(true);

        target.record(recordCommand());

        verify(outcomes).add(any());
    }

    @Test
    public void record_shouldBeForbidden_whenTheCallerIsNeitherInTheGroupNorAnAdministrator() {
        when(users.isMember(Users.MARIA, MANAGERS)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.record(recordCommand()));

        assertEquals(
                "Could not record the measurement: only administrators and outcome managers can.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void record_shouldSayNotFound_whenTheOutcomeDoesNotExist() {
        when(outcomes.find(OUTCOME)).thenReturn(Optional.empty());

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.record(recordCommand()));

        assertEquals("Outcome 301 does not exist.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void record_shouldRefuse_whenTheDayIsInTheFuture() {
        measuredOn = LocalDate.of(2026, 3, 3);

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.record(recordCommand()));

        assertEquals(Optional.of("measuredOn"), e.field());
        assertNothingWritten();
    }

    @Test
    public void record_shouldAcceptTheHostsToday_whenUtcIsStillOnThePreviousDay() {
        target = serviceAt(Instant.parse("2026-03-02T23:30:00Z"));
        measuredOn = LocalDate.of(2026, 3, 3);

        target.record(recordCommand());

        verify(outcomes).add(any());
    }

    @Test
    public void record_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.record(recordCommand()));

        assertNothingWritten();
    }
}
