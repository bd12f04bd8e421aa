package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A measurement of an outcome's metric, in requests and responses. In requests only {@code value},
 * {@code measuredOn} and {@code note} are read.
 *
 * @param id the stored id
 * @param value the value, in the metric's unit
 * @param measuredOn the ISO day it describes, not in the future
 * @param note where the figure came from; optional
 * @param recordedBy who recorded it
 * @param recordedAt when, as an ISO instant
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeasurementJson(
        Long id,
        Double value,
        String measuredOn,
        String note,
        String recordedBy,
        String recordedAt) {}
