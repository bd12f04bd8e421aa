package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/**
 * Declaration only, and partial: who is logged in on the current thread, and in which language they
 * read Jira. {@code getLoggedInUser()} is null for an anonymous request.
 *
 * <p>{@code getLoggedInUser()} [CODE10] and {@code getLocale()} [DOC] from
 * ../shared/reference/atlassian-api-reference.md §6; javadoc:
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html
 * ({@code isLoggedInUser()} and {@code getI18nHelper()} are not declared: the first is unverified,
 * the second unused.)
 */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
