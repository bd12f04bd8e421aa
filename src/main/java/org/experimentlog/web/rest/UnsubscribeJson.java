package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The token of an unsubscribe link: {@code {"token": "…"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnsubscribeJson(String token) {}
