package org.experimentlog.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Checks for single input values. Each check names the field, so a form or an API client can show the message
 * next to the right input, and its label, so the message reads "The title is required." in the reader's language.
 */
public final class Fields {
    /** Titles and names: one line. */
    public static final int TITLE_MAX = 200;
    /** Narrative text: a few paragraphs. Stored without a database limit. */
    public static final int TEXT_MAX = 10_000;
    /** Short statements such as a learning. */
    public static final int STATEMENT_MAX = 1_000;
    public static final int URL_MAX = 2_000;

    private Fields() {
    }

    /** A required text, trimmed, at most {@code max} characters. */
    public static String required(String field, FieldLabel label, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, ErrorKey.FIELD_REQUIRED, label);
        }
        return limited(field, label, trimmed, max);
    }

    /** An optional text, trimmed; blank becomes null. */
    public static String optional(String field, FieldLabel label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(field, label, value.strip(), max);
    }

    private static String limited(String field, FieldLabel label, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(field, ErrorKey.FIELD_TOO_LONG, label, max, value.length());
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, ErrorKey.FIELD_UNSTORABLE, label);
        }
        return value;
    }

    /** A required value that is not null. */
    public static <T> T present(String field, FieldLabel label, T value) {
        if (value == null) {
            throw new InvalidInputException(field, ErrorKey.FIELD_REQUIRED, label);
        }
        return value;
    }

    /** An optional http(s) link. */
    public static URI optionalLink(String field, FieldLabel label, String value) {
        String text = optional(field, label, value, URL_MAX);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInputException(field, ErrorKey.FIELD_NOT_WEB_ADDRESS, label);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, ErrorKey.FIELD_INVALID_WEB_ADDRESS, label);
        }
    }

    /** A finite number. */
    public static double finite(String field, FieldLabel label, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, ErrorKey.FIELD_NOT_A_NUMBER, label);
        }
        return value;
    }

    /** A whole number that is zero or more. */
    public static long notNegative(String field, FieldLabel label, long value) {
        if (value < 0) {
            throw new InvalidInputException(field, ErrorKey.FIELD_NEGATIVE, label);
        }
        return value;
    }

    /** An optional end date that is not before the start date. */
    public static void ordered(String field, FieldLabel label, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInputException(field, ErrorKey.FIELD_BEFORE_START, label);
        }
    }

    /** A stored version, for optimistic locking. */
    public static long version(long value) {
        if (value < 0) {
            throw new InvalidInputException("version", ErrorKey.VERSION_NEGATIVE);
        }
        return value;
    }
}
