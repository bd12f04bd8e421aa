package org.experimentlog.app.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultId;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * Stores experiments with their iterations, results and learnings. Reads of lists issue a fixed
 * number of queries, whatever the number of rows.
 */
public interface ExperimentRepository {
    /** The experiment on the issue with this id. */
    Optional<Experiment> findByIssue(long issueId);

    /** The experiment with everything recorded on it, in a fixed number of queries. */
    Optional<ExperimentRecord> recordOf(ExperimentId id);

    /**
     * The experiment on the issue with this id, with everything recorded on it, in a fixed number
     * of queries.
     */
    Optional<ExperimentRecord> recordOfIssue(long issueId);

    /**
     * A page of experiments with everything recorded on them, newest first, in a fixed number of
     * queries.
     */
    Page<ExperimentRecord> list(ExperimentQuery query, PageRequest page);

    /**
     * At most {@code limit} experiments with an id above {@code afterId}, by id, each with
     * everything recorded on it, in the same fixed number of queries as {@link #list}. Paging by
     * the last id seen, not by offset, so a row created or deleted between two pages neither
     * repeats nor hides another: the full export reads this way.
     */
    List<ExperimentRecord> exportPage(long afterId, int limit);

    /**
     * Stores a new experiment, or the changes to a stored one.
     *
     * @return the experiment as stored, with its id and new version
     * @throws StaleVersionException when the stored version differs from the experiment's version
     * @throws org.experimentlog.domain.RuleViolationException when the issue already has an
     *     experiment
     */
    Experiment save(Experiment experiment);

    /** Deletes the experiment and everything recorded on it. */
    void delete(ExperimentId id);

    /** The iterations of an experiment, by number. */
    List<Iteration> iterationsOf(ExperimentId id);

    /**
     * Stores a new iteration or the changes to one.
     *
     * @throws StaleVersionException when the stored version differs, or another iteration took the
     *     same number
     */
    Iteration save(Iteration iteration);

    Optional<Iteration> findIteration(IterationId id);

    /**
     * @throws StaleVersionException when the stored version differs
     */
    Result save(Result result);

    Optional<Result> findResult(ResultId id);

    void delete(ResultId id);

    /**
     * @throws StaleVersionException when the stored version differs
     */
    Learning save(Learning learning);

    Optional<Learning> findLearning(LearningId id);

    void delete(LearningId id);

    /**
     * The issues of the experiments linked to each of these outcomes, in a fixed number of queries.
     */
    Map<OutcomeId, List<IssueRef>> linkedTo(Collection<OutcomeId> outcomes);

    /**
     * Every iteration of the experiments linked to this outcome, by issue key and number, in a
     * fixed number of queries.
     */
    List<LinkedIteration> iterationsLinkedTo(OutcomeId outcome);

    /** The learnings of an experiment. */
    List<Learning> learningsOf(ExperimentId id);

    /**
     * Deletes an iteration with its results; learnings and failure stories about it stay, no longer
     * tied to it. The caller makes sure it is the experiment's last iteration, so the numbers stay
     * consecutive.
     */
    void delete(IterationId id);
}
