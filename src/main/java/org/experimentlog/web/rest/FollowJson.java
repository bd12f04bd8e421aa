package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.experimentlog.app.digest.FollowingService;

/**
 * One thing followed.
 *
 * @param kind department, outcome, tag or project
 * @param value the department's or outcome's id, the tag or the project key
 * @param name the name to show
 * @param byDefault whether it comes from the department's default rather than the person's own
 *     choice
 * @param since since when, an ISO-8601 instant (for a default: now)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowJson(String kind, String value, String name, boolean byDefault, String since) {
    static FollowJson of(FollowingService.Followed followed) {
        return new FollowJson(
                followed.follow().target().kind().code(),
                followed.follow().target().value(),
                followed.name(),
                followed.follow().byDefault(),
                followed.follow().since().toString());
    }
}
