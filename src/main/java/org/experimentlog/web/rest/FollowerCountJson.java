package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How many people follow one thing, never who: by their own choice, and department members by
 * default.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowerCountJson(
        String kind, String value, String name, int ownChoice, int byDefault) {}
