package org.experimentlog.domain.experiment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.Problems;
import org.experimentlog.domain.StaleVersionException;

/**
 * One round of an experiment: what changed, when it ran, and the decision taken at its end.
 * Iterations are numbered 1, 2, 3… per experiment, without gaps.
 */
public final class Iteration {
    public static final int CHANGE_MAX = Fields.TEXT_MAX;
    public static final int RATIONALE_MAX = Fields.TEXT_MAX;
    public static final int MAX_PER_EXPERIMENT = 200;

    private final IterationId id;
    private final ExperimentId experimentId;
    private final int number;
    private final String change;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final Decision decision;
    private final String rationale;
    private final long version;

    private Iteration(
            IterationId id,
            ExperimentId experimentId,
            int number,
            String change,
            LocalDate startDate,
            LocalDate endDate,
            Decision decision,
            String rationale,
            long version) {
        this.id = id;
        this.experimentId = requireNonNull(experimentId, "experimentId");
        if (number < 1) {
            throw new IllegalArgumentException("Iteration numbers start at 1");
        }
        this.number = number;
        Problems problems = new Problems();
        this.change =
                problems.check(
                        () ->
                                Fields.required(
                                        "change", FieldLabel.ITERATION_CHANGE, change, CHANGE_MAX));
        problems.run(() -> Fields.ordered("endDate", FieldLabel.END_DATE, startDate, endDate));
        this.startDate = startDate;
        this.endDate = endDate;
        this.rationale =
                problems.check(
                        () ->
                                Fields.optional(
                                        "rationale",
                                        FieldLabel.RATIONALE,
                                        rationale,
                                        RATIONALE_MAX));
        if (decision != null && (rationale == null || rationale.isBlank())) {
            problems.note(
                    new InvalidInputException(
                            "rationale",
                            ErrorKey.ITERATION_RATIONALE_REQUIRED,
                            Phrase.of(
                                    "experimentlog.decision." + decision.code(), decision.code())));
        }
        problems.done();
        this.decision = decision;
        this.version = Fields.version(version);
    }

    /**
     * The next iteration of an experiment: numbered one past the existing ones.
     *
     * @param existing every iteration the experiment has so far
     */
    public static Iteration next(
            Experiment experiment,
            List<Iteration> existing,
            String change,
            LocalDate start,
            LocalDate end) {
        experiment.requireOpen(Attempt.ADD_AN_ITERATION);
        ExperimentId experimentId = experiment.requireId();
        List<Iteration> sorted =
                existing.stream().sorted(Comparator.comparingInt(Iteration::number)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            Iteration it = sorted.get(i);
            if (!it.experimentId.equals(experimentId) || it.number != i + 1) {
                throw new IllegalStateException(
                        "Iterations of experiment "
                                + experimentId
                                + " are not numbered 1.."
                                + sorted.size());
            }
        }
        if (sorted.size() >= MAX_PER_EXPERIMENT) {
            throw new InvalidInputException(
                    "iterations", ErrorKey.ITERATIONS_MAX, MAX_PER_EXPERIMENT);
        }
        Fields.plausibleDate("startDate", FieldLabel.START_DATE, start);
        return new Iteration(
                null, experimentId, sorted.size() + 1, change, start, end, null, null, 0);
    }

    public static Iteration stored(
            IterationId id,
            ExperimentId experimentId,
            int number,
            String change,
            LocalDate start,
            LocalDate end,
            Decision decision,
            String rationale,
            long version) {
        return new Iteration(
                requireNonNull(id, "id"),
                experimentId,
                number,
                change,
                start,
                end,
                decision,
                rationale,
                version);
    }

    public Iteration storedAs(IterationId newId, long newVersion) {
        return new Iteration(
                requireNonNull(newId, "id"),
                experimentId,
                number,
                change,
                startDate,
                endDate,
                decision,
                rationale,
                newVersion);
    }

    /** A new plan for the iteration: what changes and when it runs. */
    public Iteration replan(String newChange, LocalDate newStart, LocalDate newEnd) {
        Fields.plausibleDate("startDate", FieldLabel.START_DATE, newStart);
        return new Iteration(
                id,
                experimentId,
                number,
                newChange,
                newStart,
                newEnd,
                decision,
                rationale,
                version);
    }

    /** Records (or clears, with null) the decision taken at the end of the iteration. */
    public Iteration decide(Decision newDecision, String newRationale) {
        return new Iteration(
                id,
                experimentId,
                number,
                change,
                startDate,
                endDate,
                newDecision,
                newRationale,
                version);
    }

    public Optional<IterationId> id() {
        return Optional.ofNullable(id);
    }

    public IterationId requireId() {
        return requireNonNull(id, "The iteration is not stored yet");
    }

    public ExperimentId experimentId() {
        return experimentId;
    }

    public int number() {
        return number;
    }

    public String change() {
        return change;
    }

    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(startDate);
    }

    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(endDate);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<String> rationale() {
        return Optional.ofNullable(rationale);
    }

    public long version() {
        return version;
    }

    /**
     * @param read the version the writer read before this change
     * @return this {@code Iteration}, when it is still the version the writer read
     * @throws StaleVersionException when someone else changed it since
     */
    public Iteration requireVersion(long read) {
        StaleVersionException.unlessSame("iteration", read, version);
        return this;
    }
}
