package org.experimentlog.domain.experiment;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * An experiment: the structured part of a Jira issue of type Experiment. It holds the hypothesis,
 * the method, the stage and verdict, the departments involved and the outcomes it aims to move.
 * Iterations, results and learnings refer to it by id.
 *
 * <p>Immutable: every change returns a new value, which the repository stores with an optimistic
 * version check.
 */
public final class Experiment {
    public static final int METHOD_DETAILS_MAX = 2_000;
    public static final int CLOSING_NOTE_MAX = 2_000;
    public static final int MAX_DEPARTMENTS = 20;
    public static final int MAX_OUTCOMES = 20;

    /** The largest planned sample size: a billion participants or observations. */
    public static final long SAMPLE_SIZE_MAX = 1_000_000_000L;

    private final ExperimentId id;
    private final IssueRef issue;
    private final Hypothesis hypothesis;
    private final Method method;
    private final String methodDetails;
    private final Long plannedSampleSize;
    private final Stage stage;
    private final Verdict verdict;
    private final String closingNote;
    private final Set<DepartmentId> departments;
    private final List<OutcomeLink> outcomes;
    private final UserRef createdBy;
    private final Instant createdAt;
    private final Instant startedAt;
    private final Instant closedAt;
    private final long version;

    private Experiment(Builder b) {
        this.id = b.id;
        this.issue = requireNonNull(b.issue, "issue");
        this.hypothesis = requireNonNull(b.hypothesis, "hypothesis");
        this.method = b.method;
        this.methodDetails =
                Fields.optional(
                        "methodDetails",
                        FieldLabel.METHOD_DETAILS,
                        b.methodDetails,
                        METHOD_DETAILS_MAX);
        this.plannedSampleSize = b.plannedSampleSize;
        if (plannedSampleSize != null
                && (plannedSampleSize < 1 || plannedSampleSize > SAMPLE_SIZE_MAX)) {
            throw new InvalidInputException(
                    "plannedSampleSize",
                    ErrorKey.SAMPLE_SIZE_RANGE,
                    FieldLabel.PLANNED_SAMPLE_SIZE,
                    SAMPLE_SIZE_MAX);
        }
        this.stage = requireNonNull(b.stage, "stage");
        this.verdict = b.verdict;
        this.closingNote =
                Fields.optional(
                        "closingNote", FieldLabel.CLOSING_NOTE, b.closingNote, CLOSING_NOTE_MAX);
        this.departments = Set.copyOf(b.departments);
        this.outcomes = List.copyOf(b.outcomes);
        this.createdBy = requireNonNull(b.createdBy, "createdBy");
        this.createdAt = requireNonNull(b.createdAt, "createdAt");
        this.startedAt = b.startedAt;
        this.closedAt = b.closedAt;
        this.version = Fields.version(b.version);
        if (stage == Stage.CONCLUDED && verdict == null) {
            throw new IllegalStateException("A concluded experiment has a verdict");
        }
        if (stage.isFinal() && closedAt == null) {
            throw new IllegalStateException(
                    "A concluded or abandoned experiment has a closing time");
        }
        if (departments.size() > MAX_DEPARTMENTS) {
            throw new InvalidInputException(
                    "departments", ErrorKey.EXPERIMENT_DEPARTMENTS_MAX, MAX_DEPARTMENTS);
        }
        if (outcomes.size() > MAX_OUTCOMES) {
            throw new InvalidInputException(
                    "outcomes", ErrorKey.EXPERIMENT_OUTCOMES_MAX, MAX_OUTCOMES);
        }
        Set<OutcomeId> distinct =
                outcomes.stream().map(OutcomeLink::outcome).collect(Collectors.toSet());
        if (distinct.size() != outcomes.size()) {
            throw new InvalidInputException("outcomes", ErrorKey.EXPERIMENT_OUTCOME_ONCE);
        }
    }

