package org.experimentlog.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.command.SaveDepartment;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.SettingsCache;
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
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.domain.settings.HypothesisPart;
import org.experimentlog.domain.settings.HypothesisPrompts;
import org.experimentlog.testing.Departments;
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
 * Departments, settings and history as an administrator. The department repository keeps what it is
 * given, so creating the defaults twice shows whether the second run sees the first; Technology
 * (version 3) is stored.
 */
public class AdministrationServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final Department TECHNOLOGY =
            Department.stored(Departments.TECHNOLOGY, "Technology", "tech-team", 3);
    private static final DepartmentId NEW_DEPARTMENT = new DepartmentId(6);
    private static final PageRequest PAGE = PageRequest.first(20);

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private DepartmentRepository departments;
    @Mock private SettingsRepository settings;
    @Mock private SettingsCache settingsCache;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;

    private final Map<DepartmentId, Department> storedDepartments = new LinkedHashMap<>();
    private long nextDepartmentId;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private DepartmentId department;
    private long version;
    private String groupName;
    private AppSettings changedSettings;
    private AdministrationService target;

    @Before
    public void setUp() {
        target =
                new AdministrationService(
                        departments,
                        settings,
                        settingsCache,
                        access,
                        users,
                        audit,
                        FixedClock.at(NOW),
                        transactions,
                        new Caller(users, access, departments));
        storedDepartments.put(TECHNOLOGY.requireId(), TECHNOLOGY);
        nextDepartmentId = NEW_DEPARTMENT.value();
        department = null;
        version = 0;
        groupName = "comms-team";
        changedSettings = new AppSettings(false, true, "outcome-managers", 0.9, 4);

        when(users.currentUser()).thenReturn(Optional.of(Users.ADMIN));
        when(access.isAdministrator(Users.ADMIN)).thenReturn(true);
        when(users.groupExists("comms-team")).thenReturn(true);
        when(users.groupExists("tech-team")).thenReturn(true);
        when(users.groupExists("outcome-managers")).thenReturn(true);
        when(departments.list()).thenAnswer(call -> List.copyOf(storedDepartments.values()));
        when(departments.find(any()))
                .thenAnswer(
                        call -> Optional.ofNullable(storedDepartments.get(call.getArgument(0))));
        when(departments.save(any()))
                .thenAnswer(
                        call -> {
                            transactions.write();
                            Department changed = call.getArgument(0);
                            Department saved =
                                    changed.withId(
                                            changed.id()
                                                    .orElseGet(
                                                            () ->
                                                                    new DepartmentId(
                                                                            nextDepartmentId++)),
                                            changed.version() + 1);
                            storedDepartments.put(saved.requireId(), saved);
                            return saved;
                        });
        when(settings.load()).thenReturn(AppSettings.defaults());
        when(settings.save(any()))
                .thenAnswer(
                        call -> {
                            transactions.write();
                            AppSettings changed = call.getArgument(0);
                            return changed.atVersion(changed.version() + 1);
                        });
        doAnswer(
                        call -> {
                            transactions.write();
                            return null;
                        })
                .when(audit)
                .record(any());
    }

    private SaveDepartment saveCommand() {
        return new SaveDepartment(department, version, "Communications", groupName);
    }

    private SaveDepartment renameTechnology() {
        return new SaveDepartment(Departments.TECHNOLOGY, version, "Digital", "tech-team");
    }

    private Department savedDepartment() {
        ArgumentCaptor<Department> saved = ArgumentCaptor.forClass(Department.class);
        verify(departments).save(saved.capture());
        return saved.getValue();
    }

    private AuditEntry audited() {
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        return entry.getValue();
    }

    private void assertNothingWritten() {
        verify(departments, never()).save(any());
        verify(settings, never()).save(any());
        verify(audit, never()).record(any());
    }

    @Test
    public void departments_shouldListEveryDepartment_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        List<Department> result = target.departments();

        assertEquals(List.of(TECHNOLOGY), result);
    }

    @Test
    public void departments_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.departments());

        verify(departments, never()).list();
    }

    @Test
    public void saveDepartment_shouldCreateTheDepartment_andAuditIt_inOneTransaction() {
        Department result = target.saveDepartment(saveCommand());

        Department saved = savedDepartment();
        assertEquals(Optional.empty(), saved.id());
        assertEquals("Communications", saved.name());
        assertEquals(Optional.of("comms-team"), saved.groupName());
        assertEquals(NEW_DEPARTMENT, result.requireId());
        assertEquals(
                new AuditEntry(
                        Users.ADMIN,
                        NOW,
                        AuditedType.DEPARTMENT,
                        NEW_DEPARTMENT.value(),
                        AuditAction.CREATED,
                        "Saved the department \"Communications\" (group comms-team).",
                        AuditText.of(
                                AuditKey.DEPARTMENT_SAVED_WITH_GROUP,
                                "Communications",
                                "comms-team")),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void
            saveDepartment_shouldStoreTheGroupWithoutSurroundingSpace_whenItIsPaddedWithSpaces() {
        groupName = "  comms-team ";

        target.saveDepartment(saveCommand());

        assertEquals(Optional.of("comms-team"), savedDepartment().groupName());
        verify(users).groupExists("comms-team");
    }

    @Test
    public void saveDepartment_shouldCreateADepartmentWithoutGroup_whenNoGroupIsGiven() {
        groupName = null;

        target.saveDepartment(saveCommand());

        assertEquals(Optional.empty(), savedDepartment().groupName());
        assertEquals("Saved the department \"Communications\".", audited().summary());
        verify(users, never()).groupExists(any());
    }

    @Test
    public void saveDepartment_shouldRenameTheStoredDepartment_andAuditTheUpdate() {
        version = 3;

        Department result = target.saveDepartment(renameTechnology());

        Department saved = savedDepartment();
        assertEquals(Optional.of(Departments.TECHNOLOGY), saved.id());
        assertEquals(3, saved.version());
        assertEquals("Digital", saved.name());
        assertEquals(4, result.version());
        assertEquals(
                new AuditEntry(
                        Users.ADMIN,
                        NOW,
                        AuditedType.DEPARTMENT,
                        Departments.TECHNOLOGY.value(),
                        AuditAction.UPDATED,
                        "Saved the department \"Digital\" (group tech-team).",
                        AuditText.of(AuditKey.DEPARTMENT_SAVED_WITH_GROUP, "Digital", "tech-team")),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void
            saveDepartment_shouldRaiseStaleVersion_whenSomeoneElseChangedTheDepartmentMeanwhile() {
        version = 2;

        StaleVersionException e =
                assertThrows(
                        StaleVersionException.class,
                        () -> target.saveDepartment(renameTechnology()));

        assertEquals(Optional.of("version"), e.field());
        assertNothingWritten();
    }

    @Test
    public void saveDepartment_shouldSayNotFound_whenTheDepartmentDoesNotExist() {
        department = new DepartmentId(9);

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.saveDepartment(saveCommand()));

        assertEquals("Department 9 does not exist.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void saveDepartment_shouldRefuse_whenTheGroupDoesNotExist() {
        groupName = "coms-team";

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> target.saveDepartment(saveCommand()));

        assertEquals(Optional.of("groupName"), e.field());
        assertEquals(
                "Could not save the department: there is no group \"coms-team\".", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void saveDepartment_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(
                        AccessDeniedException.class, () -> target.saveDepartment(saveCommand()));

        assertEquals("Could not save the department: only administrators can.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void saveDepartment_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.saveDepartment(saveCommand()));

        assertNothingWritten();
    }

    @Test
    public void
            createDefaultDepartments_shouldCreateTheFiveDefaults_andAuditEach_whenThereAreNoDepartments() {
        storedDepartments.clear();

        int result = target.createDefaultDepartments();

        assertEquals(5, result);
        ArgumentCaptor<Department> saved = ArgumentCaptor.forClass(Department.class);
        verify(departments, times(5)).save(saved.capture());
        List<String> names = List.of("Product", "Design", "Technology", "Operations", "Policy");
        assertEquals(names, saved.getAllValues().stream().map(Department::name).toList());
        saved.getAllValues().forEach(d -> assertEquals(Optional.empty(), d.id()));
        saved.getAllValues().forEach(d -> assertEquals(Optional.empty(), d.groupName()));
        ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit, times(5)).record(entries.capture());
        List<AuditEntry> expected = new ArrayList<>();
        for (String name : names) {
            expected.add(
                    new AuditEntry(
                            Users.ADMIN,
                            NOW,
                            AuditedType.DEPARTMENT,
                            NEW_DEPARTMENT.value() + expected.size(),
                            AuditAction.CREATED,
                            "Created the default department \"" + name + "\".",
                            AuditText.of(AuditKey.DEFAULT_DEPARTMENT_CREATED, name)));
        }
        assertEquals(expected, entries.getAllValues());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void createDefaultDepartments_shouldCreateNothingTheSecondTime_whenCalledTwice() {
        storedDepartments.clear();

        int first = target.createDefaultDepartments();
        int second = target.createDefaultDepartments();

        assertEquals(5, first);
        assertEquals(0, second);
        verify(departments, times(5)).save(any());
        verify(audit, times(5)).record(any());
    }

    @Test
    public void createDefaultDepartments_shouldCreateNothing_whenDepartmentsExist() {
        int result = target.createDefaultDepartments();

        assertEquals(0, result);
        assertNothingWritten();
    }

    @Test
    public void createDefaultDepartments_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        storedDepartments.clear();
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.createDefaultDepartments());

        assertEquals(
                "Could not create the default departments: only administrators can.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void createDefaultDepartments_shouldRefuse_whenNobodyIsLoggedIn() {
        storedDepartments.clear();
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.createDefaultDepartments());

        assertNothingWritten();
    }

    @Test
    public void settings_shouldReturnTheStoredSettings_whenTheCallerIsAnAdministrator() {
        AppSettings result = target.settings();

        assertEquals(AppSettings.defaults(), result);
    }

    @Test
    public void settings_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.settings());

        assertEquals("Could not read the settings: only administrators can.", e.getMessage());
        verify(settings, never()).load();
    }

    @Test
    public void settings_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.settings());

        verify(settings, never()).load();
    }

    @Test
    public void saveSettings_shouldStoreTheSettings_andAuditThem_inOneTransaction() {
        AppSettings result = target.saveSettings(changedSettings);

        verify(settings).save(changedSettings);
        assertEquals(5, result.version());
        assertEquals(
                new AuditEntry(
                        Users.ADMIN,
                        NOW,
                        AuditedType.SETTINGS,
                        1,
                        AuditAction.UPDATED,
                        "Saved the settings (anonymous stories off, new stories for everyone, outcome managers \"outcome-managers\","
                                + " confidence 0.9, 0 own hypothesis prompts).",
                        AuditText.of(
                                AuditKey.SETTINGS_SAVED, 0, 1, "\"outcome-managers\"", 0.9, 0)),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void
            saveSettings_shouldStoreTheSettingsWithoutCheckingGroups_whenNoOutcomeManagerGroupIsGiven() {
        changedSettings = new AppSettings(true, true, null, 0.95, 4);

        target.saveSettings(changedSettings);

        verify(settings).save(changedSettings);
        assertEquals(
                "Saved the settings (anonymous stories allowed, new stories for everyone, outcome managers none,"
                        + " confidence 0.95, 0 own hypothesis prompts).",
                audited().summary());
        verify(users, never()).groupExists(any());
    }

    @Test
    public void saveSettings_shouldRefuse_whenTheOutcomeManagerGroupDoesNotExist() {
        changedSettings = new AppSettings(false, true, "outcome-manager", 0.9, 4);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> target.saveSettings(changedSettings));

        assertEquals(Optional.of("outcomeManagerGroup"), e.field());
        assertEquals(
                "Could not save the settings: there is no group \"outcome-manager\".",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void saveSettings_shouldForgetTheCachedSettings_onlyAfterTheTransactionEnded() {
        List<Boolean> transactionOpen = new ArrayList<>();
        doAnswer(
                        invocation -> {
                            transactionOpen.add(transactions.isOpen());
                            return null;
                        })
                .when(settingsCache)
                .forget();

        target.saveSettings(changedSettings);

        assertEquals(List.of(false), transactionOpen);
    }

    @Test
    public void saveSettings_shouldKeepTheCachedSettings_whenTheSaveFails() {
        doThrow(new StaleVersionException("settings")).when(settings).save(any());

        assertThrows(StaleVersionException.class, () -> target.saveSettings(changedSettings));

        verify(settingsCache, never()).forget();
    }

    @Test
    public void saveSettings_shouldAuditNothing_whenTheStoredSettingsChangedMeanwhile() {
        doThrow(new StaleVersionException("settings")).when(settings).save(any());

        assertThrows(StaleVersionException.class, () -> target.saveSettings(changedSettings));

        verify(audit, never()).record(any());
    }

    @Test
    public void saveSettings_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(
                        AccessDeniedException.class, () -> target.saveSettings(changedSettings));

        assertEquals("Could not save the settings: only administrators can.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void saveSettings_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.saveSettings(changedSettings));

        assertNothingWritten();
    }

    @Test
    public void history_shouldReturnTheChangesOfTheObject_whenTheCallerIsAnAdministrator() {
        Page<AuditEntry> page =
                Page.of(
                        List.of(
                                new AuditEntry(
                                        Users.ADMIN,
                                        NOW,
                                        AuditedType.DEPARTMENT,
                                        3,
                                        AuditAction.UPDATED,
                                        "Saved the department \"Technology\".")),
                        PAGE,
                        1);
        when(audit.historyOf(AuditedType.DEPARTMENT, 3, PAGE)).thenReturn(page);

        Page<AuditEntry> result = target.history(AuditedType.DEPARTMENT, 3, PAGE);

        assertSame(page, result);
    }

    @Test
    public void history_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(
                        AccessDeniedException.class,
                        () -> target.history(AuditedType.DEPARTMENT, 3, PAGE));

        assertEquals("Could not read the history: only administrators can.", e.getMessage());
        verify(audit, never()).historyOf(any(), anyLong(), any());
    }

    @Test
    public void history_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(
                NotAuthenticatedException.class,
                () -> target.history(AuditedType.DEPARTMENT, 3, PAGE));

        verify(audit, never()).historyOf(any(), anyLong(), any());
    }

    @Test
    public void
            recentChanges_shouldReturnTheLatestChangesToAnything_whenTheCallerIsAnAdministrator() {
        Page<AuditEntry> page =
                Page.of(
                        List.of(
                                new AuditEntry(
                                        Users.ADMIN,
                                        NOW,
                                        AuditedType.SETTINGS,
                                        1,
                                        AuditAction.UPDATED,
                                        "Saved the settings.")),
                        PAGE,
                        1);
        when(audit.recent(null, null, PAGE)).thenReturn(page);

        Page<AuditEntry> result = target.recentChanges(PAGE);

        assertSame(page, result);
    }

    @Test
    public void recentChanges_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.recentChanges(PAGE));

        assertEquals("Could not read the audit log: only administrators can.", e.getMessage());
        verify(audit, never()).recent(any());
    }

    @Test
    public void checkAdministrator_shouldPass_whenTheCallerIsAnAdministrator() {
        target.checkAdministrator();

        verify(access).isAdministrator(Users.ADMIN);
    }

    @Test
    public void checkAdministrator_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        when(access.isAdministrator(Users.ADMIN)).thenReturn(false);

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.checkAdministrator());

        assertEquals(
                "Could not open the administration page: only administrators can.", e.getMessage());
    }

    @Test
    public void checkAdministrator_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.checkAdministrator());
    }

    @Test
    public void saveSettings_shouldCountTheOwnPromptsInTheAudit_whenTheAdministratorSetSome() {
        changedSettings =
                new AppSettings(
                        true,
                        false,
                        null,
                        0.99,
                        HypothesisPrompts.of(
                                Map.of(
                                        "en",
                                                Map.of(
                                                        HypothesisPart.CHANGE,
                                                        "e.g. a map",
                                                        HypothesisPart.SIGNAL,
                                                        "e.g. 80%"),
                                        "nl", Map.of(HypothesisPart.CHANGE, "bijv. een kaart"))),
                        4);

        target.saveSettings(changedSettings);

        verify(settings).save(changedSettings);
        assertEquals(
                "Saved the settings (anonymous stories allowed, new stories for chosen departments, outcome managers"
                        + " none, confidence 0.99, 3 own hypothesis prompts).",
                audited().summary());
    }
}
