package org.experimentlog.web.ui.register;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.web.ui.PageRenderer;

/**
 * The publish page of an experiment, {@code /plugins/servlet/experiment-log/publish/{issueKey}}: a
 * page in Jira's frame with the publish and withdraw forms, showing in a frame the preview of
 * exactly what will be public, {@code …/publish/{issueKey}/preview}, which is the public page's own
 * document in the register's layout. For logged-in users who may see the issue; only those who may
 * edit it can publish.
 */
@LicensedOnly
public class PublishServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** {@code /KEY-1} for the page, {@code /KEY-1/preview} for the public page's preview in it. */
    private static final Pattern ROUTE =
            Pattern.compile("/([A-Za-z][A-Za-z0-9_]*-[1-9][0-9]*)(/preview)?");

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
            Matcher route = ROUTE.matcher(path);
            if (!route.matches()) {
                throw new NotFoundException(ErrorKey.ISSUE_NOT_FOUND, path);
            }
            RegisterEntryView view =
                    views.preview(
                            route.group(1),
                            stories == null ? List.of() : List.of(stories),
                            locale,
                            request.getContextPath());
            if (route.group(2) == null) {
                pages.render(response, "templates/register-publish.vm", view);
            } else {
                registerPages.render(response, 200, "templates/register-entry.vm", view, false);
            }
        } catch (NotFoundException e) {
            response.sendError(404);
        }
    }
}