    /** A new experiment on an issue, in design. */
    public static Experiment open(IssueRef issue, UserRef by, Instant at) {
        Builder b = new Builder();
        b.issue = issue;
        b.hypothesis = Hypothesis.empty();
        b.stage = Stage.DESIGNING;
        b.createdBy = by;
        b.createdAt = at;
        return new Experiment(b);
    }

    /** Rebuilds a stored experiment; used by repositories. */
    public static Builder stored(ExperimentId id, long version) {
        Builder b = new Builder();
        b.id = requireNonNull(id, "id");
        b.version = version;
        return b;
    }

    private Builder copy() {
        Builder b = new Builder();
        b.id = id;
        b.issue = issue;
        b.hypothesis = hypothesis;
        b.method = method;
        b.methodDetails = methodDetails;
        b.plannedSampleSize = plannedSampleSize;
        b.stage = stage;
        b.verdict = verdict;
        b.closingNote = closingNote;
        b.departments = departments;
        b.outcomes = outcomes;
        b.createdBy = createdBy;
        b.createdAt = createdAt;
        b.startedAt = startedAt;
        b.closedAt = closedAt;
        b.version = version;
        return b;
    }

    /** The same experiment after it was stored under a new id or version. */
    public Experiment storedAs(ExperimentId newId, long newVersion) {
        Builder b = copy();
        b.id = requireNonNull(newId, "id");
        b.version = newVersion;
        return new Experiment(b);
    }

    /** The issue, with its current key (keys change when an issue moves project). */
    public Experiment onIssue(IssueRef current) {
        if (current.id() != issue.id()) {
            throw new IllegalArgumentException("An experiment stays on its issue");
        }
        Builder b = copy();
        b.issue = current;
        return new Experiment(b);
    }

    public Experiment withHypothesis(Hypothesis newHypothesis) {
        requireOpen(Attempt.EDIT_THE_HYPOTHESIS);
        if (stage != Stage.DESIGNING && !newHypothesis.missingForStart().isEmpty()) {
            throw new InvalidInputException(
                    newHypothesis.missingForStart().get(0), ErrorKey.EXPERIMENT_HYPOTHESIS_KEPT);
        }
        Builder b = copy();
        b.hypothesis = requireNonNull(newHypothesis, "hypothesis");
        return new Experiment(b);
    }

    public Experiment withMethod(Method newMethod, String details) {
        requireOpen(Attempt.CHANGE_THE_METHOD);
        Builder b = copy();
        b.method = newMethod;
        b.methodDetails = details;
        return new Experiment(b);
    }

    /** The same experiment planning this many participants or observations; null for none. */
    public Experiment withPlannedSampleSize(Long size) {
        requireOpen(Attempt.CHANGE_THE_METHOD);
        Builder b = copy();
        b.plannedSampleSize = size;
        return new Experiment(b);
    }

    public Experiment withDepartments(Collection<DepartmentId> newDepartments) {
        requireOpen(Attempt.CHANGE_THE_DEPARTMENTS);
        Builder b = copy();
        b.departments = new LinkedHashSet<>(newDepartments);
        return new Experiment(b);
    }

    public Experiment withOutcomes(List<OutcomeLink> newOutcomes) {
        requireOpen(Attempt.CHANGE_THE_LINKED_OUTCOMES);
        Builder b = copy();
        b.outcomes = new ArrayList<>(newOutcomes);
        return new Experiment(b);
    }

    /**
     * Moves to {@link Stage#RUNNING} or {@link Stage#ANALYSING}. Concluding and abandoning have
     * their own methods, because they need a verdict or a reason.
     */
    public Experiment moveTo(Stage target, Instant at) {
        requireNonNull(target, "target");
        if (stage.isFinal()) {
            throw new RuleViolationException(
                    "stage", ErrorKey.EXPERIMENT_ALREADY_IN_STAGE, stageName());
        }
        if (target == Stage.CONCLUDED) {
            throw new RuleViolationException("stage", ErrorKey.EXPERIMENT_CONCLUDE_INSTEAD);
        }
        if (target == Stage.ABANDONED) {
            throw new RuleViolationException("stage", ErrorKey.EXPERIMENT_ABANDON_INSTEAD);
        }
        requireTransition(target);
        if (target == Stage.RUNNING && !hypothesis.missingForStart().isEmpty()) {
            throw new RuleViolationException(
                    hypothesis.missingForStart().get(0),
                    ErrorKey.EXPERIMENT_START_NEEDS_HYPOTHESIS);
        }
        Builder b = copy();
        b.stage = target;
        if (startedAt == null && target == Stage.RUNNING) {
            b.startedAt = requireNonNull(at, "at");
        }
        return new Experiment(b);
    }

