package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Tag suggestions for the learning library's tag field.
 *
 * @param tags the tags, alphabetically
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TagListJson(List<String> tags) {
    public TagListJson {
        tags = List.copyOf(tags);
    }
}
