package org.experimentlog.app.port;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the items on this page
 * @param startAt how many items were skipped
 * @param maxResults the page size asked for
 * @param total how many items the whole list has
 */
public record Page<T>(List<T> items, int startAt, int maxResults, int total) {
    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, int total) {
        return new Page<>(items, request.startAt(), request.maxResults(), total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), startAt, maxResults, total);
    }

    public boolean isLast() {
        return startAt + items.size() >= total;
    }
}
