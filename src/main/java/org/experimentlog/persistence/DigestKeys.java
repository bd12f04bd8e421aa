package org.experimentlog.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Unique keys made of a user key and more: kept within the 255 characters of a unique column by
 * hashing long ones.
 */
final class DigestKeys {
    private static final int MAX = 255;

    private DigestKeys() {}

    static String of(String userKey, String rest) {
        String key = userKey + "|" + rest;
        if (key.length() <= MAX) {
            return key;
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
