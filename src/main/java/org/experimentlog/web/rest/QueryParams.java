package org.experimentlog.web.rest;

import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.experiment.Tag;

/**
 * Reads query parameters that are not plain text. They arrive as text and are parsed here, so a
 * malformed value is a 400 that names the parameter, not the 404 the JAX-RS runtime answers when it
 * cannot convert a parameter itself.
 */
final class QueryParams {
    private QueryParams() {}

    /** An optional positive id. */
    static Long id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw switch (field) {
            case "department" ->
                    new InvalidInputException(field, ErrorKey.DEPARTMENT_ID_INVALID, field);
            case "outcome" -> new InvalidInputException(field, ErrorKey.OUTCOME_ID_INVALID, field);
            default ->
                    new InvalidInputException(
                            field,
                            "\""
                                    + field
                                    + "\" must be the id of "
                                    + article(field)
                                    + field
                                    + ", a positive whole number.");
        };
    }

    /** An optional tag such as {@code digital-forms}. */
    static Tag tag(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new Tag(value);
        } catch (InvalidInputException e) {
            throw e.about(field);
        }
    }

    /**
     * Which page of a list to return, from the {@code startAt} and {@code maxResults} parameters.
     */
    static PageRequest page(String startAt, String maxResults) {
        return new PageRequest(
                whole(startAt, "startAt", 0),
                whole(maxResults, "maxResults", PageRequest.DEFAULT_RESULTS));
    }

    private static int whole(String value, String field, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, ErrorKey.VALUE_NOT_A_WHOLE_NUMBER, field);
        }
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ";
    }
}
