package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Every error the API returns: the HTTP status and one entry per problem, naming the input field
 * where there is one. {@code {"status":400,"errors":[{"field":"hypothesis.change","message":"…"}]}}
 *
 * @param status the HTTP status
 * @param errors the problems, at least one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorJson(int status, List<FieldErrorJson> errors) {
    public ErrorJson {
        errors = List.copyOf(errors);
    }

    public static ErrorJson of(int status, String field, String message) {
        return new ErrorJson(status, List.of(new FieldErrorJson(field, message)));
    }

    /**
     * One problem.
     *
     * @param field the input field, in dotted form; null when the problem is not about one field
     * @param message a sentence for the person who sent the request
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldErrorJson(String field, String message) {}
}
