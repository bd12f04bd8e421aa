package org.experimentlog.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.experimentlog.sandbox.SandboxPages.Html;
import org.experimentlog.testing.PluginDescriptor;

/**
 * Jira's dashboard, in small ({@code /secure/Dashboard.jspa}): every dashboard item the descriptor
 * declares, once each, drawn the way Jira draws a client-side item. The page loads the web
 * resources of the dashboard's context ({@code atl.dashboard}), the sandbox's dashboard script
 * requires each item's AMD module, creates it with a dashboard API and calls {@code render} with
 * the item's stored preferences, or {@code renderEdit} when a configurable item has none yet, as
 * when an item is first added. {@code API.savePreferences} stores the preferences per user and item
 * ({@code PUT /rest/dashboards/1.0/items/<module key>}, the sandbox's own resource, with Jira's
 * XSRF header).
 */
final class SandboxDashboard extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The dashboard page, where Jira serves its dashboards. */
    static final String PAGE = "/secure/Dashboard.jspa";

    /** The sandbox's resource that keeps the items' preferences. */
    static final String PREFERENCES = "/rest/dashboards/1.0/items/*";

    private static final int MAX_PREFERENCES = 10;
    private static final int MAX_VALUE = 255;

    private final transient PluginDescriptor descriptor;
    private final transient WebFragmentConditions fragments;
    private final transient ObjectMapper json = new ObjectMapper();
    private final transient Map<String, Map<String, Map<String, String>>> preferences =
            new ConcurrentHashMap<>();

    SandboxDashboard(PluginDescriptor descriptor, WebFragmentConditions fragments) {
        this.descriptor = descriptor;
        this.fragments = fragments;
    }

    /** The preferences a user stored for an item (empty when none). */
    Map<String, String> preferences(String user, String itemKey) {
        return preferences.getOrDefault(user, Map.of()).getOrDefault(itemKey, Map.of());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<String> user = CurrentUser.name();
        if (user.isEmpty()) {
            response.sendRedirect(
                    request.getContextPath()
                            + "/login.jsp?os_destination="
                            + URLEncoder.encode(PAGE, StandardCharsets.UTF_8));
            return;
        }
        SandboxI18n text = SandboxPages.text(request);
        String context = request.getContextPath();
        StringBuilder main =
                new StringBuilder(
                                "<main class=\"sandbox-main sandbox-dashboard\" id=\"dashboard\">")
                        .append("<h1>")
                        .append(Html.escape(text.getText("experimentlog.sandbox.dashboard.title")))
                        .append("</h1><p>")
                        .append(Html.escape(text.getText("experimentlog.sandbox.dashboard.intro")))
                        .append("</p><div class=\"sandbox-dashboard-columns\">");
        int id = 10000;
        for (PluginDescriptor.DashboardItemModule item : descriptor.dashboardItems()) {
            id++;
            String title = text.getText(item.titleKey());
            String stored = json.writeValueAsString(preferences(user.get(), item.key()));
            main.append("<section class=\"sandbox-dashboard-item\" id=\"gadget-")
                    .append(id)
                    .append("\" aria-labelledby=\"gadget-")
                    .append(id)
                    .append("-title\" data-sandbox-dashboard-item=\"")
                    .append(Html.escape(item.key()))
                    .append("\" data-amd-module=\"")
                    .append(Html.escape(item.amdModule()))
                    .append("\" data-configurable=\"")
                    .append(item.configurable())
                    .append("\" data-preferences=\"")
                    .append(Html.escape(stored))
                    .append("\"><header class=\"sandbox-dashboard-item-header\"><h2 id=\"gadget-")
                    .append(id)
                    .append("-title\">")
                    .append(Html.escape(title))
                    .append("</h2>");
            if (item.configurable()) {
                main.append("<button type=\"button\" class=\"aui-button aui-button-subtle\"")
                        .append(" data-sandbox-dashboard-configure>")
                        .append(
                                Html.escape(
                                        text.getText(
                                                "experimentlog.sandbox.dashboard.configure",
                                                title)))
                        .append("</button>");
            }
            main.append("</header><div class=\"sandbox-dashboard-item-content\"></div></section>");
        }
        main.append("</div></main>");
        String head =
                "<script src=\""
                        + context
                        + "/download/resources/"
                        + SandboxAui.MODULE
                        + "/"
                        + SandboxAui.DASHBOARD_SCRIPT
                        + "\" defer></script>"
                        + WebPanels.resourceTags(
                                descriptor, context, PluginDescriptor.DASHBOARD_CONTEXT);
        SandboxPages.frame(
                request,
                response,
                text,
                Html.escape(text.getText("experimentlog.sandbox.dashboard.title")),
                head,
                main.toString(),
                "",
                descriptor,
                fragments);
    }

    /**
     * Stores an item's preferences: 204; 400 for anything but an object of at most ten short
     * strings; 401 anonymous; 403 without Jira's XSRF header; 404 for an item the descriptor does
     * not declare.
     */
    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<String> user = CurrentUser.name();
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!"no-check".equals(request.getHeader("X-Atlassian-Token"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "XSRF check failed");
            return;
        }
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (descriptor.dashboardItems().stream().noneMatch(i -> i.key().equals(key))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, String> stored = new LinkedHashMap<>();
        try {
            JsonNode body = json.readTree(request.getInputStream());
            if (body == null || !body.isObject() || body.size() > MAX_PREFERENCES) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            for (Map.Entry<String, JsonNode> field : body.properties()) {
                if (!field.getValue().isTextual()
                        || field.getValue().asText().length() > MAX_VALUE
                        || field.getKey().length() > MAX_VALUE) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                stored.put(field.getKey(), field.getValue().asText());
            }
        } catch (JsonProcessingException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        preferences
                .computeIfAbsent(user.get(), u -> new ConcurrentHashMap<>())
                .put(key, Map.copyOf(stored));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
