package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Whether the caller follows one thing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowStatusJson(String kind, String value, boolean following) {}
