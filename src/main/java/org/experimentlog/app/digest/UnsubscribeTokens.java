package org.experimentlog.app.digest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.follow.FollowKind;
import org.experimentlog.domain.follow.FollowTarget;

/**
 * Signed unsubscribe links: a token names one person and one thing they follow, signed with
 * HMAC-SHA256 under the app's own key, so the link stops exactly that subscription without logging
 * in and cannot be forged for another person or another subscription. Tokens do not expire: a link
 * in an old digest still works.
 */
public final class UnsubscribeTokens {
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int MAX_LENGTH = 1_000;

    /** Whose subscription to what. */
    public record Subscription(UserRef user, FollowTarget target) {}

    private final byte[] key;

    public UnsubscribeTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A signing key has at least 256 bits");
        }
        this.key = key.clone();
    }

    public String token(UserRef user, FollowTarget target) {
        String payload =
                ENCODE.encodeToString(user.key().getBytes(StandardCharsets.UTF_8))
                        + "."
                        + target.kind().code()
                        + "."
                        + ENCODE.encodeToString(target.value().getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODE.encodeToString(sign(payload));
    }

    /**
     * The subscription the token names, or empty when it is malformed or its signature does not
     * match.
     */
    public Optional<Subscription> read(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            String payload = parts[0] + "." + parts[1] + "." + parts[2];
            if (!MessageDigest.isEqual(sign(payload), DECODE.decode(parts[3]))) {
                return Optional.empty();
            }
            UserRef user = new UserRef(new String(DECODE.decode(parts[0]), StandardCharsets.UTF_8));
            FollowKind kind = Coded.fromCode(FollowKind.class, parts[1], "token");
            return Optional.of(
                    new Subscription(
                            user,
                            new FollowTarget(
                                    kind,
                                    new String(DECODE.decode(parts[2]), StandardCharsets.UTF_8))));
        } catch (IllegalArgumentException | InvalidInputException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(
                    ("experimentlog-unsubscribe|" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
