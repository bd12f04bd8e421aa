package org.experimentlog.app.port;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.UserRef;

/** The host's knowledge of people a digest goes to: address, name, language, and group members. */
public interface Recipients {
    /** Someone a digest can go to. */
    record Recipient(UserRef user, String emailAddress, String displayName, Locale locale) {}

    /**
     * An active user with an e-mail address; empty for a user the host no longer knows, who is
     * inactive or has no address.
     */
    Optional<Recipient> find(UserRef user);

    /**
     * The members of a host group (nested ones included); empty for a group that does not exist.
     */
    Set<UserRef> membersOf(String groupName);
}
