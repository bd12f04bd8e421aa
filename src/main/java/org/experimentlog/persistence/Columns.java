package org.experimentlog.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A table's columns, each mapped once: its name, how its value is read from the domain object and,
 * for a column an update may change, how it is set on a stored row. An insert takes every column
 * ({@link #values}), an update sets the changeable ones ({@link #update}); both read the same
 * mapping, so they cannot write a field differently.
 *
 * @param <D> the domain object
 * @param <R> the Active Objects entity of its table
 */
final class Columns<D, R> {
    private record Column<D, R, T>(
            String name,
            Function<? super D, ? extends T> value,
            BiConsumer<? super R, ? super T> setter) {
        void update(D object, R row) {
            setter.accept(row, value.apply(object));
        }
    }

    private final List<Column<D, R, ?>> columns;

    Columns() {
        this(List.of());
    }

    private Columns(List<Column<D, R, ?>> columns) {
        this.columns = columns;
    }

    /**
     * Adds a column written once, when the row is created: what it belongs to, who created it and
     * when.
     */
    <T> Columns<D, R> fixed(String name, Function<? super D, ? extends T> value) {
        return with(new Column<D, R, T>(name, value, null));
    }

    /** Adds a column an update writes again. */
    <T> Columns<D, R> changeable(
            String name,
            Function<? super D, ? extends T> value,
            BiConsumer<? super R, ? super T> setter) {
        return with(new Column<D, R, T>(name, value, setter));
    }

    private Columns<D, R> with(Column<D, R, ?> column) {
        List<Column<D, R, ?>> more = new ArrayList<>(columns);
        more.add(column);
        return new Columns<>(List.copyOf(more));
    }

    /**
     * Every column's value, by column name, for a new row (null values included: the row starts
     * with them).
     */
    Map<String, Object> values(D object) {
        Map<String, Object> values = new HashMap<>();
        for (Column<D, R, ?> column : columns) {
            values.put(column.name(), column.value().apply(object));
        }
        return values;
    }

    /** Writes the changeable columns of a stored row; the fixed ones stay as they were stored. */
    void update(D object, R row) {
        for (Column<D, R, ?> column : columns) {
            if (column.setter() != null) {
                column.update(object, row);
            }
        }
    }
}
