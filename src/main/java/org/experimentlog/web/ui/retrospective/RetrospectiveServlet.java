package org.experimentlog.web.ui.retrospective;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.experimentlog.web.ui.PageRenderer;

/**
 * The retrospective page, {@code
 * /plugins/servlet/experiment-log/retrospective?scope=project&value=PERMIT&from=…&to=…}: the
 * figures of a scope and period, the retrospectives held on the scope, and the form to hold a new
 * one. A scope or day that cannot be read is a 400 page with the error next to its field; a project
 * the user may not browse a 404.
 */
@LicensedOnly
public class RetrospectiveServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageRenderer pages;
    private final transient RetrospectivePageBuilder views;

    @Inject
    public RetrospectiveServlet(PageRenderer pages, RetrospectivePageBuilder views) {
        this.pages = pages;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (pages.requireUser(request, response).isEmpty()) {
            return;
        }
        RetrospectivePageBuilder.Page page = views.page(request::getParameter);
        pages.render(response, page.status(), "templates/retrospective.vm", page.view());
    }
}
