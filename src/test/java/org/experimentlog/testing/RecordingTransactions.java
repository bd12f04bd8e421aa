package org.experimentlog.testing;

import java.util.function.Supplier;
import org.experimentlog.app.port.Transactions;
import org.junit.Assert;

/**
 * Runs work at once and records how many transactions ran and which writes were made outside any of
 * them.
 */
public final class RecordingTransactions implements Transactions {
    private int runs;
    private int depth;
    private int writesOutside;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        // Nested calls join the outer transaction, as the port says, so they are not counted as
        // runs of their own.
        if (depth == 0) {
            runs++;
        }
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    /** Records a write to the database; a stub of a writing port calls it. */
    public void write() {
        if (!isOpen()) {
            writesOutside++;
        }
    }

    /** Whether a transaction is running now. */
    public boolean isOpen() {
        return depth > 0;
    }

    /** How many transactions were run; nested calls are not counted. */
    public int runs() {
        return runs;
    }

    /** How many writes were made while no transaction was open. */
    public int writesOutside() {
        return writesOutside;
    }

    /** Fails unless exactly one transaction ran and every write happened inside it. */
    public void assertWroteInOneTransaction() {
        Assert.assertEquals("transactions run", 1, runs);
        Assert.assertEquals("writes outside the transaction", 0, writesOutside);
    }
}
