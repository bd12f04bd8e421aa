package org.experimentlog.app;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.experimentlog.app.command.Abandon;
import org.experimentlog.app.command.AddIteration;
import org.experimentlog.app.command.AddLearning;
import org.experimentlog.app.command.Conclude;
import org.experimentlog.app.command.EditHypothesis;
import org.experimentlog.app.command.EditIteration;
import org.experimentlog.app.command.EditLearning;
import org.experimentlog.app.command.EditPlan;
import org.experimentlog.app.command.MoveStage;
import org.experimentlog.app.command.OpenExperiment;
import org.experimentlog.app.command.RecordResult;
import org.experimentlog.app.command.ReviseResult;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentQuery;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.OutcomeWithLatest;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.PublicationRepository;
import org.experimentlog.app.port.RegistrationRepository;
import org.experimentlog.app.port.SettingsCache;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ConcurrentWriteException;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueKeys;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.Deviation;
import org.experimentlog.domain.register.PlanContent;
import org.experimentlog.domain.register.PlanPart;
import org.experimentlog.domain.register.Publication;
import org.experimentlog.domain.register.RegisteredPlan;
import org.experimentlog.domain.settings.AppSettings;
import org.springframework.stereotype.Component;

/**
 * The use cases of an experiment: open it on an issue, shape its hypothesis and plan, run its
 * iterations, record results and learnings, and close it. Every call checks the caller's permission
 * on the issue, runs in one transaction and leaves an audit entry.
 */
@Component
public class ExperimentService {
    /**
     * The reason a publication is withdrawn with when its experiment's issue is deleted: the public
     * register then says, in every version, that it was withdrawn, when and why.
     */
    public static final String ISSUE_DELETED_REASON = "The experiment's issue was deleted.";

    private final ExperimentRepository experiments;
    private final FailureStoryRepository stories;
    private final SettingsCache settings;
    private final OutcomeRepository outcomes;
    private final DepartmentRepository departments;
    private final IssueGateway issues;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;
    private final Caller caller;
    private final RegistrationRepository registrations;
    private final PublicationRepository publications;

    @Inject
    public ExperimentService(
            ExperimentRepository experiments,
            FailureStoryRepository stories,
            OutcomeRepository outcomes,
            DepartmentRepository departments,
            SettingsCache settings,
            IssueGateway issues,
            AccessPolicy access,
            AuditLog audit,
            Clock clock,
            Transactions transactions,
            RegistrationRepository registrations,
            PublicationRepository publications,
            Caller caller) {
        this.experiments = experiments;
        this.settings = settings;
        this.stories = stories;
        this.outcomes = outcomes;
        this.departments = departments;
        this.issues = issues;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.caller = caller;
        this.registrations = registrations;
        this.publications = publications;
    }

    /**
     * The experiment on an issue with everything recorded on it.
     *
     * @throws NotFoundException when the issue does not exist, the caller may not browse it, or it
     *     has no experiment
     */
    public ExperimentRecord view(String issueKey) {
        UserRef user = caller.user();
        IssueSummary issue = browsable(user, issueKey);
        return experiments.recordOfIssue(issue.ref().id()).orElseThrow(() -> noExperiment(issue));
    }

