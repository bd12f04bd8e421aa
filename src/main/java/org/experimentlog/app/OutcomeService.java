package org.experimentlog.app;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.experimentlog.app.command.DefineOutcome;
import org.experimentlog.app.command.RecordMeasurement;
import org.experimentlog.app.command.RedefineOutcome;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.LinkedIteration;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.MeasurementId;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.OutcomeStatus;
import org.springframework.stereotype.Component;

/**
 * The use cases of outcomes: every logged-in user reads them; administrators and members of the
 * configured outcome-manager group define them and record measurements.
 */
@Component
public class OutcomeService {
    private final OutcomeRepository outcomes;
    private final ExperimentRepository experiments;
    private final DepartmentRepository departments;
    private final SettingsRepository settings;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;
    private final Caller caller;

    @Inject
    public OutcomeService(
            OutcomeRepository outcomes,
            ExperimentRepository experiments,
            DepartmentRepository departments,
            SettingsRepository settings,
            AccessPolicy access,
            UserDirectory users,
            AuditLog audit,
            Clock clock,
            Transactions transactions,
            Caller caller) {
        this.outcomes = outcomes;
        this.experiments = experiments;
        this.departments = departments;
        this.settings = settings;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.caller = caller;
    }

    public List<Outcome> list() {
        caller.user();
        return outcomes.list();
    }

    /**
     * The outcomes page: outcomes of a department and/or a status (either may be null), with their
     * latest measurements and the linked experiments the caller may see, in a fixed number of
     * queries.
     */
    public OutcomeCatalogue catalogue(DepartmentId department, OutcomeStatus status) {
        UserRef user = caller.user();
        List<Outcome> shown =
                outcomes.list().stream()
                        .filter(o -> department == null || o.owner().equals(department))
                        .filter(o -> status == null || o.status() == status)
                        .toList();
        List<OutcomeId> ids = shown.stream().map(Outcome::requireId).toList();
        Map<OutcomeId, List<IssueRef>> linked = new LinkedHashMap<>();
        experiments
                .linkedTo(ids)
                .forEach(
                        (outcome, issues) ->
                                linked.put(
                                        outcome,
                                        issues.stream()
                                                .filter(issue -> access.canBrowse(user, issue))
                                                .toList()));
        return new OutcomeCatalogue(
                shown,
                ids.isEmpty() ? Map.of() : outcomes.latestMeasurements(ids),
                linked,
                departments.list(),
                canManage());
    }

    /**
     * Every department, e.g. for a filter next to {@link #list()}: one query, without measurements
     * or links.
     */
    public List<Department> departments() {
        caller.user();
        return departments.list();
    }

    /** The latest measurement of each of these outcomes that has one, in one query. */
    public Map<OutcomeId, Measurement> latest(List<Outcome> shown) {
        caller.user();
        List<OutcomeId> ids = shown.stream().map(Outcome::requireId).toList();
        return ids.isEmpty() ? Map.of() : outcomes.latestMeasurements(ids);
    }

