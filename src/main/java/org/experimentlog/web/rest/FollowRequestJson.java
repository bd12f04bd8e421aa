package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What to follow: {@code {"kind": "tag", "value": "digital-forms"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowRequestJson(String kind, String value) {}