    /**
     * What the issue panel shows: the experiment (if any) with its linked outcomes and their latest
     * measurements, and whether the caller may change it; a fixed number of queries whatever the
     * number of iterations.
     *
     * @throws NotFoundException when the issue does not exist or the caller may not browse it
     */
    public ExperimentOverview overview(String issueKey) {
        UserRef user = caller.user();
        IssueSummary issue = browsable(user, issueKey);
        Optional<ExperimentRecord> record = experiments.recordOfIssue(issue.ref().id());
        List<OutcomeId> linked =
                record.map(
                                r ->
                                        r.experiment().outcomes().stream()
                                                .map(OutcomeLink::outcome)
                                                .toList())
                        .orElse(List.of());
        boolean canEdit = access.canEdit(user, issue.ref());
        AppSettings configured = settings.settings();
        // an editor's choice of outcomes holds every outcome, each with its latest value, so the
        // linked ones need no query of their own
        List<OutcomeWithLatest> available = canEdit ? outcomes.listWithLatest() : List.of();
        Map<OutcomeId, OutcomeWithLatest> linkedOutcomes;
        if (linked.isEmpty()) {
            linkedOutcomes = Map.of();
        } else if (canEdit) {
            Map<OutcomeId, OutcomeWithLatest> all = new HashMap<>();
            available.forEach(o -> all.put(o.outcome().requireId(), o));
            linkedOutcomes = new LinkedHashMap<>();
            for (OutcomeId id : linked) {
                if (all.containsKey(id)) {
                    linkedOutcomes.put(id, all.get(id));
                }
            }
        } else {
            linkedOutcomes = outcomes.findAllWithLatest(linked);
        }
        return new ExperimentOverview(
                issue,
                canEdit,
                configured.confidenceLevel(),
                record,
                linkedOutcomes,
                departments.list(),
                available.stream().map(OutcomeWithLatest::outcome).toList(),
                configured.hypothesisPrompts());
    }

    /**
     * The confidence level an administrator chose for the intervals and tests of results, e.g.
     * 0.95.
     */
    public double confidenceLevel() {
        return settings.settings().confidenceLevel();
    }

    /**
     * The audited changes to the experiment itself, newest first, for whoever may see its issue.
     */
    public Page<AuditEntry> history(String issueKey, PageRequest page) {
        ExperimentRecord record = view(issueKey);
        return audit.historyOf(
                AuditedType.EXPERIMENT, record.experiment().requireId().value(), page);
    }

    /**
     * A page of a project's experiments, newest first.
     *
     * @throws NotFoundException when the project does not exist or the caller may not browse it
     */
    public Page<ExperimentRecord> list(ProjectKey project, PageRequest page) {
        UserRef user = caller.user();
        if (!access.canBrowseProject(user, project)) {
            throw new NotFoundException(ErrorKey.EXPERIMENTS_PROJECT_NOT_FOUND, project.toString());
        }
        return experiments.list(ExperimentQuery.inProject(project), page);
    }

    /**
     * Opens an experiment on an issue of type Experiment.
     *
     * @throws NotFoundException when the issue does not exist or the caller may not browse it
     * @throws AccessDeniedException when the caller may not edit it
     * @throws RuleViolationException when the issue is not an Experiment or already has an
     *     experiment
     */
    public Experiment open(OpenExperiment command) {
        UserRef user = caller.user();
        IssueSummary issue = editable(user, command.issueKey(), Attempt.OPEN_THE_EXPERIMENT);
        if (!issue.experiment()) {
            throw new RuleViolationException(
                    "issueKey", ErrorKey.ISSUE_NOT_AN_EXPERIMENT, issue.ref().key());
        }
        return transactions.inTransaction(
                () -> {
                    Experiment saved =
                            experiments.save(Experiment.open(issue.ref(), user, clock.now()));
                    record(
                            user,
                            AuditedType.EXPERIMENT,
                            saved.requireId().value(),
                            AuditAction.CREATED,
                            AuditText.of(AuditKey.EXPERIMENT_OPENED, issue.ref().key()));
                    return saved;
                });
    }

    /**
     * @throws StaleVersionException when someone else changed the experiment since the caller read
     *     it
     */
    public Experiment editHypothesis(EditHypothesis command) {
        return changePlan(
                command.issueKey(),
                command.version(),
                Attempt.EDIT_THE_HYPOTHESIS,
                e -> e.withHypothesis(command.hypothesis()),
                AuditKey.HYPOTHESIS_EDITED,
                command.deviationReason());
    }

