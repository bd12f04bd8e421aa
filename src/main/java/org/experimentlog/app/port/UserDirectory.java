package org.experimentlog.app.port;

import java.util.Locale;
import java.util.Optional;
import org.experimentlog.domain.UserRef;

/** Who is calling, and what the host knows about users and groups. */
public interface UserDirectory {
    /** The logged-in user of the current request, if any. */
    Optional<UserRef> currentUser();

    /** The name to show for a user; empty for a user the host no longer knows. */
    Optional<String> displayName(UserRef user);

    /** Whether the user is a member of the host group with this name. */
    boolean isMember(UserRef user, String groupName);

    /** The language the current user reads the app in (their Jira profile setting, or the browser's). */
    Locale locale();

    /** Whether a group with this name exists. */
    boolean groupExists(String groupName);
}
