package org.experimentlog.web.ui.register;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.web.ui.PageRenderer;

/**
 * The publish page of an experiment, {@code /plugins/servlet/experiment-log/publish/{issueKey}}:
 * the preview of exactly what will be public, in the register's own layout, with the publish and
 * withdraw forms. For logged-in users who may see the issue; only those who may edit it can
 * publish.
 */
@LicensedOnly
public class PublishServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageRenderer pages;
    private final transient RegisterPages registerPages;
    private final transient RegisterPageBuilder views;
    private final transient UserDirectory users;

    @Inject
    public PublishServlet(
            PageRenderer pages,
            RegisterPages registerPages,
            RegisterPageBuilder views,
            UserDirectory users) {
        this.pages = pages;
        this.registerPages = registerPages;
        this.views = views;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (pages.requireUser(request, response).isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String lang = request.getParameter("lang");
        Locale locale =
                RegisterPageBuilder.language(
                        lang != null ? lang : users.locale().getLanguage(), null);
        String[] stories = request.getParameterValues("story");
        try {
            if (!path.matches("/[A-Za-z][A-Za-z0-9_]*-[1-9][0-9]*")) {
                throw new NotFoundException(ErrorKey.ISSUE_NOT_FOUND, path);
            }
            registerPages.render(
                    response,
                    200,
                    "templates/register-entry.vm",
                    views.preview(
                            path.substring(1),
                            stories == null ? List.of() : List.of(stories),
                            locale,
                            request.getContextPath()),
                    false);
        } catch (NotFoundException e) {
            response.sendError(404);
        }
    }
}
