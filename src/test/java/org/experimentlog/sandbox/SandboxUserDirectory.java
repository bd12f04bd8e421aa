package org.experimentlog.sandbox;

import java.util.Locale;
import java.util.Optional;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.UserRef;

/** {@link UserDirectory} on the sandbox directory and the current request's login. */
final class SandboxUserDirectory implements UserDirectory {
    private final SandboxDirectory directory;

    SandboxUserDirectory(SandboxDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<UserRef> currentUser() {
        return CurrentUser.name().map(UserRef::new);
    }

    /** The sandbox keys its users by their login name, so the name is the key. */
    @Override
    public Optional<UserRef> findByName(String name) {
        return directory.user(name).map(u -> new UserRef(u.name()));
    }

    @Override
    public Optional<String> userName(UserRef user) {
        return directory.user(user.key()).map(SandboxDirectory.User::name);
    }

    @Override
    public Optional<String> displayName(UserRef user) {
        return directory.user(user.key()).map(SandboxDirectory.User::displayName);
    }

    /**
     * The sandbox draws each user's initials as a picture, at the address Jira serves user avatars
     * from.
     */
    @Override
    public Optional<String> avatarUrl(UserRef user) {
        return directory.user(user.key()).map(u -> SandboxAvatars.url(u.name()));
    }

    @Override
    public boolean isMember(UserRef user, String groupName) {
        return directory.user(user.key()).map(u -> u.groups().contains(groupName)).orElse(false);
    }

    @Override
    public Locale locale() {
        return CurrentUser.locale();
    }

    @Override
    public boolean groupExists(String groupName) {
        return directory.groupExists(groupName);
    }
}
