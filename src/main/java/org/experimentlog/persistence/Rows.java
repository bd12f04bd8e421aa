package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The two row lookups every repository makes: one row by id, and the rows whose column is one of many ids. The
 * latter takes one query per {@value InClause#MAX_VALUES} distinct ids: one query for any list a page can hold, and
 * no failure on the rare longer list.
 */
final class Rows {
    private Rows() {
    }

    /** The row with this id; selected with a query so every preloaded column comes in the same statement. */
    static <T extends RawEntity<Integer>> Optional<T> byId(ActiveObjects ao, Class<T> type, long id) {
        T[] rows = ao.find(type, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** The rows of {@code type} whose {@code column} is one of {@code ids}, ordered by {@code order} per query. */
    static <T extends RawEntity<Integer>> List<T> whereIn(ActiveObjects ao, Class<T> type, String column,
            Collection<Integer> ids, String order) {
        List<Integer> distinct = ids.stream().distinct().toList();
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += InClause.MAX_VALUES) {
            List<Integer> chunk = distinct.subList(from, Math.min(distinct.size(), from + InClause.MAX_VALUES));
            rows.addAll(List.of(ao.find(type, Query.select()
                    .where(InClause.of(column, chunk.size()), InClause.params(chunk)).order(order))));
        }
        return rows;
    }
}
