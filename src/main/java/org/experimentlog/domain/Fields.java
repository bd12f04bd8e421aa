package org.experimentlog.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Checks for single input values. Each check names the field, so a form or an API client can show
 * the message next to the right input, and its label, so the message reads "The title is required."
 * in the reader's language.
 */
public final class Fields {
    /** Titles and names: one line. */
    public static final int TITLE_MAX = 200;

    /** Narrative text: a few paragraphs. Stored without a database limit. */
    public static final int TEXT_MAX = 10_000;

    /** Short statements such as a learning. */
    public static final int STATEMENT_MAX = 1_000;

    public static final int URL_MAX = 2_000;

    /**
     * The largest magnitude a number may have: every decimal number with up to 15 significant
     * digits below it is stored and read back exactly as a double, and every database column Active
     * Objects creates for a double holds it (some hold no more than about 3.4e38).
     */
    public static final double NUMBER_MAX = 1e15;

    /**
     * The earliest date the product accepts; an earlier one is a typing mistake (0026 for 2026).
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private Fields() {}

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
            throw new InvalidInputException(
                    field, ErrorKey.FIELD_TOO_LONG, label, max, value.length());
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, ErrorKey.FIELD_UNSTORABLE, label);
        }
        return value;
    }

    /**
     * A required name or title: one line without the invisible characters that reverse the
     * direction of text (they can make a name read differently from what it is, "Trojan Source").
     * It is stored as typed; names that must be unique are compared in their {@link #comparable}
     * form.
     */
    public static String requiredName(String field, FieldLabel label, String value, int max) {
        return name(field, label, required(field, label, value, max), max);
    }

    /** An optional name or title, checked as {@link #requiredName}; blank becomes null. */
    public static String optionalName(String field, FieldLabel label, String value, int max) {
        String text = optional(field, label, value, max);
        return text == null ? null : name(field, label, text, max);
    }

    private static String name(String field, FieldLabel label, String value, int max) {
        if (hasBidiControl(value)) {
            throw new InvalidInputException(field, ErrorKey.FIELD_BIDI_CONTROL, label);
        }
        return value;
    }

    /**
     * Whether the text holds a bidirectional control character (embeddings, overrides, isolates,
     * marks).
     */
    public static boolean hasBidiControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E'
                    || c == '\u200F'
                    || c == '\u061C') {
                return true;
            }
        }
        return false;
    }

    /** The form in which two names are compared: NFKC, case folded, inner spaces collapsed. */
    public static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
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

    /**
     * A finite number that the database stores exactly: at most {@link #NUMBER_MAX} in magnitude.
     */
    public static double finite(String field, FieldLabel label, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, ErrorKey.FIELD_NOT_A_NUMBER, label);
        }
        if (Math.abs(value) > NUMBER_MAX) {
            throw new InvalidInputException(
                    field, ErrorKey.FIELD_TOO_LARGE, label, "1000000000000000");
        }
        return value;
    }

    /** A finite number from 0 to 100, for a value whose unit is {@code %}. */
    public static double percentage(String field, FieldLabel label, double value) {
        finite(field, label, value);
        if (value < 0 || value > 100) {
            throw new InvalidInputException(field, ErrorKey.FIELD_PERCENTAGE_RANGE, label);
        }
        return value;
    }

    /** Whether values in this unit are percentages. */
    public static boolean isPercentage(String unit) {
        return unit != null && unit.strip().equals("%");
    }

    /** An optional date that is not before {@link #EARLIEST_DATE}. */
    public static LocalDate plausibleDate(String field, FieldLabel label, LocalDate value) {
        if (value != null && value.isBefore(EARLIEST_DATE)) {
            throw new InvalidInputException(
                    field, ErrorKey.FIELD_DATE_TOO_EARLY, label, EARLIEST_DATE.toString());
        }
        return value;
    }

    /** A whole number that is zero or more. */
    public static long notNegative(String field, FieldLabel label, long value) {
        if (value < 0) {
            throw new InvalidInputException(field, ErrorKey.FIELD_NEGATIVE, label);
        }
        if (value > NUMBER_MAX) {
            throw new InvalidInputException(
                    field, ErrorKey.FIELD_TOO_LARGE, label, "1000000000000000");
        }
        return value;
    }

    /** An optional end date that is not before the start date. */
    public static void ordered(String field, FieldLabel label, LocalDate start, LocalDate end) {
        plausibleDate(field, label, end);
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
