package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A whole, short list (departments, the measurements of one outcome) in an object, so fields can be
 * added later without breaking clients.
 *
 * @param values the items
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ValuesJson<T>(List<T> values) {
    public ValuesJson {
        values = List.copyOf(values);
    }
}
