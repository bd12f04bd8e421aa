package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How a person gets their digest.
 *
 * @param frequency daily or weekly
 * @param language en or nl; null or empty for the Jira profile's language
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DigestPreferencesJson(String frequency, String language) {}
