package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.experimentlog.domain.ConcurrentWriteException;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.SavedObject;
import org.experimentlog.domain.StaleVersionException;

/**
 * Optimistic locking that holds under concurrency on every database, with Active Objects' own API
 * only.
 *
 * <p>Reading the version, comparing it and writing the row is not enough: two transactions that
 * read the same version both pass the comparison, and the later write silently overwrites the
 * earlier one. So a writer first inserts a claim "object #next-version" into a table with a unique
 * column, and only then reads and compares the version. Two writers of the same version collide on
 * the unique claim, and exactly one of them continues; a writer that arrives after a newer version
 * was committed sees that version and stops. Older claims of the object are deleted, so the table
 * holds about one row per object.
 */
final class VersionClaims {
    private final ActiveObjects ao;

    VersionClaims(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Claims the right to write {@code nextVersion} of the object, in the caller's transaction.
     *
     * @param objectKey a stable key of the object, e.g. {@code experiment:12}
     * @param what how the user calls the object, for the conflict message
     * @throws StaleVersionException when another writer claimed the same version first
     */
    void claim(String objectKey, long nextVersion, String what) {
        String claim = insert(objectKey, nextVersion, what);
        ao.deleteWithSQL(
                AoVersionClaim.class,
                AoVersionClaim.OBJECT_KEY + " = ? AND " + AoVersionClaim.CLAIM + " <> ?",
                objectKey,
                claim);
    }

    private String insert(String objectKey, long number, String what) {
        String claim = objectKey + "#" + number;
        try {
            ao.create(
                    AoVersionClaim.class,
                    Map.of(AoVersionClaim.OBJECT_KEY, objectKey, AoVersionClaim.CLAIM, claim));
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw new StaleVersionException(what);
            }
            throw e;
        }
        return claim;
    }

    /**
     * Claims the next number of a sequence (an experiment's iterations), in the caller's
     * transaction. Two writers that read the same highest number collide here; the loser's
     * transaction is run again and takes the number after.
     *
     * @throws ConcurrentWriteException when another writer took the same number first
     */
    void claimNumber(String sequenceKey, long number) {
        try {
            // Every number keeps its claim (unlike a version, whose older claims are pruned): a
            // writer that read the
            // list before number n was committed and claims n again must collide even after n + 1
            // was taken, which
            // pruning would allow (seen on H2 with twenty writers). Deleting an iteration releases
            // the sequence.
            insert(sequenceKey, number, "iteration");
        } catch (StaleVersionException e) {
            throw new ConcurrentWriteException();
        }
    }

    /**
     * The first step of every update: claims version {@code expected + 1}, then loads the row and
     * checks that it is still at {@code expected}. The caller copies its changes onto the returned
     * row, sets the new version and saves.
     *
     * @throws StaleVersionException when another writer claimed or committed a newer version
     * @throws NotFoundException when the row was deleted meanwhile
     */
    <R> R lockForUpdate(
            String objectKey,
            long expected,
            String what,
            Supplier<Optional<R>> load,
            ToLongFunction<R> storedVersion) {
        claim(objectKey, expected + 1, what);
        R row =
                load.get()
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                ErrorKey.DELETED, SavedObject.named(what)));
        if (storedVersion.applyAsLong(row) != expected) {
            throw new StaleVersionException(what);
        }
        return row;
    }

    /** Forgets the claims of a deleted object. */
    void release(String objectKey) {
        ao.deleteWithSQL(AoVersionClaim.class, AoVersionClaim.OBJECT_KEY + " = ?", objectKey);
    }

    /**
     * Whether the failure is an integrity-constraint violation (SQLSTATE class 23): another writer
     * committed the same unique value. A serialization failure (40001) is not one: it may be a
     * false conflict, so it passes up and the transaction is run again (see {@link
     * AoTransactions}), which then meets the committed value as a violation.
     */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && state.startsWith("23")) {
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
}
