package org.experimentlog.domain.experiment;

import static org.experimentlog.testing.Experiments.anExperiment;
import static org.experimentlog.testing.Iterations.anIteration;
import static org.experimentlog.testing.Learnings.aLearning;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.experiment.ResultMeasure.Observed;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

public class ExperimentRecordTest {
    private static final Instant AT = Instant.parse("2025-03-21T12:00:00Z");

    private Iteration first;
    private Iteration second;
    private Result resultOfFirst;
    private Result resultOfSecond;
    private Learning general;
    private Learning fromSecond;
    private ExperimentRecord target;

    @Before
    public void setUp() {
        first = anIteration().withId(101).withNumber(1).build();
        second = anIteration().withId(102).withNumber(2).build();
        resultOfFirst = result(701, first);
        resultOfSecond = result(702, second);
        general = aLearning().withId(201).build();
        fromSecond = aLearning().withId(202).fromIteration(102).build();
        target =
                new ExperimentRecord(
                        anExperiment().analysing().build(),
                        List.of(second, first),
                        List.of(resultOfFirst, resultOfSecond),
                        List.of(general, fromSecond));
    }

    private static Result result(long id, Iteration iteration) {
        return Result.stored(
                new ResultId(id),
                iteration.experimentId(),
                iteration.requireId(),
                null,
                "Minutes per renewal",
                new Observed(12, 8, "minutes"),
                null,
                Users.MARIA,
                AT,
                1);
    }

    @Test
    public void iterations_shouldBeSortedByNumber_whenGivenOutOfOrder() {
        assertEquals(List.of(first, second), target.iterations());
    }

    @Test
    public void resultsOf_shouldOnlyHoldThatIterationsResults_whenAsked() {
        assertEquals(List.of(resultOfSecond), target.resultsOf(second.requireId()));
    }

    @Test
    public void learningsOf_shouldOnlyHoldThatIterationsLearnings_whenAsked() {
        assertEquals(List.of(fromSecond), target.learningsOf(second.requireId()));
    }

    @Test
    public void learningsOf_shouldBeEmpty_whenTheIterationHasNoLearnings() {
        assertEquals(List.of(), target.learningsOf(first.requireId()));
    }

    @Test
    public void generalLearnings_shouldOnlyHoldLearningsWithoutIteration_whenAsked() {
        assertEquals(List.of(general), target.generalLearnings());
    }

    @Test
    public void iteration_shouldFindTheIteration_whenTheIdIsKnown() {
        assertEquals(Optional.of(second), target.iteration(new IterationId(102)));
    }

    @Test
    public void iteration_shouldBeEmpty_whenTheIdIsUnknown() {
        assertEquals(Optional.empty(), target.iteration(new IterationId(999)));
    }

    @Test
    public void latestIteration_shouldBeTheHighestNumber_whenThereAreIterations() {
        assertEquals(Optional.of(second), target.latestIteration());
    }

    @Test
    public void latestIteration_shouldBeEmpty_whenThereAreNoIterations() {
        ExperimentRecord empty =
                new ExperimentRecord(target.experiment(), List.of(), List.of(), List.of());

        assertEquals(Optional.empty(), empty.latestIteration());
    }

    @Test
    public void results_shouldNotFollowTheCallersList_whenItChangesLater() {
        List<Result> results = new ArrayList<>(List.of(resultOfFirst));
        ExperimentRecord copy =
                new ExperimentRecord(target.experiment(), List.of(first), results, List.of());

        results.add(resultOfSecond);

        assertEquals(List.of(resultOfFirst), copy.results());
    }

    @Test
    public void iterations_shouldBeUnmodifiable_whenRead() {
        assertThrows(UnsupportedOperationException.class, () -> target.iterations().add(first));
    }
}
