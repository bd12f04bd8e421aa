package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.avatar.AvatarService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.experimentlog.domain.UserRef;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraUserDirectoryTest {
    private static final UserRef MARIA = new UserRef("JIRAUSER10100");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private JiraAuthenticationContext authentication;
    @Mock private UserManager users;
    @Mock private GroupManager groups;
    @Mock private ApplicationUser maria;
    @Mock private AvatarService avatars;

    private JiraUserDirectory target;

    @Before
    public void setUp() {
        target = new JiraUserDirectory(authentication, users, groups, avatars);
        when(maria.getKey()).thenReturn("JIRAUSER10100");
        when(maria.getUsername()).thenReturn("maria.jansen");
        when(maria.getDisplayName()).thenReturn("Maria Jansen");
        when(authentication.getLoggedInUser()).thenReturn(maria);
        when(authentication.getLocale()).thenReturn(DUTCH);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(maria);
        when(users.getUserByName("maria.jansen")).thenReturn(maria);
        when(groups.isUserInGroup(maria, "permit-team")).thenReturn(true);
        when(groups.groupExists("permit-team")).thenReturn(true);
    }

    @Test
    public void avatarUrl_shouldBeJirasAvatarAddress_asTheCurrentUserMaySeeIt() {
        when(avatars.getAvatarURL(maria, maria))
                .thenReturn(URI.create("/jira/secure/useravatar?ownerId=maria.jansen"));

        assertEquals(
                Optional.of("/jira/secure/useravatar?ownerId=maria.jansen"),
                target.avatarUrl(new UserRef("JIRAUSER10100")));
        assertEquals(Optional.empty(), target.avatarUrl(new UserRef("JIRAUSER99999")));
    }

    @Test
    public void currentUser_shouldBeTheUserKey_notTheRenamableUserName() {
        Optional<UserRef> result = target.currentUser();

        assertEquals(Optional.of(MARIA), result);
    }

    @Test
    public void currentUser_shouldBeEmpty_whenNobodyIsLoggedIn() {
        when(authentication.getLoggedInUser()).thenReturn(null);

        Optional<UserRef> result = target.currentUser();

        assertEquals(Optional.empty(), result);
    }

    @Test
    public void findByName_shouldBeTheUserKey_whenJiraKnowsTheName() {
        Optional<UserRef> result = target.findByName("maria.jansen");

        assertEquals(Optional.of(MARIA), result);
    }

    @Test
    public void findByName_shouldBeEmpty_whenNoUserHasTheName() {
        Optional<UserRef> result = target.findByName("nobody");

        assertEquals(Optional.empty(), result);
    }

    @Test
    public void userName_shouldBeTheLoginName_whenJiraKnowsTheKey() {
        Optional<String> result = target.userName(MARIA);

        assertEquals(Optional.of("maria.jansen"), result);
    }

    @Test
    public void userName_shouldBeEmpty_whenJiraNoLongerKnowsTheKey() {
        Optional<String> result = target.userName(new UserRef("JIRAUSER99999"));

        assertEquals(Optional.empty(), result);
    }

    @Test
    public void displayName_shouldBeJirasDisplayName_whenJiraKnowsTheUser() {
        Optional<String> result = target.displayName(MARIA);

        assertEquals(Optional.of("Maria Jansen"), result);
    }

    @Test
    public void displayName_shouldBeEmpty_whenJiraNoLongerKnowsTheUser() {
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(null);

        Optional<String> result = target.displayName(MARIA);

        assertEquals(Optional.empty(), result);
    }

    @Test
    public void isMember_shouldBeTrue_whenJiraSaysTheUserIsInTheGroup() {
        boolean result = target.isMember(MARIA, "permit-team");

        assertTrue(result);
    }

    @Test
    public void isMember_shouldBeFalse_whenJiraSaysTheUserIsNotInTheGroup() {
        when(groups.isUserInGroup(maria, "permit-team")).thenReturn(false);

        boolean result = target.isMember(MARIA, "permit-team");

        assertFalse(result);
    }

    @Test
    public void isMember_shouldBeFalseWithoutAskingJira_whenJiraNoLongerKnowsTheUser() {
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(null);

        boolean result = target.isMember(MARIA, "permit-team");

        assertFalse(result);
        verify(groups, never()).isUserInGroup(any(), anyString());
    }

    @Test
    public void locale_shouldBeTheLoggedInUsersJiraLanguage() {
        Locale result = target.locale();

        assertEquals(DUTCH, result);
    }

    @Test
    public void groupExists_shouldBeTrue_whenJiraHasTheGroup() {
        boolean result = target.groupExists("permit-team");

        assertTrue(result);
    }

    @Test
    public void groupExists_shouldBeFalse_whenJiraHasNoSuchGroup() {
        when(groups.groupExists("permit-team")).thenReturn(false);

        boolean result = target.groupExists("permit-team");

        assertFalse(result);
    }
}
