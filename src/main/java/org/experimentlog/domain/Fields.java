package org.experimentlog.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Checks for single input values. Each check names the field, so a form or an API client can show the message
 * next to the right input.
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
    public static String required(String field, String label, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, label + " is required.");
        }
        return limited(field, label, trimmed, max);
    }

    /** An optional text, trimmed; blank becomes null. */
    public static String optional(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(field, label, value.strip(), max);
    }

    private static String limited(String field, String label, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(field, String.format(Locale.ROOT,
                    "%s can have at most %,d characters; this has %,d.", label, max, value.length()));
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, label + " contains a character that cannot be stored.");
        }
        return value;
    }

    /** A required value that is not null. */
    public static <T> T present(String field, String label, T value) {
        if (value == null) {
            throw new InvalidInputException(field, label + " is required.");
        }
        return value;
    }

    /** An optional http(s) link. */
    public static URI optionalLink(String field, String label, String value) {
        String text = optional(field, label, value, URL_MAX);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInputException(field, label + " must be a web address starting with http:// or https://.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, label + " is not a valid web address.");
        }
    }

    /** A finite number. */
    public static double finite(String field, String label, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, label + " must be a number.");
        }
        return value;
    }

    /** A whole number that is zero or more. */
    public static long notNegative(String field, String label, long value) {
        if (value < 0) {
            throw new InvalidInputException(field, label + " cannot be negative.");
        }
        return value;
    }

    /** An optional end date that is not before the start date. */
    public static void ordered(String field, String label, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInputException(field, label + " cannot be before the start date.");
        }
    }

    /** A stored version, for optimistic locking. */
    public static long version(long value) {
        if (value < 0) {
            throw new InvalidInputException("version", "The version cannot be negative.");
        }
        return value;
    }
}