    /**
     * @throws NotFoundException when the outcome does not exist
     */
    public Outcome view(OutcomeId id) {
        caller.user();
        return outcomes.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The outcome page: the outcome, its measurements and the iterations of the linked experiments
     * the caller may see, in a fixed number of queries.
     *
     * @throws NotFoundException when the outcome does not exist
     */
    public OutcomeDetail detail(OutcomeId id) {
        UserRef user = caller.user();
        Outcome outcome = outcomes.find(id).orElseThrow(() -> notFound(id));
        Map<IssueRef, Boolean> visible = new HashMap<>();
        List<LinkedIteration> iterations =
                experiments.iterationsLinkedTo(id).stream()
                        .filter(
                                it ->
                                        visible.computeIfAbsent(
                                                it.issue(), issue -> access.canBrowse(user, issue)))
                        .toList();
        boolean manager = canManage();
        return new OutcomeDetail(
                outcome,
                outcomes.measurementsOf(id),
                iterations,
                departments.list(),
                manager,
                manager ? outcomes.references(id) : 0);
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

    /**
     * @throws AccessDeniedException when the caller does not manage outcomes
     */
    public Outcome define(DefineOutcome command) {
        UserRef user = manager(Attempt.DEFINE_THE_OUTCOME);
        requireDepartment(command.owner());
        return transactions.inTransaction(
                () -> {
                    Outcome saved =
                            outcomes.save(
                                    Outcome.define(
                                            command.title(),
                                            command.description(),
                                            command.metric(),
                                            command.baseline(),
                                            command.target(),
                                            command.owner(),
                                            user,
                                            clock.now()));
                    audit.record(
                            new AuditEntry(
                                    user,
                                    clock.now(),
                                    AuditedType.OUTCOME,
                                    saved.requireId().value(),
                                    AuditAction.CREATED,
                                    AuditText.of(AuditKey.OUTCOME_DEFINED, saved.title())));
                    return saved;
                });
    }

    /**
     * @throws StaleVersionException when someone else changed the outcome since the caller read it
     */
    public Outcome redefine(RedefineOutcome command) {
        UserRef user = manager(Attempt.CHANGE_THE_OUTCOME);
        requireDepartment(command.owner());
        return transactions.inTransaction(
                () -> {
                    Outcome current =
                            outcomes.find(command.outcome())
                                    .orElseThrow(() -> notFound(command.outcome()));
                    current.requireVersion(command.version());
                    Outcome saved =
                            outcomes.save(
                                    current.redefine(
                                            command.title(),
                                            command.description(),
                                            command.metric(),
                                            command.baseline(),
                                            command.target(),
                                            command.owner(),
                                            command.status()));
                    audit.record(
                            new AuditEntry(
                                    user,
                                    clock.now(),
                                    AuditedType.OUTCOME,
                                    saved.requireId().value(),
                                    AuditAction.UPDATED,
                                    AuditText.of(AuditKey.OUTCOME_CHANGED, saved.title())));
                    return saved;
                });
    }

    /**
     * Records a measurement; one per outcome and day.
     *
     * @throws InvalidInputException when the day is in the future or before 1900, or a percentage
     *     is out of range
     * @throws RuleViolationException when the outcome has a measurement on that day already:
     *     correct that one instead
     */
    public Measurement record(RecordMeasurement command) {
        return record(command, false);
    }

    /**
     * Records a measurement as {@link #record(RecordMeasurement)} does; with {@code restore} it
     * re-creates a deleted one (the undo of a removal) and is audited as restored.
     */
    public Measurement record(RecordMeasurement command, boolean restore) {
        UserRef user = manager(Attempt.RECORD_THE_MEASUREMENT);
        return transactions.inTransaction(
                () -> {
                    Outcome outcome =
                            outcomes.find(command.outcome())
                                    .orElseThrow(() -> notFound(command.outcome()));
                    requireFreeDay(command.outcome(), command.measuredOn(), null);
                    Measurement saved =
                            outcomes.add(
                                    Measurement.record(
                                            outcome,
                                            command.value(),
                                            command.measuredOn(),
                                            command.note(),
                                            user,
                                            clock.now(),
                                            clock.today()));
                    audit.record(
                            new AuditEntry(
                                    user,
                                    clock.now(),
                                    AuditedType.MEASUREMENT,
                                    saved.id().value(),
                                    restore ? AuditAction.RESTORED : AuditAction.CREATED,
                                    AuditText.of(
                                            restore
                                                    ? AuditKey.MEASUREMENT_RESTORED
                                                    : AuditKey.MEASUREMENT_RECORDED,
                                            command.value(),
                                            outcome.metric().unit(),
                                            command.measuredOn(),
                                            outcome.title())));
                    return saved;
                });
    }

    /**
     * Corrects a measurement's value, day or note.
     *
     * @throws NotFoundException when the outcome or the measurement does not exist
     * @throws RuleViolationException when another measurement of the outcome is on the new day
     */
    public Measurement correct(
            OutcomeId id,
            MeasurementId measurement,
            double value,
            LocalDate measuredOn,
            String note) {
        UserRef user = manager(Attempt.CORRECT_THE_MEASUREMENT);
        return transactions.inTransaction(
                () -> {
                    Outcome outcome = outcomes.find(id).orElseThrow(() -> notFound(id));
                    Measurement current = measurementOf(id, measurement);
                    requireFreeDay(id, measuredOn, measurement);
                    Measurement checked =
                            Measurement.record(
                                    outcome,
                                    value,
                                    measuredOn,
                                    note,
                                    current.recordedBy(),
                                    current.recordedAt(),
                                    clock.today());
                    Measurement saved =
                            outcomes.correct(
                                    new Measurement(
                                            measurement,
                                            id,
                                            checked.value(),
                                            checked.measuredOn(),
                                            checked.note(),
                                            current.recordedBy(),
                                            current.recordedAt()));
                    audit.record(
                            new AuditEntry(
                                    user,
                                    clock.now(),
                                    AuditedType.MEASUREMENT,
                                    measurement.value(),
                                    AuditAction.UPDATED,
                                    AuditText.of(
                                            AuditKey.MEASUREMENT_CORRECTED,
                                            current.measuredOn(),
                                            current.value(),
                                            saved.value(),
                                            outcome.metric().unit(),
                                            saved.measuredOn(),
                                            outcome.title())));
                    return saved;
                });
    }

    /**
     * @throws NotFoundException when the outcome or the measurement does not exist
     */
    public void deleteMeasurement(OutcomeId id, MeasurementId measurement) {
        UserRef user = manager(Attempt.DELETE_THE_MEASUREMENT);
        transactions.inTransaction(
                () -> {
                    Outcome outcome = outcomes.find(id).orElseThrow(() -> notFound(id));
                    Measurement current = measurementOf(id, measurement);
                    outcomes.delete(measurement);
                    audit.record(
                            new AuditEntry(
                                    user,
                                    clock.now(),
                                    AuditedType.MEASUREMENT,
                                    measurement.value(),
                                    AuditAction.DELETED,
                                    AuditText.of(
                                            AuditKey.MEASUREMENT_DELETED,
                                            current.measuredOn(),
                                            current.value(),
                                            outcome.metric().unit(),
                                            outcome.title())));
                    return null;
                });
    }

    /**
     * Deletes an outcome with its measurements, when no experiment aims at it and no result
     * measures it; otherwise archive it (status retired).
     *
     * @throws RuleViolationException when experiments or results refer to it
     */
    public void delete(OutcomeId id) {
        UserRef user = manager(Attempt.DELETE_THE_OUTCOME);
        transactions.inTransaction(
                () -> {
                    Outcome current = outcomes.find(id).orElseThrow(() -> notFound(id));
                    int references = outcomes.references(id);
                    if (references > 0) {
                        throw new RuleViolationException(
                                "outcome", ErrorKey.OUTCOME_LINKED, references);
                    }
                    outcomes.delete(id);
                    audit.record(
                            new AuditEntry(
                                    user,
                                    clock.now(),
                                    AuditedType.OUTCOME,
                                    id.value(),
                                    AuditAction.DELETED,
                                    AuditText.of(AuditKey.OUTCOME_DELETED, current.title())));
                    return null;
                });
    }

    private Measurement measurementOf(OutcomeId id, MeasurementId measurement) {
        return outcomes.findMeasurement(measurement)
                .filter(m -> m.outcomeId().equals(id))
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        ErrorKey.MEASUREMENT_NOT_FOUND, measurement.toString()));
    }

    /**
     * One measurement per day: a second one is refused with the first's value, so the user can
     * correct that one.
     */
    private void requireFreeDay(OutcomeId id, LocalDate day, MeasurementId except) {
        if (day == null) {
            return;
        }
        outcomes.measurementsOf(id).stream()
                .filter(m -> m.measuredOn().equals(day) && !m.id().equals(except))
                .findFirst()
                .ifPresent(
                        m -> {
                            throw new RuleViolationException(
                                    "measuredOn",
                                    ErrorKey.MEASUREMENT_SAME_DAY,
                                    day.toString(),
                                    m.value());
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
            throw new InvalidInputException(
                    "ownerDepartment", ErrorKey.DEPARTMENT_NOT_FOUND, id.toString());
        }
    }

    private static NotFoundException notFound(OutcomeId id) {
        return new NotFoundException(ErrorKey.OUTCOME_NOT_FOUND, id.toString());
    }
}
