package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The request bodies of the experiment endpoints. {@code version} is always the version the client
 * read.
 */
public final class ExperimentRequestJson {
    private ExperimentRequestJson() {}

    /**
     * The method, departments, linked outcomes and planned sample size (null or absent for none).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanJson(
            Long version,
            String method,
            String methodDetails,
            Long plannedSampleSize,
            List<Long> departments,
            List<ExperimentJson.OutcomeLinkJson> outcomes,
            String deviationReason) {}

    /**
     * A new hypothesis; {@code deviationReason} says why, once the plan is registered (required
     * then when a part changes).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HypothesisChangeJson(
            Long version,
            String change,
            String audience,
            String expectedResult,
            String reason,
            String signal,
            String deviationReason) {}

    /**
     * A move to another stage: {@code verdict} and {@code note} to conclude, {@code note} (the
     * reason) to abandon.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TransitionJson(Long version, String stage, String verdict, String note) {}

    /** Reopening a closed experiment: the version read and why it is reopened. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReopenJson(Long version, String reason) {}

    /**
     * A new iteration, or changes to one (with {@code version}, and optionally the decision);
     * {@code deviationReason} says why the registered plan's planned end moves.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IterationChangeJson(
            Long version,
            String change,
            String startDate,
            String endDate,
            String decision,
            String rationale,
            String deviationReason) {}

    /** A new learning, or changes to one (with {@code version}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LearningChangeJson(
            Long version, Long iterationId, String statement, List<String> tags) {}
}
