package org.experimentlog.sandbox;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Web sudo as Jira does it, in small: a protected page sends the user to the "Administrator access"
 * page ({@link #PAGE}), which asks for the password again and marks the session for {@link
 * #LENGTH}; each protected request inside that time extends it. Only a logged-in session can hold
 * web sudo: a request authenticated with HTTP Basic credentials has no session to mark, so it is
 * sent to the page like any other.
 */
final class SandboxWebSudoManager implements WebSudoManager {
    /** Where Jira's own web sudo page lives. */
    static final String PAGE = "/secure/admin/WebSudoAuthenticate.jspa";

    /** Jira's default web sudo time. */
    static final Duration LENGTH = Duration.ofMinutes(10);

    private static final String UNTIL = "sandbox.websudo.until";

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(UNTIL) instanceof Instant until
                && Instant.now().isBefore(until);
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String back =
                request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(
                    request.getContextPath()
                            + PAGE
                            + "?webSudoDestination="
                            + URLEncoder.encode(back, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request)
            throws WebSudoSessionException {
        if (!canExecuteRequest(request)) {
            throw new WebSudoSessionException("The request has no web sudo session.");
        }
        start(request.getSession(false));
    }

    /** Marks the session: the password was confirmed just now. */
    static void start(HttpSession session) {
        session.setAttribute(UNTIL, Instant.now().plus(LENGTH));
    }
}
