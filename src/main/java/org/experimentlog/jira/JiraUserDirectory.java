package org.experimentlog.jira;

import com.atlassian.jira.avatar.AvatarService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.UserRef;
import org.springframework.stereotype.Component;

/**
 * {@link UserDirectory} on Jira's users and groups. Users are referred to by their Jira user key,
 * which stays the same when a user is renamed; a user Jira no longer knows has no name and is in no
 * group.
 */
@Component
final class JiraUserDirectory implements UserDirectory {
    private final JiraAuthenticationContext authentication;
    private final UserManager users;
    private final GroupManager groups;
    private final AvatarService avatars;

    @Inject
    JiraUserDirectory(
            JiraAuthenticationContext authentication,
            UserManager users,
            GroupManager groups,
            AvatarService avatars) {
        this.authentication = authentication;
        this.users = users;
        this.groups = groups;
        this.avatars = avatars;
    }

    @Override
    public Optional<UserRef> currentUser() {
        return Optional.ofNullable(authentication.getLoggedInUser())
                .map(user -> new UserRef(user.getKey()));
    }

    @Override
    public Optional<UserRef> findByName(String name) {
        return Optional.ofNullable(users.getUserByName(name))
                .map(user -> new UserRef(user.getKey()));
    }

    @Override
    public Optional<String> userName(UserRef user) {
        return Optional.ofNullable(users.getUserByKey(user.key()))
                .map(ApplicationUser::getUsername);
    }

    @Override
    public Optional<String> displayName(UserRef user) {
        return Optional.ofNullable(users.getUserByKey(user.key()))
                .map(ApplicationUser::getDisplayName);
    }

    @Override
    public Optional<String> avatarUrl(UserRef user) {
        return Optional.ofNullable(users.getUserByKey(user.key()))
                .map(
                        avatarUser ->
                                avatars.getAvatarURL(authentication.getLoggedInUser(), avatarUser))
                .map(Object::toString);
    }

    @Override
    public boolean isMember(UserRef user, String groupName) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        return jiraUser != null && groups.isUserInGroup(jiraUser, groupName);
    }

    @Override
    public Locale locale() {
        return authentication.getLocale();
    }

    @Override
    public boolean groupExists(String groupName) {
        return groups.groupExists(groupName);
    }
}
