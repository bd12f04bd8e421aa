package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * A computed retrospective as JSON: every figure of the report, vocabularies by their codes, no
 * author of anything.
 *
 * @param scope what it covers
 * @param period the days it reviews
 * @param experiments started, concluded, abandoned and running (every experiment of the period)
 * @param verdicts validated, invalidated, inconclusive and abandoned among those that ended
 * @param timeToLearning days from start to conclusion: count, median, quartiles, fastest and
 *     slowest
 * @param iterations experiments, iterations in all, and how many experiments have 0 to 5+
 *     iterations
 * @param outcomes the outcomes in scope and how they moved
 * @param failures stories shared, by factor code and impact code
 * @param collaboration departments and the experiments each pair took part in together
 * @param reused the most reused lessons
 * @param learnings the newest learnings of the period
 * @param learningsTotal how many learnings were recorded in the period
 * @param deviations the period's experiments that deviate from their registered plan, by kind code
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportJson(
        RetrospectiveJson.ScopeJson scope,
        RetrospectiveJson.PeriodJson period,
        Experiments experiments,
        Verdicts verdicts,
        TimeToLearning timeToLearning,
        Iterations iterations,
        List<Outcome> outcomes,
        Failures failures,
        CollaborationJson collaboration,
        List<Reused> reused,
        List<Learning> learnings,
        int learningsTotal,
        Deviations deviations) {

    /**
     * How many experiments deviate from their registered plan, and how many per kind (keyed by kind
     * code).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deviations(int experiments, Map<String, Integer> byKind) {}

    /** How many experiments started, concluded, were abandoned and belong to the period. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Experiments(int started, int concluded, int abandoned, int running) {}

    /** The verdict mix, with its total. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verdicts(
            int validated, int invalidated, int inconclusive, int abandoned, int total) {}

    /**
     * Days from start to conclusion; the day figures mean nothing when {@code experiments} is 0.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimeToLearning(
            int experiments,
            double medianDays,
            double lowerQuartileDays,
            double upperQuartileDays,
            int minDays,
            int maxDays) {}

    /**
     * Iterations per experiment: {@code distribution} counts experiments with 0, 1, 2, 3, 4 and 5+
     * iterations.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Iterations(int experiments, int iterations, List<Integer> distribution) {}

    /**
     * An outcome's movement; {@code atStart} and {@code atEnd} are null when nothing was measured
     * yet.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outcome(
            long id,
            String title,
            String unit,
            String direction,
            double baseline,
            Double atStart,
            Double atEnd,
            double target) {}

    /** Failure stories by contributing factor and impact, keyed by code. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Failures(
            int shared, Map<String, Integer> byFactor, Map<String, Integer> byImpact) {}

    /** The department matrix. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CollaborationJson(List<Member> departments, List<Cell> cells) {}

    /** A department of the matrix. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(long id, String name) {}

    /** A cell of the matrix; row equals column on the diagonal. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cell(long row, long column, int experiments) {}

    /** A reused lesson. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reused(long story, String title, int appliedIn, int helped) {}

    /** A learning of the period, without its author. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Learning(
            long id, String issueKey, String statement, String createdAt, String verdict) {}
}
