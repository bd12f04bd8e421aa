package org.experimentlog.app.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.follow.FollowTarget;

/** Stores what people follow, and the department defaults they turned off. */
public interface FollowRepository {
    /**
     * One stored row: a follow, or an opted-out department default.
     *
     * @param optedOut whether the row says "not this department, although it is my default"
     */
    record FollowRow(long id, UserRef user, FollowTarget target, Instant since, boolean optedOut) {}

    /** How many people follow one thing (never who). */
    record FollowerCount(FollowTarget target, int followers) {}

    /** The user's rows, oldest first. */
    List<FollowRow> rowsOf(UserRef user);

    /** The rows of many users at once (one query for a batch of recipients). */
    Map<UserRef, List<FollowRow>> rowsOf(Collection<UserRef> users);

    /** Follows the target (again), turning an opt-out into a follow; returns the row. */
    FollowRow follow(UserRef user, FollowTarget target, Instant at);

    /**
     * Stops following: removes the user's row for the target; the removed row's id, if there was
     * one.
     */
    Optional<Long> unfollow(UserRef user, FollowTarget target);

    /** Records that the user does not want a department default; returns the row. */
    FollowRow optOut(UserRef user, FollowTarget target, Instant at);

    /**
     * Users with at least one row, in user-key order after the given key (keyset paging), at most
     * {@code limit}.
     */
    List<UserRef> usersAfter(String afterUserKey, int limit);

    /** How many people follow each thing that anyone follows by their own choice. */
    List<FollowerCount> counts();
}
