package org.experimentlog.app.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.follow.DigestPreferences;

/**
 * What the digests keep: each person's preferences and watermark (until when their last digest
 * reported), the record of every digest prepared for them with the items it held, the departments
 * whose members follow them by default, the runs, and the key that signs unsubscribe links.
 *
 * <p>The per-recipient record makes a run resumable without sending anything twice: a digest is
 * first recorded as {@code prepared} together with its items (one transaction), then handed to the
 * mail queue, then marked {@code queued} and the watermark moved (a second transaction). A node
 * that dies between the two leaves a {@code prepared} record; the next run marks it {@code
 * in-doubt} and moves the watermark past it, and never prepares its items again, because the items
 * were recorded with it.
 */
public interface DigestStore {
    /** A person's digest state. */
    record RecipientState(
            DigestPreferences preferences, Optional<Instant> reportedUntil, boolean stored) {}

    /** The state of the last run. */
    record RunRecord(
            long id,
            Instant startedAt,
            Optional<Instant> finishedAt,
            String trigger,
            int recipients,
            int mails,
            int inDoubt) {}

    /**
     * One item put in a digest: its key (such as {@code learning:12}) and the time of the event it
     * reports.
     */
    record SentItem(String key, Instant at) {}

    Optional<RecipientState> state(UserRef user);

    /** The states of many users at once; users without a stored state are missing from the map. */
    Map<UserRef, RecipientState> states(Collection<UserRef> users);

    /**
     * Saves the preferences; a first save starts the watermark at {@code now}. Returns the row id.
     */
    long savePreferences(DigestPreferences preferences, Instant now);

    /** Starts the watermark of users who have none yet (their first digest reports from now on). */
    void start(Collection<UserRef> users, Instant now);

    /** The keys of the items already put in a digest for these users since the given time. */
    Map<UserRef, Set<String>> sentSince(Collection<UserRef> users, Instant since);

    /**
     * Records a digest as prepared, with its items, in the caller's transaction. Fails (and so
     * rolls the transaction back) when one of the items was already recorded for the user, e.g. by
     * a run on another node.
     *
     * @return the record's id
     */
    long prepare(
            UserRef user, Instant from, Instant until, List<SentItem> items, String runTrigger);

    /** Marks the record as queued and moves the user's watermark to its end. */
    void queued(long digestId, Instant at);

    /** Moves a user's watermark without a digest (nothing to report). */
    void reportedUntil(UserRef user, Instant until);

    /**
     * Marks every digest still prepared (left by a node that died between preparing and queueing)
     * as in doubt and moves each one's watermark past it. Returns how many.
     */
    int settleInDoubt();

    Set<Long> defaultDepartments();

    void defaultDepartment(long departmentId, boolean followByDefault);

    long startRun(Instant at, String trigger);

    void finishRun(long runId, Instant at, int recipients, int mails, int inDoubt);

    Optional<RunRecord> lastRun();

    /** How many digests were ever marked in doubt. */
    int inDoubtCount();

    /** The key that signs unsubscribe links: made once, at random, and kept. */
    byte[] signingKey();
}
