package org.experimentlog.web.rest;

import java.util.List;
import java.util.function.Function;
import org.experimentlog.app.port.Page;

/**
 * A page of a list, as Jira's REST API pages.
 *
 * @param startAt items skipped
 * @param maxResults the page size asked for
 * @param total items in the whole list
 * @param isLast whether this is the last page
 * @param values the items
 */
public record PageJson<T>(int startAt, int maxResults, int total, boolean isLast, List<T> values) {
    public static <D, T> PageJson<T> of(Page<D> page, Function<D, T> mapper) {
        return new PageJson<>(
                page.startAt(),
                page.maxResults(),
                page.total(),
                page.isLast(),
                page.items().stream().map(mapper).toList());
    }
}
