package org.experimentlog.domain;

/**
 * A user as this app stores them: Jira's stable user key, never the (renamable) user name.
 *
 * @param key the user key
 */
public record UserRef(String key) {
    public static final int MAX_LENGTH = 255;

    public UserRef {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("user", ErrorKey.USER_KEY_REQUIRED);
        }
        if (key.length() > MAX_LENGTH) {
            throw new InvalidInputException("user", ErrorKey.USER_KEY_TOO_LONG, MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
