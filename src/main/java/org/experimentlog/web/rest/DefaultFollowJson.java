package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Whether a department's members follow it by default: {@code {"followByDefault": true}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DefaultFollowJson(Boolean followByDefault) {}
