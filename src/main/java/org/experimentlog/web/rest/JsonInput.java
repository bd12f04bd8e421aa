package org.experimentlog.web.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.InvalidInputException;

/**
 * Reads the values of request bodies and query parameters, naming the field when one is missing or
 * malformed.
 */
final class JsonInput {
    private JsonInput() {}

    /**
     * How messages name each request field the forms send: by its label in the reader's language
     * ("The value before is required."), never by its path in the request; a field without a label
     * here is named by its path.
     */
    private static final Map<String, FieldLabel> LABELS =
            Map.ofEntries(
                    Map.entry("before", FieldLabel.VALUE_BEFORE),
                    Map.entry("after", FieldLabel.VALUE_AFTER),
                    Map.entry("unit", FieldLabel.UNIT),
                    Map.entry("kind", FieldLabel.RESULT_KIND),
                    Map.entry("controlSize", FieldLabel.CONTROL_SIZE),
                    Map.entry("variantSize", FieldLabel.VARIANT_SIZE),
                    Map.entry("controlConversions", FieldLabel.CONTROL_CONVERSIONS),
                    Map.entry("variantConversions", FieldLabel.VARIANT_CONVERSIONS),
                    Map.entry("controlMean", FieldLabel.CONTROL_MEAN),
                    Map.entry("variantMean", FieldLabel.VARIANT_MEAN),
                    Map.entry("controlSd", FieldLabel.CONTROL_SD),
                    Map.entry("variantSd", FieldLabel.VARIANT_SD),
                    Map.entry("plannedVariantShare", FieldLabel.PLANNED_VARIANT_SHARE),
                    Map.entry("value", FieldLabel.VALUE),
                    Map.entry("measuredOn", FieldLabel.MEASURED_ON),
                    Map.entry("baseline", FieldLabel.BASELINE),
                    Map.entry("baseline.value", FieldLabel.BASELINE),
                    Map.entry("baseline.date", FieldLabel.BASELINE_DATE),
                    Map.entry("target", FieldLabel.TARGET),
                    Map.entry("target.value", FieldLabel.TARGET),
                    Map.entry("target.date", FieldLabel.TARGET_DATE),
                    Map.entry("metric", FieldLabel.METRIC),
                    Map.entry("metric.kind", FieldLabel.METRIC),
                    Map.entry("metric.direction", FieldLabel.METRIC),
                    Map.entry("metric.unit", FieldLabel.UNIT),
                    Map.entry("title", FieldLabel.TITLE),
                    Map.entry("issueKey", FieldLabel.ISSUE_KEY),
                    Map.entry("experimentIssueKey", FieldLabel.ISSUE_KEY),
                    Map.entry("startDate", FieldLabel.START_DATE),
                    Map.entry("endDate", FieldLabel.END_DATE),
                    Map.entry("departments", FieldLabel.DEPARTMENTS),
                    Map.entry("outcomes", FieldLabel.OUTCOMES),
                    Map.entry("outcomes.outcomeId", FieldLabel.OUTCOME),
                    Map.entry("outcomes.expected", FieldLabel.OUTCOMES),
                    Map.entry("outcomeId", FieldLabel.OUTCOME),
                    Map.entry("tags", FieldLabel.TAGS),
                    Map.entry("factors", FieldLabel.FACTORS),
                    Map.entry("impact", FieldLabel.IMPACT),
                    Map.entry("audience", FieldLabel.AUDIENCE),
                    Map.entry("audience.departments", FieldLabel.DEPARTMENTS),
                    Map.entry("stage", FieldLabel.TARGET_STAGE),
                    Map.entry("status", FieldLabel.STATUS),
                    Map.entry("ownerDepartment", FieldLabel.OWNER_DEPARTMENT),
                    Map.entry("statement", FieldLabel.STATEMENT),
                    Map.entry("change", FieldLabel.ITERATION_CHANGE),
                    Map.entry("note", FieldLabel.NOTE),
                    Map.entry("actions", FieldLabel.ACTION),
                    Map.entry("name", FieldLabel.DEPARTMENT_NAME),
                    Map.entry("groupName", FieldLabel.GROUP_NAME));

    /** The label of a request field, if the forms show it under a label. */
    static Optional<FieldLabel> label(String field) {
        return Optional.ofNullable(
                field == null ? null : LABELS.get(field.replaceAll("\\[\\d+]", "")));
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw label(field)
                    .map(label -> new InvalidInputException(field, ErrorKey.FIELD_REQUIRED, label))
                    .orElseGet(
                            () -> new InvalidInputException(field, ErrorKey.VALUE_REQUIRED, field));
        }
        return value;
    }

    /**
     * A list of a request, refused when it is longer than its documented maximum (counted as sent,
     * repeats included) or names the same item twice.
     */
    static <T> List<T> list(List<T> value, String field, FieldLabel label, int max) {
        List<T> items = list(value);
        if (items.size() > max) {
            throw new InvalidInputException(
                    field, ErrorKey.LIST_TOO_LONG, label, max, items.size());
        }
        Set<Object> seen = new HashSet<>();
        for (T item : items) {
            Object key = item instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : item;
            if (item != null && !seen.add(key)) {
                throw new InvalidInputException(
                        field, ErrorKey.LIST_REPEATS, label, String.valueOf(item));
            }
        }
        return items;
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
            throw label(field)
                    .map(
                            label ->
                                    new InvalidInputException(
                                            field, ErrorKey.FIELD_NOT_A_DATE, label))
                    .orElseGet(
                            () ->
                                    new InvalidInputException(
                                            field, ErrorKey.VALUE_NOT_A_DATE, field));
        }
    }

    /** An optional code of a closed vocabulary. */
    static <E extends Enum<E> & Coded> E code(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : Coded.fromCode(type, value.strip(), field);
    }

    /**
     * A yes/no query parameter: {@code true} or {@code false}; absent is false; anything else is
     * refused, naming the parameter.
     */
    static boolean flag(String value, String field) {
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw new InvalidInputException(
                field, ErrorKey.CODE_NOT_ONE_OF, value.strip(), "true, false");
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
        return number == null ? PageRequest.DEFAULT_RESULTS : number;
    }

    /**
     * An optional whole number from a query parameter. Query parameters are taken as text because
     * JAX-RS answers 404 to one it cannot convert, and a malformed parameter is the client's
     * mistake, not a missing page.
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
