package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration only, and partial: who runs a search, and whether security is overridden (an
 * administrative search that must see every issue, whoever runs it).
 *
 * <p>Evidence: {@code ApplicationUser getApplicationUser()} and {@code boolean
 * isSecurityOverriden()} (sic), and "the user to use when performing security checks in query
 * factories, JQL functions … ignored when isSecurityOverriden() is set to true", in
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/query/QueryCreationContext.html .
 */
public interface QueryCreationContext {
    ApplicationUser getApplicationUser();

    boolean isSecurityOverriden();
}
