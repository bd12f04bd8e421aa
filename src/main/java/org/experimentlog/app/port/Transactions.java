package org.experimentlog.app.port;

import java.util.function.Supplier;

/** Runs a unit of work in one database transaction: all of its writes are kept, or none. */
public interface Transactions {
    /**
     * Runs the work in a transaction; an exception thrown by the work rolls every write back and is
     * rethrown. Nested calls join the outer transaction.
     */
    <T> T inTransaction(Supplier<T> work);
}