    /**
     * @throws InvalidInputException when a department or outcome does not exist
     */
    public Experiment editPlan(EditPlan command) {
        requireDepartments(command.departments());
        requireOutcomes(command.outcomes().stream().map(OutcomeLink::outcome).toList());
        return changePlan(
                command.issueKey(),
                command.version(),
                Attempt.EDIT_THE_PLAN,
                e ->
                        e.withMethod(command.method(), command.methodDetails())
                                .withPlannedSampleSize(command.plannedSampleSize())
                                .withDepartments(command.departments())
                                .withOutcomes(command.outcomes()),
                AuditKey.PLAN_EDITED,
                command.deviationReason());
    }

    /**
     * Moves the experiment on. When it runs for the first time, its plan is registered in the same
     * transaction: the hypothesis, method, linked outcomes and planned end, frozen before the data
     * comes in.
     *
     * @throws RuleViolationException when the stage may not follow the current one
     */
    public Experiment moveStage(MoveStage command) {
        Experiment moved =
                change(
                        command.issueKey(),
                        command.version(),
                        Attempt.MOVE_THE_EXPERIMENT,
                        e -> e.moveTo(command.target(), clock.now()),
                        AuditAction.STAGE_CHANGED,
                        key ->
                                AuditText.of(
                                        AuditKey.EXPERIMENT_MOVED,
                                        key,
                                        AuditText.word(command.target())));
        return moved;
    }

    /**
     * @throws RuleViolationException when there is no learning yet, or the experiment is not being
     *     analysed
     */
    public Experiment conclude(Conclude command) {
        return change(
                command.issueKey(),
                command.version(),
                Attempt.CONCLUDE_THE_EXPERIMENT,
                e ->
                        e.conclude(
                                command.verdict(),
                                command.note(),
                                experiments.learningsOf(e.requireId()),
                                clock.now()),
                AuditAction.STAGE_CHANGED,
                key ->
                        command.verdict() == null
                                ? AuditText.of(AuditKey.EXPERIMENT_CONCLUDED, key)
                                : AuditText.of(
                                        AuditKey.EXPERIMENT_CONCLUDED_AS,
                                        key,
                                        AuditText.word(command.verdict())));
    }

    /**
     * @throws InvalidInputException when no reason is given
     */
    public Experiment abandon(Abandon command) {
        return change(
                command.issueKey(),
                command.version(),
                Attempt.ABANDON_THE_EXPERIMENT,
                e -> e.abandon(command.reason(), clock.now()),
                AuditAction.STAGE_CHANGED,
                key -> AuditText.of(AuditKey.EXPERIMENT_ABANDONED, key));
    }

    /**
     * Reopens a concluded or abandoned experiment, with a reason the audit log keeps; editors of
     * its issue may. The retrospective then counts it in the stage it is back in.
     *
     * @throws RuleViolationException when it is not concluded or abandoned
     * @throws InvalidInputException when no reason is given
     * @throws StaleVersionException when someone else changed it since the caller read it
     */
    public Experiment reopen(String issueKey, long version, String reason) {
        return withEditable(
                issueKey,
                Attempt.REOPEN_THE_EXPERIMENT,
                (user, stored) -> {
                    stored.requireVersion(version);
                    Experiment saved = experiments.save(stored.reopen(reason));
                    record(
                            user,
                            AuditedType.EXPERIMENT,
                            saved.requireId().value(),
                            AuditAction.STAGE_CHANGED,
                            AuditText.of(
                                    AuditKey.EXPERIMENT_REOPENED,
                                    saved.issue().key(),
                                    AuditText.word(saved.stage()),
                                    reason.strip()));
                    return saved;
                });
    }

