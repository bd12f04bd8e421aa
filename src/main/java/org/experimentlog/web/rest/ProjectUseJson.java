package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A project and whether it offers the Experiment issue type. In a request only {@code offered} is
 * read.
 *
 * @param key the project key
 * @param name the project name
 * @param offered whether people can create Experiment issues in it
 * @param sharedScheme whether its issue types come from Jira's default scheme, so a change reaches
 *     every project on it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectUseJson(String key, String name, Boolean offered, Boolean sharedScheme) {}
