package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Every outcome, by title, and whether the caller may define outcomes and record measurements, so a
 * page knows which actions to offer without a second request.
 *
 * @param values the outcomes
 * @param canManage whether the caller manages outcomes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutcomeListJson(List<OutcomeJson> values, boolean canManage) {
    public OutcomeListJson {
        values = List.copyOf(values);
    }
}
