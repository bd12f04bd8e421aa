package org.experimentlog.persistence;

import java.sql.SQLException;
import org.experimentlog.domain.ConcurrentWriteException;

/**
 * Which failures of a transaction go away when the same work is run again: the database chose the
 * transaction as the victim of a deadlock or could not serialize it, a lock wait timed out, or two
 * writers raced for the same next number. Each database names these by SQLSTATE; H2 also by its own
 * codes.
 */
public final class TransientFailures {
    private TransientFailures() {}

    /** Whether running the same work again in a new transaction may succeed. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentWriteException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (isTransient(s.getSQLState(), s.getErrorCode())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isTransient(String state, int code) {
        if (state == null) {
            return false;
        }
        // 40001 serialization failure (PostgreSQL, SQL Server; H2 deadlock), 40P01 PostgreSQL
        // deadlock,
        // HYT00 H2 lock timeout, 90131 H2 concurrent update of the same row, 40000/40XL1/40XL2
        // generic
        // rollbacks and lock timeouts (Oracle, Derby-style drivers), 1213 MySQL deadlock, 55P03
        // lock not available.
        return state.equals("40001")
                || state.equals("40P01")
                || state.equals("HYT00")
                || state.equals("90131")
                || state.equals("55P03")
                || state.equals("40000")
                || state.startsWith("40XL")
                || code == 1213
                || code == 60 /* Oracle ORA-00060 deadlock */;
    }
}