    /**
     * Deletes the experiment's last iteration with its results; its learnings and the failure
     * stories about it stay, no longer tied to it.
     *
     * @throws RuleViolationException when the experiment is closed or the iteration is not the last
     *     one
     */
    public void deleteIteration(String issueKey, IterationId id) {
        withEditable(
                issueKey,
                Attempt.DELETE_THE_ITERATION,
                (user, experiment) -> {
                    experiment.requireOpen(Attempt.DELETE_THE_ITERATION);
                    Iteration current = iterationOf(experiment, id);
                    int last =
                            experiments.iterationsOf(experiment.requireId()).stream()
                                    .mapToInt(Iteration::number)
                                    .max()
                                    .orElse(0);
                    if (current.number() != last) {
                        throw new RuleViolationException(
                                "iteration", ErrorKey.ITERATION_NOT_LAST, current.number());
                    }
                    experiments.delete(id);
                    recordWithin(
                            experiment,
                            user,
                            AuditedType.ITERATION,
                            id.value(),
                            AuditAction.DELETED,
                            AuditText.of(
                                    AuditKey.ITERATION_DELETED,
                                    current.number(),
                                    experiment.issue().key()));
                    return null;
                });
    }

    /**
     * Adds the next iteration.
     *
     * @throws StaleVersionException when another iteration was added at the same moment
     */
    public Iteration addIteration(AddIteration command) {
        return withEditable(
                command.issueKey(),
                Attempt.ADD_AN_ITERATION,
                (user, experiment) -> {
                    Iteration next;
                    try {
                        next =
                                Iteration.next(
                                        experiment,
                                        experiments.iterationsOf(experiment.requireId()),
                                        command.change(),
                                        command.startDate(),
                                        command.endDate());
                    } catch (IllegalStateException e) {
                        // Seen on H2 under twenty parallel writers: the list read while another
                        // writer's iteration was being
                        // committed was not numbered 1..n. Reading it again in a new transaction
                        // sees it whole.
                        throw new ConcurrentWriteException();
                    }
                    Iteration saved = experiments.save(next);
                    recordWithin(
                            experiment,
                            user,
                            AuditedType.ITERATION,
                            saved.requireId().value(),
                            AuditAction.CREATED,
                            AuditText.of(
                                    AuditKey.ITERATION_ADDED,
                                    saved.number(),
                                    experiment.issue().key()));
                    return saved;
                });
    }

    /**
     * @throws StaleVersionException when someone else changed the iteration since the caller read
     *     it
     */
    public Iteration editIteration(EditIteration command) {
        return withEditable(
                command.issueKey(),
                Attempt.EDIT_THE_ITERATION,
                (user, experiment) -> {
                    experiment.requireOpen(Attempt.EDIT_THE_ITERATION);
                    Iteration current = iterationOf(experiment, command.iteration());
                    Iteration edited =
                            current.requireVersion(command.version())
                                    .replan(
                                            command.change(),
                                            command.startDate(),
                                            command.endDate())
                                    .decide(command.decision(), command.rationale());
                    List<PlanContent.PlanChange> changes =
                            plannedEndChange(experiment, current, edited).stream().toList();
                    if (!changes.isEmpty() && command.deviationReason() == null) {
                        throw new InvalidInputException(
                                "deviationReason", ErrorKey.DEVIATION_REASON_REQUIRED);
                    }
                    Iteration saved = experiments.save(edited);
                    recordWithin(
                            experiment,
                            user,
                            AuditedType.ITERATION,
                            saved.requireId().value(),
                            AuditAction.UPDATED,
                            saved.decision()
                                    .map(
                                            d ->
                                                    AuditText.of(
                                                            AuditKey.ITERATION_DECIDED,
                                                            saved.number(),
                                                            experiment.issue().key(),
                                                            AuditText.word(d)))
                                    .orElseGet(
                                            () ->
                                                    AuditText.of(
                                                            AuditKey.ITERATION_EDITED,
                                                            saved.number(),
                                                            experiment.issue().key())));
                    recordDeviations(user, experiment, changes, command.deviationReason());
                    return saved;
                });
    }

