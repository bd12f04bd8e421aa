package org.experimentlog.app.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.Impact;

/**
 * The failure stories shared in a period that the reader may see.
 *
 * @param shared how many
 * @param byFactor how many name each contributing factor (a story may name several); every factor
 *     is present
 * @param byImpact how many have each impact; every impact is present
 */
public record FailureCounts(
        int shared, Map<ContributingFactor, Integer> byFactor, Map<Impact, Integer> byImpact) {
    public FailureCounts {
        byFactor = complete(ContributingFactor.class, byFactor);
        byImpact = complete(Impact.class, byImpact);
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(
            Class<E> type, Map<E, Integer> counts) {
        EnumMap<E, Integer> all = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            all.put(value, counts.getOrDefault(value, 0));
        }
        return Collections.unmodifiableMap(all);
    }
}
