package org.experimentlog.web.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/** Reads the values of request bodies and query parameters, naming the field when one is missing or malformed. */
final class JsonInput {
    private JsonInput() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, ErrorKey.VALUE_REQUIRED, field);
        }
        return value;
    }

    static long version(Long value) {
        return required(value, "version");
    }

    /** An optional ISO day such as 2026-03-02. */
    static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, ErrorKey.VALUE_NOT_A_DATE, field);
        }
    }

    /** An optional code of a closed vocabulary. */
    static <E extends Enum<E> & Coded> E code(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : Coded.fromCode(type, value.strip(), field);
    }

    static <E extends Enum<E> & Coded> E requiredCode(Class<E> type, String value, String field) {
        return Coded.fromCode(type, required(value, field).strip(), field);
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : value;
    }

    /** The page start of a query parameter; 0 when absent. */
    static int startAt(String value) {
        Integer number = whole(value, "startAt");
        return number == null ? 0 : number;
    }

    /** The page size of a query parameter; the default when absent. */
    static int maxResults(String value) {
        Integer number = whole(value, "maxResults");
        return number == null ? org.experimentlog.app.port.PageRequest.DEFAULT_RESULTS : number;
    }

    /**
     * An optional whole number from a query parameter. Query parameters are taken as text because JAX-RS answers 404
     * to one it cannot convert, and a malformed parameter is the client's mistake, not a missing page.
     */
    static Integer whole(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw notANumber(field);
        }
    }

    static InvalidInputException notANumber(String field) {
        return new InvalidInputException(field, ErrorKey.VALUE_NOT_A_WHOLE_NUMBER, field);
    }
}
