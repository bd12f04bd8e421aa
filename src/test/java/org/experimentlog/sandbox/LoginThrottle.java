package org.experimentlog.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Limits wrong passwords per user name, as Jira does after a few failures (Jira then asks for a
 * CAPTCHA; the sandbox asks for a wait instead). After {@value #FREE_FAILURES} wrong passwords in a
 * row for a user, every further attempt for that user, on the login page, the administrator-access
 * page or with HTTP Basic credentials, is refused without looking at the password until the wait is
 * over: {@link #FIRST_WAIT} after the third failure, doubling with each further failure up to
 * {@link #LONGEST_WAIT}. A right password after the wait clears the count. Counted per name, known
 * or not, so the answer never tells whether a user exists; the oldest names are forgotten beyond
 * {@value #MAX_NAMES}, so guessing many names cannot fill the memory.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final int MAX_NAMES = 10_000;

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final Map<String, Failures> failures =
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                    return size() > MAX_NAMES;
                }
            };

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long this user must still wait before a password is looked at; empty when it may try now.
     */
    synchronized Optional<Duration> waitFor(String user) {
        Failures seen = failures.get(key(user));
        if (seen == null || seen.count() < FREE_FAILURES) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), seen.last().plus(wait(seen.count())));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /**
     * Checks a password with {@code passwordIsRight} unless the user must wait.
     *
     * @return whether it may log in; false both for a wrong password and while it must wait ({@link
     *     #waitFor})
     */
    synchronized boolean attempt(String user, BooleanSupplier passwordIsRight) {
        if (waitFor(user).isPresent()) {
            return false;
        }
        if (passwordIsRight.getAsBoolean()) {
            failures.remove(key(user));
            return true;
        }
        Failures seen = failures.get(key(user));
        failures.put(key(user), new Failures(seen == null ? 1 : seen.count() + 1, clock.instant()));
        return false;
    }

    /** Forgets every failure (for tests that must not leave a user locked for the next test). */
    public synchronized void clear() {
        failures.clear();
    }

    private static Duration wait(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String key(String user) {
        return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
    }
}
