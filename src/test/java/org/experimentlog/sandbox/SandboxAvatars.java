package org.experimentlog.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sandbox's user avatars, at the address Jira serves them from ({@code
 * /secure/useravatar?ownerId=}): a circle in a colour picked from the user name with the user's
 * initials, as SVG. An unknown user gets 404.
 */
final class SandboxAvatars extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/secure/useravatar";
    private static final String[] COLOURS = {
        "#0052CC", "#00875A", "#5243AA", "#BF2600", "#006644", "#403294"
    };

    private final transient SandboxDirectory directory;

    SandboxAvatars(SandboxDirectory directory) {
        this.directory = directory;
    }

    /** The address of a user's avatar, under the sandbox's context path. */
    static String url(String userName) {
        return "/jira"
                + PATH
                + "?size=xsmall&ownerId="
                + URLEncoder.encode(userName, StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String owner = request.getParameter("ownerId");
        var user =
                owner == null
                        ? java.util.Optional.<SandboxDirectory.User>empty()
                        : directory.user(owner);
        if (user.isEmpty()) {
            response.sendError(404);
            return;
        }
        String initials =
                Arrays.stream(user.get().displayName().split("\\s+"))
                        .filter(w -> !w.isEmpty())
                        .filter(w -> Character.isUpperCase(w.codePointAt(0)))
                        .map(w -> w.substring(0, 1))
                        .limit(2)
                        .collect(Collectors.joining())
                        .toUpperCase(Locale.ROOT);
        String colour = COLOURS[Math.floorMod(user.get().name().hashCode(), COLOURS.length)];
        response.setContentType("image/svg+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getWriter()
                .write(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"
                                + "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\""
                                + colour
                                + "\"/>"
                                + "<text x=\"24\" y=\"31\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"20\" fill=\"#FFFFFF\">"
                                + escape(initials)
                                + "</text></svg>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
