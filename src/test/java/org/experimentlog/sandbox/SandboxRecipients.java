package org.experimentlog.sandbox;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.port.Recipients;
import org.experimentlog.domain.UserRef;

/**
 * The digests' recipients in the sandbox: every demo user has the address {@code
 * <name>@experimentlog.example} (a reserved domain, so no real mailbox is ever written to) and a
 * profile language: Dutch for {@code dirk} and {@code paula}, English for the others.
 */
public final class SandboxRecipients implements Recipients {
    public static final String DOMAIN = "experimentlog.example";
    private static final Map<String, Locale> PROFILE_LANGUAGES =
            Map.of("dirk", new Locale("nl"), "paula", new Locale("nl"));

    private final SandboxDirectory directory;

    public SandboxRecipients(SandboxDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Recipient> find(UserRef user) {
        return directory
                .user(user.key())
                .map(
                        u ->
                                new Recipient(
                                        user,
                                        u.name() + "@" + DOMAIN,
                                        u.displayName(),
                                        PROFILE_LANGUAGES.getOrDefault(u.name(), Locale.ENGLISH)));
    }

    @Override
    public Set<UserRef> membersOf(String groupName) {
        Set<UserRef> members = new LinkedHashSet<>();
        for (SandboxDirectory.User user : directory.users()) {
            if (user.groups().contains(groupName)) {
                members.add(new UserRef(user.name()));
            }
        }
        return members;
    }
}