    /**
     * Concludes the experiment. Nobody closes an experiment without saying what was learned.
     *
     * @param learnings the learnings recorded on this experiment so far
     */
    public Experiment conclude(
            Verdict newVerdict, String note, Collection<Learning> learnings, Instant at) {
        if (stage.isFinal()) {
            throw new RuleViolationException(
                    "stage", ErrorKey.EXPERIMENT_CONCLUDE_ALREADY, stageName());
        }
        requireTransition(Stage.CONCLUDED);
        if (newVerdict == null) {
            throw new InvalidInputException("verdict", ErrorKey.EXPERIMENT_VERDICT_REQUIRED);
        }
        boolean ownLearning = learnings.stream().anyMatch(l -> l.experimentId().equals(id));
        if (!ownLearning) {
            throw new RuleViolationException("learnings", ErrorKey.EXPERIMENT_LEARNING_REQUIRED);
        }
        Builder b = copy();
        b.stage = Stage.CONCLUDED;
        b.verdict = newVerdict;
        b.closingNote = note;
        b.closedAt = requireNonNull(at, "at");
        return new Experiment(b);
    }

    /**
     * Checks that one of its learnings may be deleted: a concluded experiment keeps at least one,
     * the same rule {@link #conclude} applies.
     *
     * @param learnings the experiment's learnings now, the one to delete among them
     * @throws RuleViolationException when it would be the last learning of a concluded experiment
     */
    public void requireLearningMayGo(Collection<Learning> learnings) {
        long own = learnings.stream().filter(l -> l.experimentId().equals(id)).count();
        if (verdict != null && own <= 1) {
            throw new RuleViolationException("learning", ErrorKey.LEARNING_KEEP_ONE);
        }
    }

    /** Stops the experiment before it concluded; the reason is kept for others to learn from. */
    public Experiment abandon(String reason, Instant at) {
        if (stage.isFinal()) {
            throw new RuleViolationException(
                    "stage", ErrorKey.EXPERIMENT_ABANDON_ALREADY, stageName());
        }
        Builder b = copy();
        b.stage = Stage.ABANDONED;
        b.closingNote =
                Fields.required("closingNote", FieldLabel.ABANDON_REASON, reason, CLOSING_NOTE_MAX);
        b.closedAt = requireNonNull(at, "at");
        return new Experiment(b);
    }

    /**
     * Reopens a concluded or abandoned experiment, so its record can be corrected or its work go
     * on: back to {@link Stage#ANALYSING} when it had started running, else to {@link
     * Stage#DESIGNING}. The verdict, the closing note and the closing time go; the reason is for
     * the audit log.
     */
    public Experiment reopen(String reason) {
        if (!stage.isFinal()) {
            throw new RuleViolationException("stage", ErrorKey.EXPERIMENT_NOT_CLOSED, stageName());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", ErrorKey.REOPEN_REASON_REQUIRED);
        }
        Fields.required("reason", FieldLabel.REOPEN_REASON, reason, CLOSING_NOTE_MAX);
        Builder b = copy();
        b.stage = startedAt == null ? Stage.DESIGNING : Stage.ANALYSING;
        b.verdict = null;
        b.closingNote = null;
        b.closedAt = null;
        return new Experiment(b);
    }

    /** Throws unless iterations, results and the plan may still change. */
    public void requireOpen(Attempt action) {
        if (stage.isFinal()) {
            throw new RuleViolationException(
                    "stage", ErrorKey.EXPERIMENT_CLOSED, action, stageName());
        }
    }

