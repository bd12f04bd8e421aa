package org.experimentlog.domain.register;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import org.experimentlog.domain.experiment.ResultMeasure;

/**
 * What a publication makes public about one experiment, exactly and nothing else: stored as a
 * snapshot when it is published and shown, fed and served as open data from that snapshot. It holds
 * no user keys, no internal ids beyond the experiment's register number, never the author of an
 * anonymous story, and names of people only when the administrator allowed names at the time of
 * publishing. Dates are ISO-8601 texts ({@code 2026-03-01}), so the snapshot reads the same in any
 * store.
 *
 * @param schemaVersion the version of this structure; see docs/open-data.md
 * @param title the experiment's title (its issue summary)
 * @param stage the stage code: {@code concluded} or {@code abandoned}
 * @param verdict the verdict code, or null for an abandoned experiment
 * @param closingNote the note on the conclusion, or why it was abandoned; null when none
 * @param departments the departments involved, by id and name
 * @param startedOn the day it first ran, or null when it never ran
 * @param closedOn the day it was concluded or abandoned
 * @param hypothesis the hypothesis as it stood at publication
 * @param method the method code at publication, or null
 * @param methodDetails the method details at publication, or null
 * @param plannedSampleSize the planned sample size at publication, or null
 * @param plan the registered plan, or null when the experiment never ran (so nothing was
 *     registered)
 * @param deviations the changes to the registered plan, oldest first
 * @param iterations the iterations with their results and learnings
 * @param learnings learnings about the experiment as a whole
 * @param outcomes the linked outcomes with their trends
 * @param stories the failure stories the team chose to include
 * @param confidenceLevel the confidence level the results' statistics use
 */
public record PublicRecord(
        int schemaVersion,
        String title,
        String stage,
        String verdict,
        String closingNote,
        List<Ref> departments,
        String startedOn,
        String closedOn,
        Hypothesis hypothesis,
        String method,
        String methodDetails,
        Long plannedSampleSize,
        Plan plan,
        List<Change> deviations,
        List<Round> iterations,
        List<Lesson> learnings,
        List<Trend> outcomes,
        List<Story> stories,
        double confidenceLevel) {
    /** The current version of the snapshot structure. */
    public static final int SCHEMA_VERSION = 1;

    public PublicRecord {
        requireNonNull(title, "title");
        requireNonNull(stage, "stage");
        departments = List.copyOf(departments);
        deviations = List.copyOf(deviations);
        iterations = List.copyOf(iterations);
        learnings = List.copyOf(learnings);
        outcomes = List.copyOf(outcomes);
        stories = List.copyOf(stories);
    }

    /** A department or outcome by its id and its name at publication. */
    public record Ref(long id, String name) {}

    /** The five parts of a hypothesis; each may be null. */
    public record Hypothesis(
            String change, String audience, String expectedResult, String reason, String signal) {}

    /**
     * The registered plan.
     *
     * @param plannedSampleSize the registered planned sample size; null when none was given (and in
     *     snapshots published before sample sizes were registered)
     * @param registeredBy the name of who registered it, only when names were allowed; else null
     * @param late registered after the experiment had started (by the upgrade that introduced
     *     registration)
     */
    public record Plan(
            Hypothesis hypothesis,
            String method,
            String methodDetails,
            List<Aim> outcomes,
            String plannedEnd,
            Long plannedSampleSize,
            String registeredOn,
            boolean late,
            String registeredBy) {
        public Plan {
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        }
    }

    /** An outcome a plan aims to move, by its title, with the expected direction code. */
    public record Aim(String outcome, String expected) {}

    /**
     * One deviation from the registered plan. The texts of an {@code outcomes} change list the
     * outcomes by title with an arrow for the expected direction (↑ increase, ↓ decrease); a {@code
     * method} change holds method codes.
     *
     * @param by the name of who changed it, only when names were allowed; else null
     */
    public record Change(
            int planVersion,
            String part,
            String kind,
            String before,
            String after,
            String reason,
            String on,
            String by) {}

    /** An iteration: what changed, when it ran, the decision taken, its results and learnings. */
    public record Round(
            int number,
            String change,
            String startDate,
            String endDate,
            String decision,
            String rationale,
            List<Measure> results,
            List<Lesson> learnings) {
        public Round {
            results = results == null ? List.of() : List.copyOf(results);
            learnings = learnings == null ? List.of() : List.copyOf(learnings);
        }
    }

    /**
     * A result with its figures; the fields a kind does not use are null. The statistics sentences
     * are computed from these figures with the snapshot's confidence level, the same way the app
     * computes them.
     */
    public record Measure(
            String title,
            String kind,
            String outcome,
            Double before,
            Double after,
            String unit,
            Long controlSize,
            Long controlConversions,
            Long variantSize,
            Long variantConversions,
            Double plannedVariantShare,
            Double controlMean,
            Double controlSd,
            Double variantMean,
            Double variantSd,
            String finding,
            String evidence) {
        /** The figures as the measure they were recorded as, to compute the statistics from. */
        public ResultMeasure toMeasure() {
            return switch (kind) {
                case "observed" -> new ResultMeasure.Observed(before, after, unit);
                case "proportion" ->
                        new ResultMeasure.Proportion(
                                controlSize,
                                controlConversions,
                                variantSize,
                                variantConversions,
                                plannedVariantShare);
                case "mean" ->
                        new ResultMeasure.Mean(
                                controlSize,
                                controlMean,
                                controlSd,
                                variantSize,
                                variantMean,
                                variantSd);
                default ->
                        new ResultMeasure.Qualitative(
                                finding, evidence == null ? null : URI.create(evidence));
            };
        }
    }

    /** A learning and its tags. */
    public record Lesson(String statement, List<String> tags) {
        public Lesson {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** A linked outcome: its metric, baseline, target, expected direction and measurements. */
    public record Trend(
            long id,
            String title,
            String unit,
            String direction,
            String expected,
            double baseline,
            String baselineOn,
            double target,
            String targetOn,
            List<Point> measurements) {
        public Trend {
            measurements = measurements == null ? List.of() : List.copyOf(measurements);
        }
    }

    /** One measurement of an outcome. */
    public record Point(String on, double value) {}

    /**
     * A failure story the team chose to publish.
     *
     * @param author the author's name, only when names were allowed and the story is not anonymous;
     *     else null
     */
    public record Story(
            String title,
            String whatWeTried,
            String whatHappened,
            String whatWeLearned,
            String whatWeWillDoDifferently,
            List<String> factors,
            String impact,
            String author) {
        public Story {
            factors = factors == null ? List.of() : List.copyOf(factors);
        }
    }
}
