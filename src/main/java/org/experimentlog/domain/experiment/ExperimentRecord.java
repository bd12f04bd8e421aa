package org.experimentlog.domain.experiment;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An experiment with everything recorded on it: iterations in order, each iteration's results, and
 * all learnings. This is what the issue panel, the REST API and the reports read; it is loaded in a
 * fixed number of queries.
 *
 * @param experiment the experiment
 * @param iterations its iterations, by number
 * @param results results of all iterations, oldest first
 * @param learnings learnings of the experiment and its iterations, oldest first
 */
public record ExperimentRecord(
        Experiment experiment,
        List<Iteration> iterations,
        List<Result> results,
        List<Learning> learnings) {
    public ExperimentRecord {
        requireNonNull(experiment, "experiment");
        iterations =
                iterations.stream().sorted(Comparator.comparingInt(Iteration::number)).toList();
        results = List.copyOf(results);
        learnings = List.copyOf(learnings);
    }

    public List<Result> resultsOf(IterationId iteration) {
        return results.stream().filter(r -> r.iterationId().equals(iteration)).toList();
    }

    public List<Learning> learningsOf(IterationId iteration) {
        return learnings.stream()
                .filter(l -> l.iterationId().filter(iteration::equals).isPresent())
                .toList();
    }

    /** Learnings about the experiment as a whole, not tied to one iteration. */
    public List<Learning> generalLearnings() {
        return learnings.stream().filter(l -> l.iterationId().isEmpty()).toList();
    }

    public Optional<Iteration> iteration(IterationId id) {
        return iterations.stream().filter(i -> i.id().filter(id::equals).isPresent()).findFirst();
    }

    public Optional<Iteration> latestIteration() {
        return iterations.isEmpty()
                ? Optional.empty()
                : Optional.of(iterations.get(iterations.size() - 1));
    }
}