    /**
     * @throws InvalidInputException when the figures are inconsistent or the outcome does not exist
     */
    public Result recordResult(RecordResult command) {
        if (command.outcome() != null) {
            requireOutcomes(List.of(command.outcome()));
        }
        return withEditable(
                command.issueKey(),
                Attempt.RECORD_THE_RESULT,
                (user, experiment) -> {
                    Iteration iteration = iterationOf(experiment, command.iteration());
                    Result saved =
                            experiments.save(
                                    Result.record(
                                            experiment,
                                            iteration,
                                            command.outcome(),
                                            command.title(),
                                            command.measure(),
                                            command.note(),
                                            user,
                                            clock.now()));
                    recordWithin(
                            experiment,
                            user,
                            AuditedType.RESULT,
                            saved.requireId().value(),
                            AuditAction.CREATED,
                            AuditText.of(
                                    AuditKey.RESULT_RECORDED,
                                    AuditText.word(saved.measure().kind()),
                                    saved.title(),
                                    iteration.number(),
                                    experiment.issue().key()));
                    return saved;
                });
    }

    /**
     * @throws StaleVersionException when someone else changed the result since the caller read it
     */
    public Result reviseResult(ReviseResult command) {
        if (command.outcome() != null) {
            requireOutcomes(List.of(command.outcome()));
        }
        return withEditable(
                command.issueKey(),
                Attempt.REVISE_THE_RESULT,
                (user, experiment) -> {
                    experiment.requireOpen(Attempt.REVISE_THE_RESULT);
                    Result current = resultOf(experiment, command.result());
                    Result revised =
                            current.requireVersion(command.version())
                                    .revise(
                                            command.outcome(),
                                            command.title(),
                                            command.measure(),
                                            command.note());
                    Result saved = experiments.save(revised);
                    recordWithin(
                            experiment,
                            user,
                            AuditedType.RESULT,
                            saved.requireId().value(),
                            AuditAction.UPDATED,
                            AuditText.of(
                                    AuditKey.RESULT_REVISED,
                                    saved.title(),
                                    experiment.issue().key()));
                    return saved;
                });
    }

    public void deleteResult(String issueKey, ResultId id) {
        withEditable(
                issueKey,
                Attempt.DELETE_THE_RESULT,
                (user, experiment) -> {
                    experiment.requireOpen(Attempt.DELETE_THE_RESULT);
                    Result current = resultOf(experiment, id);
                    experiments.delete(id);
                    recordWithin(
                            experiment,
                            user,
                            AuditedType.RESULT,
                            id.value(),
                            AuditAction.DELETED,
                            AuditText.of(
                                    AuditKey.RESULT_DELETED,
                                    current.title(),
                                    experiment.issue().key()));
                    return null;
                });
    }

    /**
     * Adds a learning; allowed after the experiment closed too, because lessons often come later.
     */
    public Learning addLearning(AddLearning command) {
        return withEditable(
                command.issueKey(),
                Attempt.ADD_THE_LEARNING,
                (user, experiment) -> {
                    Iteration iteration =
                            command.iteration() == null
                                    ? null
                                    : iterationOf(experiment, command.iteration());
                    Learning saved =
                            experiments.save(
                                    Learning.write(
                                            experiment,
                                            iteration,
                                            command.statement(),
                                            command.tags(),
                                            user,
                                            clock.now()));
                    recordWithin(
                            experiment,
                            user,
                            AuditedType.LEARNING,
                            saved.requireId().value(),
                            AuditAction.CREATED,
                            AuditText.of(AuditKey.LEARNING_ADDED, experiment.issue().key()));
                    return saved;
                });
    }

