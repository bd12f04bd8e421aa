package org.experimentlog.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jira's picker resources, which the app's user and group fields call as they would in Jira: {@code
 * GET /rest/api/2/user/picker?query=&maxResults=} answers {@code
 * {"users":[{"name","key","html","displayName", "avatarUrl"}],"total","header"}}, and {@code GET
 * /rest/api/2/groups/picker?query=&maxResults=} answers {@code
 * {"header","total","groups":[{"name","html","labels"}]}} (Jira REST API v2; the shapes of its
 * FoundUsers and FoundGroups). Matching is case-insensitive on the start of any word of the name or
 * display name; {@code html} bolds the match, escaped. Only a logged-in user may ask (401
 * otherwise, as in Jira).
 */
final class SandboxPickers extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 20;

    private final transient SandboxDirectory directory;
    private final transient ObjectMapper json = new ObjectMapper();

    SandboxPickers(SandboxDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        if (CurrentUser.name().isEmpty()) {
            response.setStatus(401);
            json.writeValue(
                    response.getWriter(),
                    Map.of("errorMessages", List.of("You are not logged in.")));
            return;
        }
        String query =
                request.getParameter("query") == null ? "" : request.getParameter("query").strip();
        int max = maxResults(request.getParameter("maxResults"));
        String path = request.getServletPath();
        if (path.endsWith("/user/picker")) {
            List<SandboxDirectory.User> found =
                    directory.users().stream()
                            .filter(
                                    u ->
                                            matches(u.name(), query)
                                                    || matches(u.displayName(), query))
                            .sorted(Comparator.comparing(SandboxDirectory.User::displayName))
                            .toList();
            List<Map<String, Object>> users =
                    found.stream()
                            .limit(max)
                            .map(
                                    u -> {
                                        Map<String, Object> user = new LinkedHashMap<>();
                                        user.put("name", u.name());
                                        user.put("key", u.name());
                                        user.put(
                                                "html",
                                                highlight(u.displayName(), query)
                                                        + " - "
                                                        + highlight(u.name(), query));
                                        user.put("displayName", u.displayName());
                                        user.put(
                                                "avatarUrl",
                                                request.getContextPath()
                                                        + "/secure/useravatar?size=small&ownerId="
                                                        + u.name());
                                        return user;
                                    })
                            .toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("users", users);
            body.put("total", found.size());
            body.put(
                    "header",
                    "Showing " + users.size() + " of " + found.size() + " matching users");
            json.writeValue(response.getWriter(), body);
        } else {
            List<String> found =
                    directory.groups().stream().filter(g -> matches(g, query)).toList();
            List<Map<String, Object>> groups =
                    found.stream()
                            .limit(max)
                            .map(
                                    g -> {
                                        Map<String, Object> group = new LinkedHashMap<>();
                                        group.put("name", g);
                                        group.put("html", highlight(g, query));
                                        group.put("labels", List.of());
                                        return group;
                                    })
                            .toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(
                    "header",
                    "Showing " + groups.size() + " of " + found.size() + " matching groups");
            body.put("total", found.size());
            body.put("groups", groups);
            json.writeValue(response.getWriter(), body);
        }
    }

    private static int maxResults(String asked) {
        try {
            return asked == null ? LIMIT : Math.max(1, Math.min(LIMIT, Integer.parseInt(asked)));
        } catch (NumberFormatException e) {
            return LIMIT;
        }
    }

    /**
     * Whether a word of the text (split at spaces, dashes, dots) starts with the query; an empty
     * query matches.
     */
    static boolean matches(String text, String query) {
        if (query.isEmpty()) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String asked = query.toLowerCase(Locale.ROOT);
        if (lower.startsWith(asked)) {
            return true;
        }
        for (String word : lower.split("[\\s\\-_.()]+")) {
            if (word.startsWith(asked)) {
                return true;
            }
        }
        return false;
    }

    /** The text, escaped, with the first match of the query in bold, as Jira's picker html. */
    static String highlight(String text, String query) {
        int at =
                query.isEmpty()
                        ? -1
                        : text.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return SandboxPages.Html.escape(text);
        }
        return SandboxPages.Html.escape(text.substring(0, at))
                + "<strong>"
                + SandboxPages.Html.escape(text.substring(at, at + query.length()))
                + "</strong>"
                + SandboxPages.Html.escape(text.substring(at + query.length()));
    }
}
