package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A department, in requests and responses. In requests {@code id} is ignored and {@code version}
 * (the version the client read) is needed to change one.
 *
 * @param id the stored id
 * @param name unique, ignoring case
 * @param groupName the Jira group whose members belong to the department; optional
 * @param version for optimistic locking
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DepartmentJson(Long id, String name, String groupName, Long version) {}
