package org.experimentlog.web.ui.library;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.experimentlog.web.ui.PageRenderer;

/**
 * The learning library page, {@code /plugins/servlet/experiment-log/library}: one search over
 * learnings and failure stories (text, tag, outcome, department, verdict, period), newest or most
 * relevant first, paged.
 */
@LicensedOnly
public class LibraryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageRenderer pages;
    private final transient LibraryPageBuilder views;

    @Inject
    public LibraryServlet(PageRenderer pages, LibraryPageBuilder views) {
        this.pages = pages;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (pages.requireUser(request, response).isEmpty()) {
            return;
        }
        pages.render(response, "templates/library.vm", views.page(request::getParameter));
    }
}
