package org.experimentlog.app.report;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.register.DeviationKind;
import org.experimentlog.domain.retrospective.Scope;

/**
 * The figures of a retrospective. An experiment belongs to the period when it started in it,
 * concluded in it, or was running during it, or when it was abandoned in it without ever starting
 * (it then counts as abandoned, never as started, and has no time to learning); every figure counts
 * only what the reader may see, and no figure names the author of a story.
 *
 * @param scope what it covers
 * @param period the days it reviews
 * @param experiments how many started, concluded, were abandoned, and were running in the period
 * @param verdicts the verdicts of the experiments that ended in the period
 * @param timeToLearning days from start to conclusion of the experiments concluded in the period
 * @param iterations iterations per experiment of the period
 * @param outcomes the outcomes in scope and how they moved in the period
 * @param failures the failure stories shared in the period, by contributing factor and impact
 * @param collaboration which departments worked together on the experiments of the period
 * @param reused the failure stories most applied and most marked helpful, most reused first
 * @param learnings the first {@link RetrospectiveFigures#LEARNINGS_LISTED} learnings recorded in
 *     the period, newest first
 * @param learningsTotal how many learnings were recorded in the period
 * @param deviations the experiments of the period that deviate from their registered plan, by kind
 */
public record RetrospectiveReport(
        Scope scope,
        Period period,
        ExperimentCounts experiments,
        VerdictMix verdicts,
        TimeToLearning timeToLearning,
        IterationCounts iterations,
        List<OutcomeMovement> outcomes,
        FailureCounts failures,
        Collaboration collaboration,
        List<ReusedLesson> reused,
        List<ReportLearning> learnings,
        int learningsTotal,
        Deviations deviations) {
    public RetrospectiveReport {
        requireNonNull(scope, "scope");
        requireNonNull(period, "period");
        requireNonNull(experiments, "experiments");
        requireNonNull(verdicts, "verdicts");
        requireNonNull(timeToLearning, "timeToLearning");
        requireNonNull(iterations, "iterations");
        outcomes = List.copyOf(outcomes);
        requireNonNull(failures, "failures");
        requireNonNull(collaboration, "collaboration");
        reused = List.copyOf(reused);
        learnings = List.copyOf(learnings);
        requireNonNull(deviations, "deviations");
    }

    /**
     * A report without deviation figures (no experiment of the period deviates from its registered
     * plan).
     */
    public RetrospectiveReport(
            Scope scope,
            Period period,
            ExperimentCounts experiments,
            VerdictMix verdicts,
            TimeToLearning timeToLearning,
            IterationCounts iterations,
            List<OutcomeMovement> outcomes,
            FailureCounts failures,
            Collaboration collaboration,
            List<ReusedLesson> reused,
            List<ReportLearning> learnings,
            int learningsTotal) {
        this(
                scope,
                period,
                experiments,
                verdicts,
                timeToLearning,
                iterations,
                outcomes,
                failures,
                collaboration,
                reused,
                learnings,
                learningsTotal,
                Deviations.none());
    }

    /**
     * The experiments of the period whose registered plan was later changed.
     *
     * @param experiments how many experiments have at least one deviation
     * @param byKind how many experiments have a deviation of each kind (every kind present, 0 when
     *     none); one experiment counts once per kind
     */
    public record Deviations(int experiments, Map<DeviationKind, Integer> byKind) {
        public Deviations {
            EnumMap<DeviationKind, Integer> all = new EnumMap<>(DeviationKind.class);
            for (DeviationKind kind : DeviationKind.values()) {
                all.put(kind, byKind.getOrDefault(kind, 0));
            }
            byKind = Collections.unmodifiableMap(all);
        }

        public static Deviations none() {
            return new Deviations(0, Map.of());
        }
    }

    /**
     * Experiment counts of the period.
     *
     * @param started started in the period
     * @param concluded concluded in the period (with a verdict)
     * @param abandoned abandoned in the period, whether or not they had started
     * @param running started before the period's end and not ended before its start, or abandoned
     *     in the period without starting: every experiment of the period
     */
    public record ExperimentCounts(int started, int concluded, int abandoned, int running) {}

    /** The verdicts of the experiments that ended in the period; abandoned ones have no verdict. */
    public record VerdictMix(int validated, int invalidated, int inconclusive, int abandoned) {
        public int total() {
            return validated + invalidated + inconclusive + abandoned;
        }
    }

    /**
     * Days from start to conclusion of the experiments concluded in the period. The day figures
     * mean nothing when {@code experiments} is 0.
     *
     * @param experiments how many were measured
     * @param medianDays the median
     * @param lowerQuartileDays the 25th percentile
     * @param upperQuartileDays the 75th percentile
     * @param minDays the fastest
     * @param maxDays the slowest
     */
    public record TimeToLearning(
            int experiments,
            double medianDays,
            double lowerQuartileDays,
            double upperQuartileDays,
            int minDays,
            int maxDays) {
        public static TimeToLearning none() {
            return new TimeToLearning(0, 0, 0, 0, 0, 0);
        }
    }

    /**
     * Iterations per experiment of the period.
     *
     * @param experiments how many experiments
     * @param iterations how many iterations they have in all
     * @param distribution how many experiments have 0, 1, 2, 3, 4 and 5 or more iterations (six
     *     entries)
     */
    public record IterationCounts(int experiments, int iterations, List<Integer> distribution) {
        public static final int BUCKETS = 6;

        public IterationCounts {
            distribution = List.copyOf(distribution);
            if (distribution.size() != BUCKETS) {
                throw new IllegalArgumentException("distribution needs " + BUCKETS + " entries");
            }
        }
    }
}
