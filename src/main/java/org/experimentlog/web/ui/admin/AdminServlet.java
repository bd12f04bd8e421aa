package org.experimentlog.web.ui.admin;

import com.atlassian.annotations.security.AdminOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.experimentlog.web.ui.PageRenderer;

/**
 * The administration page, {@code /plugins/servlet/experiment-log/admin}, for Jira administrators
 * with web sudo: departments and their groups, outcome managers, the failure-story policy, the
 * confidence level, the hypothesis prompts, the full export and the latest changes. Changes go
 * through the JSON REST API, as on the other pages.
 */
@AdminOnly
public class AdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient AdminPageGuard guard;
    private final transient PageRenderer pages;
    private final transient AdminPageBuilder views;

    @Inject
    public AdminServlet(AdminPageGuard guard, PageRenderer pages, AdminPageBuilder views) {
        this.guard = guard;
        this.pages = pages;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!guard.admit(request, response)) {
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        pages.render(
                response,
                "templates/admin.vm",
                views.page(
                        request.getContextPath(),
                        request.getParameter("auditType"),
                        request.getParameter("auditActor"),
                        request.getParameter("auditStart")));
    }
}
