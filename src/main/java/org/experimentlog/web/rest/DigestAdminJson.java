package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The digests for administrators: the last run (null before the first), the departments whose
 * members follow them by default, and follower counts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DigestAdminJson(
        DigestRunJson lastRun,
        List<Long> defaultDepartments,
        List<FollowerCountJson> followerCounts) {}
