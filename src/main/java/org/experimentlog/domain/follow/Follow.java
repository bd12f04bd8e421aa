package org.experimentlog.domain.follow;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.experimentlog.domain.UserRef;

/**
 * That a person follows something, since when, and whether it came from their department's default
 * (which they can turn off: an opted-out default is kept, so the default does not come back).
 *
 * @param id the stored id, 0 for a department default nobody stored
 * @param user who follows
 * @param target what they follow
 * @param since since when
 * @param byDefault whether it comes from the department's default rather than the person's own
 *     choice
 */
public record Follow(long id, UserRef user, FollowTarget target, Instant since, boolean byDefault) {
    public Follow {
        requireNonNull(user, "user");
        requireNonNull(target, "target");
        requireNonNull(since, "since");
    }
}