    /** The current stage, as a message names it; the web layer translates it. */
    private Phrase stageName() {
        return Phrase.of("experimentlog.stage." + stage.code(), stage.code());
    }

    private void requireTransition(Stage target) {
        if (!stage.canMoveTo(target)) {
            throw new RuleViolationException(
                    "stage",
                    ErrorKey.EXPERIMENT_STAGE_NOT_NEXT,
                    stageName(),
                    Phrase.of("experimentlog.stage." + target.code(), target.code()),
                    stage.next().stream()
                            .sorted(Comparator.comparing(Stage::code))
                            .map(
                                    next ->
                                            Phrase.of(
                                                    "experimentlog.stage." + next.code(),
                                                    next.code()))
                            .toList());
        }
    }

    /** From the first run to the conclusion: how long it took to learn. */
    public Optional<Duration> timeToLearning() {
        if (stage != Stage.CONCLUDED || startedAt == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(startedAt, closedAt));
    }

    public Optional<ExperimentId> id() {
        return Optional.ofNullable(id);
    }

    public ExperimentId requireId() {
        return requireNonNull(id, "The experiment is not stored yet");
    }

    public IssueRef issue() {
        return issue;
    }

    public Hypothesis hypothesis() {
        return hypothesis;
    }

    public Optional<Method> method() {
        return Optional.ofNullable(method);
    }

    public Optional<String> methodDetails() {
        return Optional.ofNullable(methodDetails);
    }

    /** How many participants or observations the experiment plans to measure, when given. */
    public Optional<Long> plannedSampleSize() {
        return Optional.ofNullable(plannedSampleSize);
    }

    public Stage stage() {
        return stage;
    }

    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    /** Why it was abandoned, or a note on the conclusion. */
    public Optional<String> closingNote() {
        return Optional.ofNullable(closingNote);
    }

    public Set<DepartmentId> departments() {
        return departments;
    }

    public List<OutcomeLink> outcomes() {
        return outcomes;
    }

    public UserRef createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long version() {
        return version;
    }

    /**
     * @param read the version the writer read before this change
     * @return this {@code Experiment}, when it is still the version the writer read
     * @throws StaleVersionException when someone else changed it since
     */
    public Experiment requireVersion(long read) {
        StaleVersionException.unlessSame("experiment", read, version);
        return this;
    }

    /** Fills a stored experiment field by field; only repositories use it. */
    public static final class Builder {
        private ExperimentId id;
        private IssueRef issue;
        private Hypothesis hypothesis = Hypothesis.empty();
        private Method method;
        private String methodDetails;
        private Long plannedSampleSize;
        private Stage stage;
        private Verdict verdict;
        private String closingNote;
        private Collection<DepartmentId> departments = new HashSet<>();
        private List<OutcomeLink> outcomes = new ArrayList<>();
        private UserRef createdBy;
        private Instant createdAt;
        private Instant startedAt;
        private Instant closedAt;
        private long version;

        private Builder() {}

        public Builder issue(IssueRef value) {
            issue = value;
            return this;
        }

        public Builder hypothesis(Hypothesis value) {
            hypothesis = value;
            return this;
        }

        public Builder method(Method value, String details) {
            method = value;
            methodDetails = details;
            return this;
        }

        public Builder plannedSampleSize(Long value) {
            plannedSampleSize = value;
            return this;
        }

        public Builder stage(Stage value, Verdict verdictValue, String note) {
            stage = value;
            verdict = verdictValue;
            closingNote = note;
            return this;
        }

        public Builder departments(Collection<DepartmentId> value) {
            departments = value;
            return this;
        }

        public Builder outcomes(List<OutcomeLink> value) {
            outcomes = value;
            return this;
        }

        public Builder created(UserRef by, Instant at) {
            createdBy = by;
            createdAt = at;
            return this;
        }

        public Builder timeline(Instant started, Instant closed) {
            startedAt = started;
            closedAt = closed;
            return this;
        }

        public Experiment build() {
            return new Experiment(this);
        }
    }
}
