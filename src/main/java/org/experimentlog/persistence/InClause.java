package org.experimentlog.persistence;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A {@code COLUMN IN (?, ?, …)} condition over a bounded set of values. Lists are paged (at most
 * 500 items), so one such condition stays within every database's parameter limits (Oracle allows
 * 1,000 values in a list).
 */
final class InClause {
    static final int MAX_VALUES = 1_000;

    private InClause() {}

    static String of(String column, int count) {
        if (count < 1 || count > MAX_VALUES) {
            throw new IllegalArgumentException(
                    "An IN list takes 1 to " + MAX_VALUES + " values, not " + count);
        }
        return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    static Object[] params(Collection<?> values) {
        return values.toArray();
    }

    static List<Integer> ints(Collection<? extends Number> values) {
        return values.stream().map(Number::intValue).distinct().toList();
    }
}
