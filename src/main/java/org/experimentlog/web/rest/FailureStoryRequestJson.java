package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The request bodies of the failure story endpoints. Text must be sent as JSON strings; codes are
 * the {@code factors} and {@code impact} codes of the API.
 */
public final class FailureStoryRequestJson {
    private FailureStoryRequestJson() {}

    /**
     * A story to share, or the new state of one (with {@code version}, the version the client
     * read). The {@code audience} is required: a story is never shared more widely than its author
     * chose.
     *
     * @param experimentIssueKey the experiment issue the story is about; optional
     * @param iterationId the iteration of that experiment; optional, only with {@code
     *     experimentIssueKey}
     * @param anonymous whether the author stays unnamed; false when absent
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StoryJson(
            String title,
            String whatWeTried,
            String whatHappened,
            String whatWeLearned,
            String whatWeWillDoDifferently,
            String otherFactors,
            List<String> factors,
            String impact,
            String experimentIssueKey,
            Long iterationId,
            FailureStoryJson.AudienceJson audience,
            Boolean anonymous,
            Long version) {}

    /**
     * Where a story's lesson was applied: an experiment issue the caller can see, and optionally
     * how.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AppliedInChangeJson(String issueKey, String note) {}
}
