package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/**
 * The wrong-password limit: free tries, then a growing wait in which even the right password is
 * refused.
 */
public class LoginThrottleTest {
    private Instant now;
    private LoginThrottle target;

    @Before
    public void setUp() {
        now = Instant.parse("2026-03-02T09:00:00Z");
        target =
                new LoginThrottle(
                        new Clock() {
                            @Override
                            public ZoneOffset getZone() {
                                return ZoneOffset.UTC;
                            }

                            @Override
                            public Clock withZone(ZoneId zone) {
                                return this;
                            }

                            @Override
                            public Instant instant() {
                                return now;
                            }
                        });
    }

    private void fail(String user, int times) {
        for (int i = 0; i < times; i++) {
            target.attempt(user, () -> false);
        }
    }

    @Test
    public void attempt_shouldLetTheRightPasswordIn_afterTwoWrongOnes() {
        fail("pia", 2);

        assertTrue(target.attempt("pia", () -> true));
    }

    @Test
    public void attempt_shouldRefuseEvenTheRightPassword_duringTheWaitAfterThreeWrongOnes() {
        fail("pia", 3);

        boolean during = target.attempt("PIA ", () -> true);
        now = now.plus(LoginThrottle.FIRST_WAIT);
        boolean after = target.attempt("pia", () -> true);

        assertFalse(during);
        assertTrue(after);
        assertEquals(Optional.empty(), target.waitFor("pia"));
    }

    @Test
    public void waitFor_shouldDoubleWithEachFurtherWrongPassword_upToTheLongestWait() {
        fail("pia", 3);
        now = now.plus(LoginThrottle.FIRST_WAIT);
        fail("pia", 1);
        Optional<Duration> second = target.waitFor("pia");
        for (int i = 0; i < 12; i++) {
            now = now.plus(Duration.ofHours(1));
            fail("pia", 1);
        }

        assertEquals(Optional.of(LoginThrottle.FIRST_WAIT.multipliedBy(2)), second);
        assertEquals(Optional.of(LoginThrottle.LONGEST_WAIT), target.waitFor("pia"));
    }

    @Test
    public void waitFor_shouldNotHoldBackOtherUsers() {
        fail("pia", 5);

        assertEquals(Optional.empty(), target.waitFor("dirk"));
        assertTrue(target.attempt("dirk", () -> true));
    }

    @Test
    public void attempt_shouldNotLookAtThePassword_duringTheWait() {
        fail("pia", 3);
        boolean[] looked = {false};

        target.attempt("pia", () -> looked[0] = true);

        assertFalse(looked[0]);
    }
}