    /**
     * @throws StaleVersionException when someone else changed the learning since the caller read it
     */
    public Learning editLearning(EditLearning command) {
        return withEditable(
                command.issueKey(),
                Attempt.EDIT_THE_LEARNING,
                (user, experiment) -> {
                    Learning current = learningOf(experiment, command.learning());
                    Learning edited =
                            current.requireVersion(command.version())
                                    .reword(command.statement(), command.tags());
                    Learning saved = experiments.save(edited);
                    recordWithin(
                            experiment,
                            user,
                            AuditedType.LEARNING,
                            saved.requireId().value(),
                            AuditAction.UPDATED,
                            AuditText.of(AuditKey.LEARNING_EDITED, experiment.issue().key()));
                    return saved;
                });
    }

    /**
     * @throws RuleViolationException when it is the last learning of a concluded experiment
     */
    public void deleteLearning(String issueKey, LearningId id) {
        withEditable(
                issueKey,
                Attempt.DELETE_THE_LEARNING,
                (user, experiment) -> {
                    learningOf(experiment, id);
                    experiment.requireLearningMayGo(
                            experiments.learningsOf(experiment.requireId()));
                    experiments.delete(id);
                    recordWithin(
                            experiment,
                            user,
                            AuditedType.LEARNING,
                            id.value(),
                            AuditAction.DELETED,
                            AuditText.of(AuditKey.LEARNING_DELETED, experiment.issue().key()));
                    return null;
                });
    }

    /**
     * Removes an experiment with everything recorded on it when its issue is deleted. Failure
     * stories about it stay, without the link; records that a lesson was applied in the issue go
     * with it. A publication in the public register is withdrawn, not deleted: the register keeps
     * saying that the experiment was published and is withdrawn because its issue was deleted,
     * rather than letting a public page disappear without a word.
     */
    public void deleteWithIssue(long issueId, UserRef by) {
        transactions.inTransaction(
                () -> {
                    experiments
                            .findByIssue(issueId)
                            .ifPresent(
                                    experiment -> {
                                        int detached =
                                                stories.detachExperiment(
                                                        experiment.requireId(), issueId);
                                        registrations.deleteOf(experiment.requireId());
                                        withdrawPublication(experiment, by);
                                        experiments.delete(experiment.requireId());
                                        record(
                                                by,
                                                AuditedType.EXPERIMENT,
                                                experiment.requireId().value(),
                                                AuditAction.DELETED,
                                                AuditText.of(
                                                        AuditKey.EXPERIMENT_DELETED_WITH_ISSUE,
                                                        experiment.issue().key(),
                                                        detached));
                                    });
                    return null;
                });
    }

    /** Withdraws the experiment's public version, if it has one, because its issue is deleted. */
    private void withdrawPublication(Experiment experiment, UserRef by) {
        publications.versionsOf(experiment.requireId()).stream()
                .max(Comparator.comparingInt(Publication::version))
                .filter(latest -> !latest.isWithdrawn())
                .ifPresent(
                        latest -> {
                            publications.save(
                                    latest.withdraw(ISSUE_DELETED_REASON, by, clock.now()));
                            record(
                                    by,
                                    AuditedType.PUBLICATION,
                                    experiment.requireId().value(),
                                    AuditAction.WITHDRAWN,
                                    AuditText.of(
                                            AuditKey.PUBLICATION_WITHDRAWN_ISSUE_DELETED,
                                            latest.version(),
                                            experiment.issue().key()));
                        });
    }

    private interface EditWork<T> {
        T apply(UserRef user, Experiment experiment);
    }

    private <T> T withEditable(String issueKey, Attempt action, EditWork<T> work) {
        UserRef user = caller.user();
        IssueSummary issue = editable(user, issueKey, action);
        return transactions.inTransaction(
                () -> {
                    Experiment experiment =
                            experiments
                                    .findByIssue(issue.ref().id())
                                    .orElseThrow(() -> noExperiment(issue))
                                    .onIssue(issue.ref());
                    return work.apply(user, experiment);
                });
    }

