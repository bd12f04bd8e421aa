package org.experimentlog.sandbox;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers Jira sets on its answers, set on every answer of the sandbox before anything is
 * written: no content sniffing, no framing by other sites ({@code X-Frame-Options} for old
 * browsers, CSP {@code frame-ancestors} for new ones), and {@code Cache-Control: no-store} on
 * everything but the static web resources, because every page, REST answer and export of the
 * sandbox is private to the user who asked (a shared computer or proxy must not keep the admin
 * export).
 */
final class SecurityHeaders implements Filter {
    static final String STATIC_RESOURCES = "/download/resources/";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().startsWith(request.getContextPath() + STATIC_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(req, res);
    }
}
