package org.experimentlog.app.port;

import java.util.Locale;
import java.util.Optional;
import org.experimentlog.domain.UserRef;

/** Who is calling, and what the host knows about users and groups. */
public interface UserDirectory {
    /** The logged-in user of the current request, if any. */
    Optional<UserRef> currentUser();

    /**
     * The user who logs in with this name, as the pages let people type an owner; empty when no
     * user has it. The stored reference is the host's user key, which a rename leaves unchanged.
     */
    Optional<UserRef> findByName(String name);

    /**
     * The name a user logs in with, to type them again; empty for a user the host no longer knows.
     */
    Optional<String> userName(UserRef user);

    /** The name to show for a user; empty for a user the host no longer knows. */
    Optional<String> displayName(UserRef user);

    /**
     * The address of the user's avatar picture as the current user may see it, to show next to
     * their name; empty for a user the host no longer knows.
     */
    Optional<String> avatarUrl(UserRef user);

    /** Whether the user is a member of the host group with this name. */
    boolean isMember(UserRef user, String groupName);

    /**
     * The language the current user reads the app in (their Jira profile setting, or the
     * browser's).
     */
    Locale locale();

    /** Whether a group with this name exists. */
    boolean groupExists(String groupName);
}
