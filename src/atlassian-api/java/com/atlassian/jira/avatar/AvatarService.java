package com.atlassian.jira.avatar;

import com.atlassian.jira.user.ApplicationUser;
import java.net.URI;

/**
 * Declaration only, and partial: Jira's service for avatars. Only {@code
 * getAvatarURL(ApplicationUser, ApplicationUser)} is declared: "Returns the URL for the avatar of
 * the user having the given username for displaying on a page that should be shown for the passed
 * in remoteUser." ({@code @PublicApi}).
 *
 * <p>Evidence: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/avatar/AvatarService.html
 * and
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/avatar/AvatarServiceImpl.html
 * (same signature). UNVERIFIED for Jira 11 specifically: the signature is checked against those
 * older javadocs only.
 */
public interface AvatarService {
    URI getAvatarURL(ApplicationUser remoteUser, ApplicationUser avatarUser);
}