    private Experiment change(
            String issueKey,
            long version,
            Attempt action,
            Function<Experiment, Experiment> edit,
            AuditAction auditAction,
            Function<String, AuditText> summary) {
        return withEditable(
                issueKey,
                action,
                (user, stored) -> {
                    stored.requireVersion(version);
                    Experiment saved = experiments.save(edit.apply(stored));
                    record(
                            user,
                            AuditedType.EXPERIMENT,
                            saved.requireId().value(),
                            auditAction,
                            summary.apply(saved.issue().key()));
                    registerOnFirstRun(user, saved);
                    return saved;
                });
    }

    /** Registers the plan of an experiment that now runs and has none yet. */
    private void registerOnFirstRun(UserRef user, Experiment saved) {
        if (saved.stage() != Stage.RUNNING || registrations.planOf(saved.requireId()).isPresent()) {
            return;
        }
        registrations.register(
                RegisteredPlan.register(
                        saved,
                        RegisteredPlan.plannedEndOf(experiments.iterationsOf(saved.requireId())),
                        user,
                        clock.now()));
        record(
                user,
                AuditedType.EXPERIMENT,
                saved.requireId().value(),
                AuditAction.REGISTERED,
                AuditText.of(AuditKey.PLAN_REGISTERED, saved.issue().key()));
    }

    /**
     * Changes parts of the plan. Once the plan is registered, every changed part is kept as a
     * deviation with the reason given, and the change is refused without one.
     */
    private Experiment changePlan(
            String issueKey,
            long version,
            Attempt action,
            Function<Experiment, Experiment> edit,
            AuditKey summary,
            String reason) {
        return withEditable(
                issueKey,
                action,
                (user, stored) -> {
                    stored.requireVersion(version);
                    Experiment edited = edit.apply(stored);
                    Optional<RegisteredPlan> plan = registrations.planOf(stored.requireId());
                    List<PlanContent.PlanChange> changes =
                            plan.isEmpty()
                                    ? List.of()
                                    : PlanContent.of(stored).changesTo(PlanContent.of(edited));
                    if (!changes.isEmpty() && reason == null) {
                        throw new InvalidInputException(
                                "deviationReason", ErrorKey.DEVIATION_REASON_REQUIRED);
                    }
                    Experiment saved = experiments.save(edited);
                    record(
                            user,
                            AuditedType.EXPERIMENT,
                            saved.requireId().value(),
                            AuditAction.UPDATED,
                            AuditText.of(summary, saved.issue().key()));
                    recordDeviations(user, saved, changes, reason);
                    return saved;
                });
    }

    /**
     * Keeps changes of registered parts as deviations, all leading to the next version of the plan,
     * with the reason given, and audits them.
     */
    private void recordDeviations(
            UserRef user, Experiment saved, List<PlanContent.PlanChange> changes, String reason) {
        if (changes.isEmpty()) {
            return;
        }
        int next =
                registrations.deviationsOf(saved.requireId()).stream()
                                .mapToInt(Deviation::planVersion)
                                .max()
                                .orElse(1)
                        + 1;
        for (PlanContent.PlanChange change : changes) {
            registrations.add(
                    new Deviation(
                            saved.requireId(),
                            next,
                            change.part(),
                            change.before(),
                            change.after(),
                            reason,
                            user,
                            clock.now()));
        }
        record(
                user,
                AuditedType.EXPERIMENT,
                saved.requireId().value(),
                AuditAction.DEVIATED,
                AuditText.of(
                        AuditKey.PLAN_DEVIATED,
                        saved.issue().key(),
                        next,
                        changes.stream().map(c -> AuditText.word(c.part())).toList(),
                        reason));
    }

