package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.domain.ConcurrentWriteException;
import org.springframework.stereotype.Component;

/**
 * Transactions of the host database, through Active Objects. A transaction that fails because of
 * other writers at the same moment (a deadlock, a serialization failure, a lock timeout, a race for
 * the same next number) is run again, a bounded number of times with a growing, randomised pause,
 * so such a failure never reaches the user as an error of the server; when the attempts run out the
 * caller gets {@link ConcurrentWriteException} (409). Only the outermost transaction retries: a
 * nested call joins it and lets the failure pass up.
 */
@Component
public final class AoTransactions implements Transactions {
    /**
     * Attempts in all; enough for twenty writers racing for one experiment's next iteration number.
     */
    static final int ATTEMPTS = 12;

    private static final long FIRST_PAUSE_MILLIS = 5;
    private static final long LONGEST_PAUSE_MILLIS = 200;

    private final ActiveObjects ao;
    private final ThreadLocal<Boolean> running = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @Inject
    public AoTransactions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (running.get()) {
            return ao.executeInTransaction(work::get);
        }
        running.set(Boolean.TRUE);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return ao.executeInTransaction(work::get);
                } catch (RuntimeException e) {
                    if (!TransientFailures.isTransient(e)) {
                        throw e;
                    }
                    if (attempt >= ATTEMPTS) {
                        throw e instanceof ConcurrentWriteException concurrent
                                ? concurrent
                                : new ConcurrentWriteException();
                    }
                    pause(attempt);
                }
            }
        } finally {
            running.remove();
        }
    }

    /**
     * Full jitter: a random pause up to an exponentially growing bound, so the racing writers
     * spread out.
     */
    private static void pause(int attempt) {
        long bound = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt, 10));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentWriteException();
        }
    }
}
