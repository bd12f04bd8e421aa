package org.experimentlog.app.digest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.follow.FollowTarget;
import org.junit.Before;
import org.junit.Test;

public class UnsubscribeTokensTest {
    private final byte[] key = new byte[32];
    private UnsubscribeTokens target;

    @Before
    public void setUp() {
        Arrays.fill(key, (byte) 7);
        target = new UnsubscribeTokens(key);
    }

    @Test
    public void read_shouldGiveBackTheSubscription_whenTheTokenIsUnchanged() {
        String token = target.token(new UserRef("pia"), FollowTarget.tag("digital-forms"));

        Optional<UnsubscribeTokens.Subscription> read = target.read(token);

        assertEquals(
                Optional.of(
                        new UnsubscribeTokens.Subscription(
                                new UserRef("pia"), FollowTarget.tag("digital-forms"))),
                read);
    }

    @Test
    public void read_shouldRefuse_whenTheTokenNamesAnotherUser() {
        String token = target.token(new UserRef("pia"), FollowTarget.department(3));
        String[] parts = token.split("\\.");
        String otherUser =
                Base64.getUrlEncoder().withoutPadding().encodeToString("dirk".getBytes());

        Optional<UnsubscribeTokens.Subscription> read =
                target.read(otherUser + "." + parts[1] + "." + parts[2] + "." + parts[3]);

        assertEquals(Optional.empty(), read);
    }

    @Test
    public void read_shouldRefuse_whenSignedWithAnotherKey() {
        byte[] other = new byte[32];
        String token =
                new UnsubscribeTokens(other)
                        .token(new UserRef("pia"), FollowTarget.project("PERMIT"));

        assertEquals(Optional.empty(), target.read(token));
    }

    @Test
    public void read_shouldRefuse_whenTheTokenIsMalformed() {
        assertTrue(target.read("").isEmpty());
        assertTrue(target.read("a.b.c").isEmpty());
        assertTrue(target.read("a.tag.b.c").isEmpty());
        assertTrue(target.read(null).isEmpty());
        assertTrue(target.read("x".repeat(2_000)).isEmpty());
    }
}
