package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An experiment with everything recorded on it, as the API returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExperimentJson(
        long id,
        long issueId,
        String issueKey,
        String stage,
        List<String> nextStages,
        String verdict,
        String closingNote,
        HypothesisJson hypothesis,
        List<String> hypothesisHints,
        String method,
        String methodDetails,
        Long plannedSampleSize,
        List<Long> departments,
        List<OutcomeLinkJson> outcomes,
        String createdBy,
        String createdAt,
        String startedAt,
        String closedAt,
        Long daysToLearning,
        long version,
        List<IterationJson> iterations,
        List<LearningJson> learnings) {

    /**
     * The five parts of the hypothesis; in requests, {@code version} is the experiment version the
     * client read.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HypothesisJson(
            Long version,
            String change,
            String audience,
            String expectedResult,
            String reason,
            String signal) {}

    /**
     * An outcome the experiment aims to move: {@code expected} is {@code increase} or {@code
     * decrease}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OutcomeLinkJson(Long outcomeId, String expected) {}

    /** An iteration with its results and learnings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IterationJson(
            long id,
            int number,
            String change,
            String startDate,
            String endDate,
            String decision,
            String rationale,
            long version,
            List<ResultJson> results,
            List<LearningJson> learnings) {}

    /** A learning. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LearningJson(
            long id,
            Long iterationId,
            String statement,
            List<String> tags,
            String author,
            String createdAt,
            long version) {}
}
