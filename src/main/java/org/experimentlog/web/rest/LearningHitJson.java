package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A learning found in the library, with the experiment it came from.
 *
 * @param id the learning id
 * @param statement what was learned
 * @param tags its tags, sorted
 * @param issueKey the issue of the experiment
 * @param stage the experiment's stage code
 * @param verdict the experiment's verdict code; null while it is not concluded
 * @param iterationId the iteration it came from; null for a learning about the whole experiment
 * @param author the user key of who wrote it
 * @param createdAt when it was written (ISO-8601)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LearningHitJson(
        long id,
        String statement,
        List<String> tags,
        String issueKey,
        String stage,
        String verdict,
        Long iterationId,
        String author,
        String createdAt) {
    public LearningHitJson {
        tags = List.copyOf(tags);
    }
}
