package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultId;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.failure.AppliedIn;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.HelpedMark;
import org.experimentlog.domain.outcome.Measurement;

/**
 * Writes many new rows at once, with exactly the columns the repositories write for them (the same
 * mappers and search-column helpers), as JDBC batches through Active Objects' {@code create(type,
 * rows)}. For filling a test or benchmark database quickly; the caller runs it inside a transaction
 * and is the only writer, so the ids of a batch are the ones above the highest id before it, in
 * insertion order. Test scope: the app itself writes row by row.
 */
public final class BulkRows {
    private final ActiveObjects ao;

    public BulkRows(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Experiments as they stand now (any stage), with their departments and outcome links, at
     * version 1.
     */
    public List<Experiment> experiments(List<Experiment> experiments) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Experiment experiment : experiments) {
            Map<String, Object> columns = ExperimentMapper.columns(experiment);
            columns.put(AoExperiment.ROW_VERSION, 1L);
            rows.add(columns);
        }
        List<Integer> ids = insert(AoExperiment.class, rows);
        List<Map<String, Object>> departments = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        List<Experiment> stored = new ArrayList<>();
        for (int i = 0; i < experiments.size(); i++) {
            int id = ids.get(i);
            Experiment experiment = experiments.get(i);
            // the order AoExperimentRepository.replaceChildren writes them in
            for (DepartmentId department :
                    experiment.departments().stream()
                            .sorted((a, b) -> Long.compare(a.value(), b.value()))
                            .toList()) {
                departments.add(
                        Map.of(
                                AoExperimentDepartment.EXPERIMENT_ID,
                                id,
                                AoExperimentDepartment.DEPARTMENT_ID,
                                (int) department.value()));
            }
            int position = 0;
            for (OutcomeLink link : experiment.outcomes()) {
                links.add(
                        Map.of(
                                AoOutcomeLink.EXPERIMENT_ID,
                                id,
                                AoOutcomeLink.OUTCOME_ID,
                                (int) link.outcome().value(),
                                AoOutcomeLink.DIRECTION,
                                link.expected().code(),
                                AoOutcomeLink.POSITION,
                                position++));
            }
            stored.add(experiment.storedAs(new ExperimentId(id), 1));
        }
        insert(AoExperimentDepartment.class, departments);
        insert(AoOutcomeLink.class, links);
        return stored;
    }

    public List<Iteration> iterations(List<Iteration> iterations) {
        List<Integer> ids =
                insert(
                        AoIteration.class,
                        versioned(iterations, ExperimentMapper::columns, AoIteration.ROW_VERSION));
        List<Iteration> stored = new ArrayList<>();
        for (int i = 0; i < iterations.size(); i++) {
            stored.add(iterations.get(i).storedAs(new IterationId(ids.get(i)), 1));
        }
        return stored;
    }

    public List<Result> results(List<Result> results) {
        List<Integer> ids =
                insert(
                        AoResult.class,
                        versioned(results, ExperimentMapper::columns, AoResult.ROW_VERSION));
        List<Result> stored = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            stored.add(results.get(i).storedAs(new ResultId(ids.get(i)), 1));
        }
        return stored;
    }

    /**
     * Learnings with their tags and search columns; the columns copied from the experiment are
     * those of the experiment as it stands, as {@code AoExperimentRepository.save} leaves them
     * after its last save.
     */
    public List<Learning> learnings(
            List<Learning> learnings, Function<ExperimentId, Experiment> experimentOf) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Learning learning : learnings) {
            Map<String, Object> columns = ExperimentMapper.columns(learning);
            columns.put(AoLearning.ROW_VERSION, 1L);
            columns.putAll(
                    LearningIndex.experimentColumns(experimentOf.apply(learning.experimentId())));
            rows.add(columns);
        }
        List<Integer> ids = insert(AoLearning.class, rows);
        List<Map<String, Object>> tags = new ArrayList<>();
        List<Learning> stored = new ArrayList<>();
        for (int i = 0; i < learnings.size(); i++) {
            Learning learning = learnings.get(i);
            for (Tag tag : learning.tags()) {
                tags.add(
                        Map.of(
                                AoLearningTag.LEARNING_ID,
                                ids.get(i),
                                AoLearningTag.EXPERIMENT_ID,
                                (int) learning.experimentId().value(),
                                AoLearningTag.TAG,
                                tag.value()));
            }
            stored.add(learning.storedAs(new LearningId(ids.get(i)), 1));
        }
        insert(AoLearningTag.class, tags);
        return stored;
    }

    public List<FailureStory> stories(List<FailureStory> stories) {
        List<Integer> ids =
                insert(
                        AoFailureStory.class,
                        versioned(stories, StoryMapper::columns, AoFailureStory.ROW_VERSION));
        List<FailureStory> stored = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            stored.add(stories.get(i).storedAs(new FailureStoryId(ids.get(i)), 1));
        }
        return stored;
    }

    /** Marks; at most one per reader and story, as the unique mark key demands. */
    public void helpedMarks(List<HelpedMark> marks) {
        insert(AoHelpedMark.class, marks.stream().map(AoFailureStoryRepository::columns).toList());
    }

    public void appliedIn(List<AppliedIn> records) {
        insert(AoAppliedIn.class, records.stream().map(AoFailureStoryRepository::columns).toList());
    }

    public void measurements(List<Measurement> measurements) {
        insert(AoMeasurement.class, measurements.stream().map(OutcomeMapper::columns).toList());
    }

    private static <T> List<Map<String, Object>> versioned(
            List<T> values, Function<T, Map<String, Object>> columns, String versionColumn) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (T value : values) {
            Map<String, Object> row = columns.apply(value);
            row.put(versionColumn, 1L);
            rows.add(row);
        }
        return rows;
    }

    /** Inserts the rows as one batch and returns their ids, in the order of the rows. */
    private <T extends Entity> List<Integer> insert(Class<T> type, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        T[] highest = ao.find(type, Query.select("ID").order("ID DESC").limit(1));
        int before = highest.length == 0 ? 0 : highest[0].getID();
        ao.create(type, rows);
        T[] inserted = ao.find(type, Query.select("ID").where("ID > ?", before).order("ID"));
        if (inserted.length != rows.size()) {
            throw new IllegalStateException(
                    "Expected "
                            + rows.size()
                            + " new rows in "
                            + type.getSimpleName()
                            + " but found "
                            + inserted.length
                            + ": bulk rows need to be the only writer");
        }
        List<Integer> ids = new ArrayList<>(inserted.length);
        for (T row : inserted) {
            ids.add(row.getID());
        }
        return ids;
    }
}
