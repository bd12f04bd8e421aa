package org.experimentlog.domain.follow;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.experiment.Tag;

/**
 * One thing a person follows: a department or an outcome by id, a tag by its value, a project by
 * its key. The value is normalised (a tag in lower case, a project key as typed in upper case), so
 * one thing has one stored form.
 *
 * @param kind what it is
 * @param value the department's or outcome's id, the tag, or the project key
 */
public record FollowTarget(FollowKind kind, String value) {
    public FollowTarget {
        requireNonNull(kind, "kind");
        value = normalise(kind, value);
    }

    public static FollowTarget department(long id) {
        return new FollowTarget(FollowKind.DEPARTMENT, Long.toString(id));
    }

    public static FollowTarget outcome(long id) {
        return new FollowTarget(FollowKind.OUTCOME, Long.toString(id));
    }

    public static FollowTarget tag(String tag) {
        return new FollowTarget(FollowKind.TAG, tag);
    }

    public static FollowTarget project(String key) {
        return new FollowTarget(FollowKind.PROJECT, key);
    }

    /** The department's or outcome's id. */
    public long id() {
        return Long.parseLong(value);
    }

    private static String normalise(FollowKind kind, String value) {
        String given = value == null ? "" : value.strip();
        switch (kind) {
            case DEPARTMENT, OUTCOME -> {
                if (!given.matches("[1-9]\\d{0,17}")) {
                    throw new InvalidInputException("value", ErrorKey.FOLLOW_ID_INVALID, given);
                }
                return given;
            }
            case TAG -> {
                try {
                    return new Tag(given).value();
                } catch (InvalidInputException e) {
                    throw e.about("value");
                }
            }
            case PROJECT -> {
                try {
                    return new ProjectKey(given.toUpperCase(Locale.ROOT)).value();
                } catch (InvalidInputException e) {
                    throw e.about("value");
                }
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }
}
