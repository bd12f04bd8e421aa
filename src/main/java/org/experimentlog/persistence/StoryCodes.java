package org.experimentlog.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Delimited code lists ({@code |a|b|}) stored in one column, matched with {@code LIKE '%|a|%'}. The
 * empty list is {@code |}, never the empty string, because Oracle stores an empty string as NULL.
 */
final class StoryCodes {
    static final String EMPTY = "|";

    private StoryCodes() {}

    static String join(Collection<String> codes) {
        if (codes.isEmpty()) {
            return EMPTY;
        }
        for (String code : codes) {
            if (code.isEmpty() || code.contains("|") || code.contains("%") || code.contains("_")) {
                throw new IllegalArgumentException("Not a storable code: " + code);
            }
        }
        return codes.stream().sorted().collect(Collectors.joining("|", "|", "|"));
    }

    static List<String> split(String stored) {
        if (stored == null || stored.equals(EMPTY)) {
            return List.of();
        }
        return Arrays.stream(stored.split("\\|")).filter(s -> !s.isEmpty()).toList();
    }

    /** The LIKE pattern that finds lists containing the code. */
    static String containing(String code) {
        return "%|" + code + "|%";
    }
}
