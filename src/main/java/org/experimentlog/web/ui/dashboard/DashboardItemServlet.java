package org.experimentlog.web.ui.dashboard;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.experimentlog.app.port.UserDirectory;

/**
 * The HTML of the app's dashboard items, {@code
 * /plugins/servlet/experiment-log/dashboard-item/<learned|stages>}: rendered here on the server, in
 * the viewer's language and with the viewer's permissions, and placed into the dashboard by the
 * items' script ({@code js/dashboard-items.js}), which passes the item's stored preferences as
 * parameters. A fragment, not a page: it declares no decorator.
 *
 * <p>Outcomes: 200 with the item; 400 with the item naming the field whose preference cannot be
 * read; 401 for an anonymous viewer; 404 for an unknown item.
 */
@LicensedOnly
public class DashboardItemServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DashboardItemBuilder views;
    private final transient TemplateRenderer templates;
    private final transient UserDirectory users;
    private final transient I18nResolver i18n;

    @Inject
    public DashboardItemServlet(
            DashboardItemBuilder views,
            TemplateRenderer templates,
            UserDirectory users,
            I18nResolver i18n) {
        this.views = views;
        this.templates = templates;
        this.users = users;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String item = path.startsWith("/") ? path.substring(1) : path;
        if (!DashboardItemBuilder.exists(item)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (users.currentUser().isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        DashboardItemBuilder.Item view =
                views.item(item, request::getParameter, request.getContextPath());
        response.setStatus(view.status());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        templates.render(
                "templates/dashboard/dashboard-item.vm",
                Map.of("view", view.view(), "i18n", i18n),
                response.getWriter());
    }
}
