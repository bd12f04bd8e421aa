package org.experimentlog.domain.experiment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.Problems;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.outcome.OutcomeId;

/** A measurement taken in an iteration, linked to an outcome's metric where there is one. */
public final class Result {
    public static final int TITLE_MAX = Fields.TITLE_MAX;
    public static final int NOTE_MAX = Fields.TEXT_MAX;

    private final ResultId id;
    private final ExperimentId experimentId;
    private final IterationId iterationId;
    private final OutcomeId outcomeId;
    private final String title;
    private final ResultMeasure measure;
    private final String note;
    private final UserRef recordedBy;
    private final Instant recordedAt;
    private final long version;

    private Result(
            ResultId id,
            ExperimentId experimentId,
            IterationId iterationId,
            OutcomeId outcomeId,
            String title,
            ResultMeasure measure,
            String note,
            UserRef recordedBy,
            Instant recordedAt,
            long version) {
        this.id = id;
        this.experimentId = requireNonNull(experimentId, "experimentId");
        this.iterationId = requireNonNull(iterationId, "iterationId");
        this.outcomeId = outcomeId;
        Problems problems = new Problems();
        this.title =
                problems.check(
                        () ->
                                Fields.requiredName(
                                        "title", FieldLabel.RESULT_TITLE, title, TITLE_MAX));
        this.measure =
                problems.check(() -> Fields.present("kind", FieldLabel.RESULT_KIND, measure));
        this.note = problems.check(() -> Fields.optional("note", FieldLabel.NOTE, note, NOTE_MAX));
        problems.done();
        this.recordedBy = requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = requireNonNull(recordedAt, "recordedAt");
        this.version = Fields.version(version);
    }

    /** A new result in an iteration of an experiment that is still open. */
    public static Result record(
            Experiment experiment,
            Iteration iteration,
            OutcomeId outcomeId,
            String title,
            ResultMeasure measure,
            String note,
            UserRef by,
            Instant at) {
        experiment.requireOpen(Attempt.RECORD_A_RESULT);
        if (!iteration.experimentId().equals(experiment.requireId())) {
            throw new IllegalArgumentException("The iteration belongs to another experiment");
        }
        return new Result(
                null,
                experiment.requireId(),
                iteration.requireId(),
                outcomeId,
                title,
                measure,
                note,
                by,
                at,
                0);
    }

    public static Result stored(
            ResultId id,
            ExperimentId experimentId,
            IterationId iterationId,
            OutcomeId outcomeId,
            String title,
            ResultMeasure measure,
            String note,
            UserRef by,
            Instant at,
            long version) {
        return new Result(
                requireNonNull(id, "id"),
                experimentId,
                iterationId,
                outcomeId,
                title,
                measure,
                note,
                by,
                at,
                version);
    }

    public Result storedAs(ResultId newId, long newVersion) {
        return new Result(
                requireNonNull(newId, "id"),
                experimentId,
                iterationId,
                outcomeId,
                title,
                measure,
                note,
                recordedBy,
                recordedAt,
                newVersion);
    }

    /** Corrects the figures or the description; the kind may change with the figures. */
    public Result revise(
            OutcomeId newOutcome, String newTitle, ResultMeasure newMeasure, String newNote) {
        return new Result(
                id,
                experimentId,
                iterationId,
                newOutcome,
                newTitle,
                newMeasure,
                newNote,
                recordedBy,
                recordedAt,
                version);
    }

    public Optional<ResultId> id() {
        return Optional.ofNullable(id);
    }

    public ResultId requireId() {
        return requireNonNull(id, "The result is not stored yet");
    }

    public ExperimentId experimentId() {
        return experimentId;
    }

    public IterationId iterationId() {
        return iterationId;
    }

    public Optional<OutcomeId> outcomeId() {
        return Optional.ofNullable(outcomeId);
    }

    public String title() {
        return title;
    }

    public ResultMeasure measure() {
        return measure;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public UserRef recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }

    /**
     * @param read the version the writer read before this change
     * @return this {@code Result}, when it is still the version the writer read
     * @throws StaleVersionException when someone else changed it since
     */
    public Result requireVersion(long read) {
        StaleVersionException.unlessSame("result", read, version);
        return this;
    }
}
