package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What a person follows and how they get their digest.
 *
 * @param frequency daily or weekly
 * @param language en or nl; null for the Jira profile's language
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowingJson(List<FollowJson> follows, String frequency, String language) {
    public FollowingJson {
        follows = follows == null ? List.of() : List.copyOf(follows);
    }
}
