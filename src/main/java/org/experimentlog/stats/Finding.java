package org.experimentlog.stats;

import static java.util.Objects.requireNonNull;

import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the data supports, as an i18n message key and the arguments to fill in, already rounded for
 * people.
 *
 * <p>Numbers in the arguments are written with a point as the decimal separator and without
 * grouping, such as {@code 4.1}, {@code -0.3}, {@code +2.0} or {@code >99}; {@link
 * #argumentsFor(Locale)} adapts them to a reader's language.
 *
 * @param key the message key, starting with {@code experimentlog.stats.}
 * @param arguments the values for the placeholders {@code {0}}, {@code {1}}, ... of the message
 */
public record Finding(String key, List<String> arguments) {
    public static final String KEY_PREFIX = "experimentlog.stats.";
    private static final Pattern NUMBER = Pattern.compile("[<>]?[+-]?\\d+(\\.\\d+)?");

    public Finding {
        requireNonNull(key, "key");
        if (!key.startsWith(KEY_PREFIX)) {
            throw new IllegalArgumentException(
                    "A finding's key starts with " + KEY_PREFIX + ": " + key);
        }
        arguments = List.copyOf(arguments);
    }

    static Finding of(String key, String... arguments) {
        return new Finding(key, List.of(arguments));
    }

    /**
     * The arguments with the decimal separator of the given language, so {@code 4.1} reads {@code
     * 4,1} in Dutch.
     */
    public List<String> argumentsFor(Locale locale) {
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return arguments.stream()
                .map(
                        argument ->
                                NUMBER.matcher(argument).matches()
                                        ? argument.replace('.', separator)
                                        : argument)
                .toList();
    }
}
