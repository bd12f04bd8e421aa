package org.experimentlog.app;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.experimentlog.app.command.DefineOutcome;
import org.experimentlog.app.command.RecordMeasurement;
import org.experimentlog.app.command.RedefineOutcome;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.OutcomeRepository;
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
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * The use cases of outcomes: every logged-in user reads them; administrators and members of the configured
 * outcome-manager group define them and record measurements.
 */
@Named
public class OutcomeService {
    private final OutcomeRepository outcomes;
    private final org.experimentlog.app.port.ExperimentRepository experiments;
    private final DepartmentRepository departments;
    private final SettingsRepository settings;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;
    private final Caller caller;

    @Inject
    public OutcomeService(OutcomeRepository outcomes, org.experimentlog.app.port.ExperimentRepository experiments,
            DepartmentRepository departments, SettingsRepository settings, AccessPolicy access, UserDirectory users,
            AuditLog audit, Clock clock, Transactions transactions) {
        this.outcomes = outcomes;
        this.experiments = experiments;
        this.departments = departments;
        this.settings = settings;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.caller = new Caller(users, access, departments);
    }

    public List<Outcome> list() {
        caller.user();
        return outcomes.list();
    }

    /**
     * The outcomes page: outcomes of a department and/or a status (either may be null), with their latest
     * measurements and the linked experiments the caller may see, in a fixed number of queries.
     */
    public OutcomeCatalogue catalogue(org.experimentlog.domain.department.DepartmentId department,
            org.experimentlog.domain.outcome.OutcomeStatus status) {
        UserRef user = caller.user();
        List<Outcome> shown = outcomes.list().stream()
                .filter(o -> department == null || o.owner().equals(department))
                .filter(o -> status == null || o.status() == status).toList();
        List<OutcomeId> ids = shown.stream().map(Outcome::requireId).toList();
        java.util.Map<OutcomeId, List<org.experimentlog.domain.IssueRef>> linked = new java.util.LinkedHashMap<>();
        experiments.linkedTo(ids).forEach((outcome, issues) -> linked.put(outcome,
                issues.stream().filter(issue -> access.canBrowse(user, issue)).toList()));
        return new OutcomeCatalogue(shown, ids.isEmpty() ? java.util.Map.of() : outcomes.latestMeasurements(ids), linked,
                departments.list(), canManage());
    }

    /** Every department, e.g. for a filter next to {@link #list()}: one query, without measurements or links. */
    public List<org.experimentlog.domain.department.Department> departments() {
        caller.user();
        return departments.list();
    }

    /** The latest measurement of each of these outcomes that has one, in one query. */
    public java.util.Map<OutcomeId, Measurement> latest(List<Outcome> shown) {
        caller.user();
        List<OutcomeId> ids = shown.stream().map(Outcome::requireId).toList();
        return ids.isEmpty() ? java.util.Map.of() : outcomes.latestMeasurements(ids);
    }

    /** @throws NotFoundException when the outcome does not exist */
    public Outcome view(OutcomeId id) {
        caller.user();
        return outcomes.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The outcome page: the outcome, its measurements and the iterations of the linked experiments the caller may
     * see, in a fixed number of queries.
     *
     * @throws NotFoundException when the outcome does not exist
     */
    public OutcomeDetail detail(OutcomeId id) {
        UserRef user = caller.user();
        Outcome outcome = outcomes.find(id).orElseThrow(() -> notFound(id));
        java.util.Map<org.experimentlog.domain.IssueRef, Boolean> visible = new java.util.HashMap<>();
        List<org.experimentlog.app.port.LinkedIteration> iterations = experiments.iterationsLinkedTo(id).stream()
                .filter(it -> visible.computeIfAbsent(it.issue(), issue -> access.canBrowse(user, issue))).toList();
        return new OutcomeDetail(outcome, outcomes.measurementsOf(id), iterations, departments.list(), canManage());
    }

    public List<Measurement> measurements(OutcomeId id) {
        view(id);
        return outcomes.measurementsOf(id);
    }

    /** Whether the caller may define outcomes and record measurements. */
    public boolean canManage() {
        UserRef user = caller.user();
        String group = settings.load().outcomeManagerGroup();
        return access.isAdministrator(user) || (group != null && users.isMember(user, group));
    }

    /** @throws AccessDeniedException when the caller does not manage outcomes */
    public Outcome define(DefineOutcome command) {
        UserRef user = manager(Attempt.DEFINE_THE_OUTCOME);
        requireDepartment(command.owner());
        return transactions.inTransaction(() -> {
            Outcome saved = outcomes.save(Outcome.define(command.title(), command.description(), command.metric(),
                    command.baseline(), command.target(), command.owner(), user, clock.now()));
            audit.record(new AuditEntry(user, clock.now(), AuditedType.OUTCOME, saved.requireId().value(),
                    AuditAction.CREATED, "Defined the outcome \"" + saved.title() + "\"."));
            return saved;
        });
    }

    /** @throws StaleVersionException when someone else changed the outcome since the caller read it */
    public Outcome redefine(RedefineOutcome command) {
        UserRef user = manager(Attempt.CHANGE_THE_OUTCOME);
        requireDepartment(command.owner());
        return transactions.inTransaction(() -> {
            Outcome current = outcomes.find(command.outcome()).orElseThrow(() -> notFound(command.outcome()));
            if (current.version() != command.version()) {
                throw new StaleVersionException("outcome");
            }
            Outcome saved = outcomes.save(current.redefine(command.title(), command.description(), command.metric(),
                    command.baseline(), command.target(), command.owner(), command.status()));
            audit.record(new AuditEntry(user, clock.now(), AuditedType.OUTCOME, saved.requireId().value(),
                    AuditAction.UPDATED, "Changed the outcome \"" + saved.title() + "\"."));
            return saved;
        });
    }

    /** @throws InvalidInputException when the day is in the future */
    public Measurement record(RecordMeasurement command) {
        UserRef user = manager(Attempt.RECORD_THE_MEASUREMENT);
        return transactions.inTransaction(() -> {
            Outcome outcome = outcomes.find(command.outcome()).orElseThrow(() -> notFound(command.outcome()));
            Measurement saved = outcomes.add(Measurement.record(outcome, command.value(), command.measuredOn(),
                    command.note(), user, clock.now(), clock.today()));
            audit.record(new AuditEntry(user, clock.now(), AuditedType.MEASUREMENT, saved.id().value(),
                    AuditAction.CREATED, "Recorded " + command.value() + " " + outcome.metric().unit() + " on "
                            + command.measuredOn() + " for \"" + outcome.title() + "\"."));
            return saved;
        });
    }

    private UserRef manager(Attempt action) {
        if (!canManage()) {
            throw new AccessDeniedException(ErrorKey.OUTCOME_MANAGERS_ONLY, action);
        }
        return caller.user();
    }

    private void requireDepartment(DepartmentId id) {
        if (id != null && departments.find(id).isEmpty()) {
            throw new InvalidInputException("ownerDepartment", ErrorKey.DEPARTMENT_NOT_FOUND, id.toString());
        }
    }

    private static NotFoundException notFound(OutcomeId id) {
        return new NotFoundException(ErrorKey.OUTCOME_NOT_FOUND, id.toString());
    }
}
