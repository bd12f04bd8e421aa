package org.experimentlog.domain.experiment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;

/**
 * A short, reusable statement of what was learned, tagged so others can find it, and linked to the
 * experiment (and iteration) it came from. Learnings can be added after an experiment concluded:
 * lessons often come later.
 */
public final class Learning {
    public static final int STATEMENT_MAX = Fields.STATEMENT_MAX;
    public static final int MAX_TAGS = 10;

    private final LearningId id;
    private final ExperimentId experimentId;
    private final IterationId iterationId;
    private final String statement;
    private final Set<Tag> tags;
    private final UserRef author;
    private final Instant createdAt;
    private final long version;

    private Learning(
            LearningId id,
            ExperimentId experimentId,
            IterationId iterationId,
            String statement,
            Collection<Tag> tags,
            UserRef author,
            Instant createdAt,
            long version) {
        this.id = id;
        this.experimentId = requireNonNull(experimentId, "experimentId");
        this.iterationId = iterationId;
        this.statement =
                Fields.required("statement", FieldLabel.STATEMENT, statement, STATEMENT_MAX);
        this.tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        if (this.tags.size() > MAX_TAGS) {
            throw new InvalidInputException("tags", ErrorKey.LEARNING_TAGS_MAX, MAX_TAGS);
        }
        this.author = requireNonNull(author, "author");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.version = Fields.version(version);
    }

    /** A new learning on an experiment, optionally from one of its iterations. */
    public static Learning write(
            Experiment experiment,
            Iteration iteration,
            String statement,
            Collection<Tag> tags,
            UserRef author,
            Instant at) {
        IterationId iterationId = null;
        if (iteration != null) {
            if (!iteration.experimentId().equals(experiment.requireId())) {
                throw new IllegalArgumentException("The iteration belongs to another experiment");
            }
            iterationId = iteration.requireId();
        }
        return new Learning(
                null, experiment.requireId(), iterationId, statement, tags, author, at, 0);
    }

    public static Learning stored(
            LearningId id,
            ExperimentId experimentId,
            IterationId iterationId,
            String statement,
            Collection<Tag> tags,
            UserRef author,
            Instant createdAt,
            long version) {
        return new Learning(
                requireNonNull(id, "id"),
                experimentId,
                iterationId,
                statement,
                tags,
                author,
                createdAt,
                version);
    }

    public Learning storedAs(LearningId newId, long newVersion) {
        return new Learning(
                requireNonNull(newId, "id"),
                experimentId,
                iterationId,
                statement,
                tags,
                author,
                createdAt,
                newVersion);
    }

    public Learning reword(String newStatement, Collection<Tag> newTags) {
        return new Learning(
                id, experimentId, iterationId, newStatement, newTags, author, createdAt, version);
    }

    public Optional<LearningId> id() {
        return Optional.ofNullable(id);
    }

    public LearningId requireId() {
        return requireNonNull(id, "The learning is not stored yet");
    }

    public ExperimentId experimentId() {
        return experimentId;
    }

    public Optional<IterationId> iterationId() {
        return Optional.ofNullable(iterationId);
    }

    public String statement() {
        return statement;
    }

    /** The tags, sorted. */
    public Set<Tag> tags() {
        return tags;
    }

    public UserRef author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /**
     * @param read the version the writer read before this change
     * @return this {@code Learning}, when it is still the version the writer read
     * @throws StaleVersionException when someone else changed it since
     */
    public Learning requireVersion(long read) {
        StaleVersionException.unlessSame("learning", read, version);
        return this;
    }
}