    /**
     * The change of the planned end an edit of an iteration makes: none unless the plan is
     * registered with a planned end and the edited iteration is the one that ends on it (the
     * planned end as registered, or as its last change set it) and now ends on another day or on
     * none. A later iteration with its own end is the experiment going on, not a change of plan.
     */
    private Optional<PlanContent.PlanChange> plannedEndChange(
            Experiment experiment, Iteration before, Iteration after) {
        Optional<RegisteredPlan> plan = registrations.planOf(experiment.requireId());
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        String planned =
                registrations.deviationsOf(experiment.requireId()).stream()
                        .filter(d -> d.part() == PlanPart.PLANNED_END)
                        .max(Comparator.comparingInt(Deviation::planVersion))
                        .map(Deviation::after)
                        .orElse(plan.get().plannedEndDate().map(LocalDate::toString).orElse(null));
        String was = before.endDate().map(LocalDate::toString).orElse(null);
        String now = after.endDate().map(LocalDate::toString).orElse(null);
        if (planned == null || !planned.equals(was) || planned.equals(now)) {
            return Optional.empty();
        }
        return Optional.of(new PlanContent.PlanChange(PlanPart.PLANNED_END, was, now));
    }

    private IssueSummary browsable(UserRef user, String issueKey) {
        return issues.findByKey(IssueKeys.normalized(issueKey))
                .filter(i -> access.canBrowse(user, i.ref()))
                .orElseThrow(() -> new NotFoundException(ErrorKey.ISSUE_NOT_FOUND, issueKey));
    }

    private IssueSummary editable(UserRef user, String issueKey, Attempt action) {
        IssueSummary issue = browsable(user, issueKey);
        if (!access.canEdit(user, issue.ref())) {
            throw new AccessDeniedException(
                    ErrorKey.EDIT_PERMISSION_MISSING, action, issue.ref().key());
        }
        return issue;
    }

    private static NotFoundException noExperiment(IssueSummary issue) {
        return new NotFoundException(ErrorKey.ISSUE_HAS_NO_EXPERIMENT, issue.ref().key());
    }

    private Iteration iterationOf(Experiment experiment, IterationId id) {
        return experiments
                .findIteration(id)
                .filter(i -> i.experimentId().equals(experiment.requireId()))
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        ErrorKey.ITERATION_NOT_PART,
                                        id.toString(),
                                        experiment.issue().key()));
    }

    private Result resultOf(Experiment experiment, ResultId id) {
        return experiments
                .findResult(id)
                .filter(r -> r.experimentId().equals(experiment.requireId()))
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        ErrorKey.RESULT_NOT_PART,
                                        id.toString(),
                                        experiment.issue().key()));
    }

    private Learning learningOf(Experiment experiment, LearningId id) {
        return experiments
                .findLearning(id)
                .filter(l -> l.experimentId().equals(experiment.requireId()))
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        ErrorKey.LEARNING_NOT_PART,
                                        id.toString(),
                                        experiment.issue().key()));
    }

    private void requireDepartments(Collection<DepartmentId> ids) {
        for (DepartmentId id : ids) {
            if (departments.find(id).isEmpty()) {
                throw new InvalidInputException(
                        "departments", ErrorKey.DEPARTMENT_NOT_FOUND, id.toString());
            }
        }
    }

    private void requireOutcomes(Collection<OutcomeId> ids) {
        var found = outcomes.findAll(ids);
        for (OutcomeId id : ids) {
            if (!found.containsKey(id)) {
                throw new InvalidInputException(
                        "outcomes", ErrorKey.OUTCOME_NOT_FOUND, id.toString());
            }
        }
    }

    private void record(
            UserRef user, AuditedType type, long id, AuditAction action, AuditText summary) {
        audit.record(new AuditEntry(user, clock.now(), type, id, action, summary));
    }

    /** Records a change to a part of the experiment, shown in the experiment's history too. */
    private void recordWithin(
            Experiment experiment,
            UserRef user,
            AuditedType type,
            long id,
            AuditAction action,
            AuditText summary) {
        audit.record(
                new AuditEntry(user, clock.now(), type, id, action, summary)
                        .within(experiment.requireId().value()));
    }
}
