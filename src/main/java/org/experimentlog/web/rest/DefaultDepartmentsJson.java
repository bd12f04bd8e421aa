package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What creating the default departments did.
 *
 * @param created how many departments were created: all defaults, or 0 when departments already
 *     existed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DefaultDepartmentsJson(int created) {}
