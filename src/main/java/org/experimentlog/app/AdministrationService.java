package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.experimentlog.app.command.SaveDepartment;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.SettingsCache;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.settings.AppSettings;
import org.springframework.stereotype.Component;

/**
 * What administrators manage: departments, the app settings and the audit history. Everyone logged
 * in may read the department list.
 */
@Component
public class AdministrationService {
    private final DepartmentRepository departments;
    private final SettingsRepository settings;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;
    private final Caller caller;
    private final SettingsCache settingsCache;

    @Inject
    public AdministrationService(
            DepartmentRepository departments,
            SettingsRepository settings,
            SettingsCache settingsCache,
            AccessPolicy access,
            UserDirectory users,
            AuditLog audit,
            Clock clock,
            Transactions transactions,
            Caller caller) {
        this.departments = departments;
        this.settings = settings;
        this.settingsCache = settingsCache;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.caller = caller;
    }

    public List<Department> departments() {
        caller.user();
        return departments.list();
    }

    /**
     * Creates a department or changes its name and group.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     * @throws InvalidInputException when the group does not exist or the name is taken
     * @throws StaleVersionException when someone else changed the department since the caller read
     *     it
     */
    public Department saveDepartment(SaveDepartment command) {
        UserRef admin = administrator(Attempt.SAVE_THE_DEPARTMENT);
        if (command.groupName() != null
                && !command.groupName().isBlank()
                && !users.groupExists(command.groupName().strip())) {
            throw new InvalidInputException(
                    "groupName", ErrorKey.DEPARTMENT_NO_GROUP, command.groupName().strip());
        }
        return transactions.inTransaction(
                () -> {
                    Department changed;
                    if (command.department() == null) {
                        changed = Department.create(command.name(), command.groupName());
                    } else {
                        Department current =
                                departments
                                        .find(command.department())
                                        .orElseThrow(
                                                () ->
                                                        new NotFoundException(
                                                                ErrorKey.DEPARTMENT_NOT_FOUND,
                                                                command.department().toString()));
                        current.requireVersion(command.version());
                        changed = current.renamed(command.name(), command.groupName());
                    }
                    Department saved = departments.save(changed);
                    audit.record(
                            new AuditEntry(
                                    admin,
                                    clock.now(),
                                    AuditedType.DEPARTMENT,
                                    saved.requireId().value(),
                                    command.department() == null
                                            ? AuditAction.CREATED
                                            : AuditAction.UPDATED,
                                    saved.groupName()
                                            .map(
                                                    g ->
                                                            AuditText.of(
                                                                    AuditKey
                                                                            .DEPARTMENT_SAVED_WITH_GROUP,
                                                                    saved.name(),
                                                                    g))
                                            .orElseGet(
                                                    () ->
                                                            AuditText.of(
                                                                    AuditKey.DEPARTMENT_SAVED,
                                                                    saved.name()))));
                    return saved;
                });
    }

    /** Creates the default departments when there are none yet; returns how many it created. */
    public int createDefaultDepartments() {
        UserRef admin = administrator(Attempt.CREATE_THE_DEFAULT_DEPARTMENTS);
        return transactions.inTransaction(
                () -> {
                    if (!departments.list().isEmpty()) {
                        return 0;
                    }
                    for (String name : Department.defaultNames()) {
                        Department saved = departments.save(Department.create(name, null));
                        audit.record(
                                new AuditEntry(
                                        admin,
                                        clock.now(),
                                        AuditedType.DEPARTMENT,
                                        saved.requireId().value(),
                                        AuditAction.CREATED,
                                        AuditText.of(AuditKey.DEFAULT_DEPARTMENT_CREATED, name)));
                    }
                    return Department.defaultNames().size();
                });
    }

    /**
     * Checks that the caller may administer the app, e.g. before the administration page is shown.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     */
    public void checkAdministrator() {
        administrator(Attempt.OPEN_THE_ADMINISTRATION_PAGE);
    }

    public AppSettings settings() {
        administrator(Attempt.READ_THE_SETTINGS);
        return settings.load();
    }

    /**
     * @throws StaleVersionException when someone else changed the settings since the caller read
     *     them
     */
    public AppSettings saveSettings(AppSettings changed) {
        AppSettings saved = store(changed);
        // committed: every node now loads the new settings on its next read
        settingsCache.forget();
        return saved;
    }

    private AppSettings store(AppSettings changed) {
        UserRef admin = administrator(Attempt.SAVE_THE_SETTINGS);
        if (changed.outcomeManagerGroup() != null
                && !users.groupExists(changed.outcomeManagerGroup())) {
            throw new InvalidInputException(
                    "outcomeManagerGroup",
                    ErrorKey.SETTINGS_NO_GROUP,
                    changed.outcomeManagerGroup());
        }
        return transactions.inTransaction(
                () -> {
                    AppSettings saved = settings.save(changed);
                    audit.record(
                            new AuditEntry(
                                    admin,
                                    clock.now(),
                                    AuditedType.SETTINGS,
                                    1,
                                    AuditAction.UPDATED,
                                    AuditText.of(
                                            AuditKey.SETTINGS_SAVED,
                                            saved.anonymousStoriesAllowed() ? 1 : 0,
                                            saved.storiesVisibleToEveryone() ? 1 : 0,
                                            saved.outcomeManagerGroup() == null
                                                    ? AuditText.NONE
                                                    : "\"" + saved.outcomeManagerGroup() + "\"",
                                            saved.confidenceLevel(),
                                            saved.hypothesisPrompts().asMap().values().stream()
                                                    .mapToInt(Map::size)
                                                    .sum())));
                    return saved;
                });
    }

    /** The changes to one object, newest first; administrators only. */
    public Page<AuditEntry> history(AuditedType type, long id, PageRequest page) {
        administrator(Attempt.READ_THE_HISTORY);
        return audit.historyOf(type, id, page);
    }

    /** The latest changes to anything, newest first; administrators only. */
    public Page<AuditEntry> recentChanges(PageRequest page) {
        return recentChanges(null, null, page);
    }

    /**
     * The latest changes, newest first, to objects of one type and by one person (their user name)
     * where given; administrators only. A user name nobody logs in with matches nothing.
     */
    public Page<AuditEntry> recentChanges(AuditedType type, String actorName, PageRequest page) {
        administrator(Attempt.READ_THE_AUDIT_LOG);
        if (actorName == null || actorName.isBlank()) {
            return audit.recent(type, null, page);
        }
        return users.findByName(actorName.strip())
                .map(actor -> audit.recent(type, actor, page))
                .orElseGet(() -> Page.of(List.of(), page, 0));
    }

    private UserRef administrator(Attempt action) {
        UserRef user = caller.user();
        if (!access.isAdministrator(user)) {
            throw new AccessDeniedException(ErrorKey.ADMINISTRATORS_ONLY, action);
        }
        return user;
    }
}
