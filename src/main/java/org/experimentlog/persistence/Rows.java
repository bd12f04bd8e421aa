package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.experimentlog.app.port.PageRequest;

/**
 * The row lookups the repositories share: one row by id; the rows whose column is one of many ids,
 * in one query per {@value InClause#MAX_VALUES} distinct ids (one query for any list a page can
 * hold, and no failure on the rare longer list); and the select of a page by key, for the full
 * export.
 */
final class Rows {
    private Rows() {}

    /**
     * The row with this id; selected with a query so every preloaded column comes in the same
     * statement.
     */
    static <T extends RawEntity<Integer>> Optional<T> byId(
            ActiveObjects ao, Class<T> type, long id) {
        T[] rows = ao.find(type, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /**
     * The select of at most {@code limit} rows with an id above {@code afterId}, ascending by id: a
     * page that starts after the last id seen, so rows created or deleted meanwhile cannot shift it
     * as they would shift an offset.
     *
     * @throws IllegalArgumentException when {@code limit} is not 1 to {@value
     *     PageRequest#MAX_RESULTS}
     */
    static Query afterId(long afterId, int limit) {
        if (limit < 1 || limit > PageRequest.MAX_RESULTS) {
            throw new IllegalArgumentException(
                    "limit must be 1 to " + PageRequest.MAX_RESULTS + ": " + limit);
        }
        return Query.select()
                .where("ID > ?", (int) Math.min(afterId, Integer.MAX_VALUE))
                .order("ID")
                .limit(limit);
    }

    /**
     * The rows of {@code type} whose {@code column} is one of {@code ids}, ordered by {@code order}
     * per query.
     */
    static <T extends RawEntity<Integer>> List<T> whereIn(
            ActiveObjects ao, Class<T> type, String column, Collection<Integer> ids, String order) {
        List<Integer> distinct = ids.stream().distinct().toList();
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += InClause.MAX_VALUES) {
            List<Integer> chunk =
                    distinct.subList(from, Math.min(distinct.size(), from + InClause.MAX_VALUES));
            rows.addAll(
                    List.of(
                            ao.find(
                                    type,
                                    Query.select()
                                            .where(
                                                    InClause.of(column, chunk.size()),
                                                    InClause.params(chunk))
                                            .order(order))));
        }
        return rows;
    }

    /**
     * Streams only {@code fields} of the rows of {@code type} whose {@code column} is one of {@code
     * ids}, ordered by {@code order} per query: for reads that need a few columns of rows whose
     * other columns hold long text.
     */
    static <T extends RawEntity<Integer>> void streamIn(
            ActiveObjects ao,
            Class<T> type,
            String fields,
            String column,
            Collection<Integer> ids,
            String order,
            EntityStreamCallback<T, Integer> each) {
        List<Integer> distinct = ids.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += InClause.MAX_VALUES) {
            List<Integer> chunk =
                    distinct.subList(from, Math.min(distinct.size(), from + InClause.MAX_VALUES));
            ao.stream(
                    type,
                    Query.select(fields)
                            .where(InClause.of(column, chunk.size()), InClause.params(chunk))
                            .order(order),
                    each);
        }
    }
}
