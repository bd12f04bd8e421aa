package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A failure story as the API returns it. {@code author} is present only when the story is not
 * anonymous: the author of an anonymous story is never sent, not even to the author or to
 * administrators.
 *
 * @param factors the contributing factors' codes
 * @param impact the impact's code
 * @param experiment the experiment (and iteration) the story is about; absent when it is about none
 * @param helpedCount how many readers said "this helped me"
 * @param experimentHidden true when the story is about an experiment the reader may not see (then
 *     {@code experiment} is absent); absent otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FailureStoryJson(
        long id,
        String title,
        String whatWeTried,
        String whatHappened,
        String whatWeLearned,
        String whatWeWillDoDifferently,
        String otherFactors,
        List<String> factors,
        String impact,
        ExperimentLinkJson experiment,
        AudienceJson audience,
        boolean anonymous,
        String author,
        String createdAt,
        String updatedAt,
        long version,
        int helpedCount,
        Boolean experimentHidden) {
    public FailureStoryJson {
        factors = List.copyOf(factors);
    }

    /** The experiment issue a story is about, and the iteration when it is about one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExperimentLinkJson(String issueKey, Long iterationId) {}

    /**
     * Who may read a story, in responses and requests: everyone, or the members of the listed
     * departments.
     *
     * @param everyone whether every licensed user may read it; then {@code departments} is empty
     * @param departments the department ids that may read it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AudienceJson(Boolean everyone, List<Long> departments) {
        public AudienceJson {
            // not List.copyOf: a request may hold a null id, which the mapper reports as a field
            // error
            departments =
                    departments == null
                            ? null
                            : Collections.unmodifiableList(new ArrayList<>(departments));
        }
    }

    /**
     * A record that a story's lesson was applied in an experiment.
     *
     * @param issueKey the experiment issue
     * @param appliedBy who recorded it
     * @param appliedAt when
     * @param note how it was applied; absent when none was given
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AppliedInJson(String issueKey, String appliedBy, String appliedAt, String note) {}

    /**
     * The answer to "this helped me": {@code marked} is always true, the same answer to the same
     * request.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MarkedJson(boolean marked) {}

    /**
     * The answer to taking "this helped me" back: {@code unmarked} is always true, the same answer
     * to the same request.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnmarkedJson(boolean unmarked) {}
}
