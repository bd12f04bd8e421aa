package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Declaration only, complete: the host's web sudo ("administrator access"), which asks an
 * administrator for the password again before a protected page and remembers it for a while.
 *
 * <p>From sal-api 5.1.4 (decompiled; ../shared/reference/atlassian-api-reference.md §2), with
 * {@code javax.servlet} read as {@code jakarta.servlet} for Jira 11
 * (reference/jira11-platform8.md); javadoc:
 * https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/websudo/WebSudoManager.html
 */
public interface WebSudoManager {
    /** Whether the request may go ahead: web sudo is on for the session, or not needed. */
    boolean canExecuteRequest(HttpServletRequest request);

    /** Sends the user to the host's web sudo page, which returns to the request afterwards. */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    /** Marks the request as a web sudo request, which keeps the web sudo session alive. */
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
