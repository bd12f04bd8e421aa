package org.experimentlog.jira;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.UserLocaleStore;
import com.atlassian.jira.user.util.UserManager;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.port.Recipients;
import org.experimentlog.domain.UserRef;
import org.springframework.stereotype.Component;

/**
 * {@link Recipients} on Jira's users: the e-mail address and display name of the profile, the
 * language chosen in the profile (Jira's default language otherwise), and group members. Inactive
 * users and users without an address get no digest.
 */
@Component
final class JiraRecipients implements Recipients {
    private final UserManager users;
    private final GroupManager groups;
    private final UserLocaleStore locales;

    @Inject
    JiraRecipients(UserManager users, GroupManager groups, UserLocaleStore locales) {
        this.users = users;
        this.groups = groups;
        this.locales = locales;
    }

    @Override
    public Optional<Recipient> find(UserRef user) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        if (jiraUser == null
                || !jiraUser.isActive()
                || jiraUser.getEmailAddress() == null
                || jiraUser.getEmailAddress().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                new Recipient(
                        user,
                        jiraUser.getEmailAddress(),
                        jiraUser.getDisplayName(),
                        locales.getLocale(jiraUser)));
    }

    @Override
    public Set<UserRef> membersOf(String groupName) {
        if (!groups.groupExists(groupName)) {
            return Set.of();
        }
        Collection<ApplicationUser> members = groups.getUsersInGroup(groupName);
        Set<UserRef> result = new LinkedHashSet<>();
        for (ApplicationUser member : members) {
            result.add(new UserRef(member.getKey()));
        }
        return result;
    }
}
