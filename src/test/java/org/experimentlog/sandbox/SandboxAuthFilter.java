package org.experimentlog.sandbox;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, and Jira's XSRF rule for REST. A request is authenticated by its session (after
 * the login page) or by HTTP Basic credentials, as Jira accepts both; wrong Basic credentials are a
 * 401, and a user the {@link LoginThrottle} holds back gets 403 with {@code X-Seraph-LoginReason:
 * AUTHENTICATION_DENIED} (Jira's header) and {@code Retry-After}, whatever the password. A REST
 * request that changes data ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) is refused
 * with 403 unless it declares a JSON body ({@code Content-Type: application/json}, which a
 * cross-site form cannot send) or carries {@code X-Atlassian-Token: no-check} (which a cross-site
 * page cannot set): with or without a body, so a bodiless {@code POST} from a cross-site form
 * cannot act with the session cookie either.
 */
final class SandboxAuthFilter implements Filter {
    static final String SESSION_USER = "sandbox.user";

    /**
     * The language last asked for with {@code ?lang=} in this session, standing in for the Jira
     * profile's language.
     */
    static final String SESSION_LOCALE = "sandbox.locale";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final SandboxDirectory directory;
    private final LoginThrottle throttle;

    SandboxAuthFilter(SandboxDirectory directory, LoginThrottle throttle) {
        this.directory = directory;
        this.throttle = throttle;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String user = null;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] credentials = decode(authorization.substring(6).strip());
            Optional<Duration> wait =
                    credentials == null ? Optional.empty() : throttle.waitFor(credentials[0]);
            if (wait.isPresent()) {
                response.setHeader("X-Seraph-LoginReason", "AUTHENTICATION_DENIED");
                response.setHeader("Retry-After", Long.toString(wait.get().toSeconds() + 1));
                json(
                        response,
                        403,
                        "Too many wrong passwords for this user: log in again after the wait.");
                return;
            }
            if (credentials == null
                    || !throttle.attempt(
                            credentials[0],
                            () -> directory.authenticate(credentials[0], credentials[1]))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"sandbox\"");
                json(response, 401, "The user name or password is wrong.");
                return;
            }
            user = credentials[0];
        } else {
            HttpSession session = request.getSession(false);
            if (session != null) {
                user = (String) session.getAttribute(SESSION_USER);
            }
        }
        if (isRest(request)
                && !SAFE_METHODS.contains(request.getMethod())
                && !isJson(request.getContentType())
                && !"no-check".equals(request.getHeader("X-Atlassian-Token"))) {
            json(response, 403, "XSRF check failed");
            return;
        }
        try {
            CurrentUser.setLocale(locale(request));
            if (user != null) {
                CurrentUser.set(user);
            }
            chain.doFilter(req, res);
        } finally {
            CurrentUser.clear();
        }
    }

    /**
     * The request's language. A page opened with {@code ?lang=} sets it for the session, as a Jira
     * user's profile language holds for every request; so the REST calls and other script requests
     * a Dutch page makes answer in Dutch too, while an API client without a session keeps the
     * language it asks for.
     */
    private static Locale locale(HttpServletRequest request) {
        Locale locale = SandboxPages.localeOf(request);
        HttpSession session = request.getSession(false);
        if (session == null) {
            return locale;
        }
        if (request.getParameter("lang") != null) {
            session.setAttribute(SESSION_LOCALE, locale);
            return locale;
        }
        Object remembered = session.getAttribute(SESSION_LOCALE);
        return (isRest(request) || isScripted(request)) && remembered instanceof Locale chosen
                ? chosen
                : locale;
    }

    /**
     * A request a page's script made (a browser's fetch, not a navigation), such as a dashboard
     * item asking for its HTML: it follows the session's language like the REST calls.
     */
    private static boolean isScripted(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        return mode != null && !mode.equals("navigate");
    }

    private static boolean isRest(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/rest/");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("application/json");
    }

    private static String[] decode(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0
                    ? null
                    : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void json(HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter()
                .write(
                        "{\"status\":"
                                + status
                                + ",\"errors\":[{\"message\":\""
                                + message
                                + "\"}]}");
    }
}
