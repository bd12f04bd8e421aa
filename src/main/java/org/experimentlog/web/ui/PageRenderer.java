package org.experimentlog.web.ui;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.UserRef;
import org.springframework.stereotype.Component;

/**
 * Renders the app's pages: asks for the pages' web resources, and renders a page template with its
 * one view object and the host's translations. The templates declare Jira's decorator, so the host
 * wraps them in its own chrome.
 */
@Component
public class PageRenderer {
    /** The web-resource context every page of the app loads. */
    public static final String RESOURCE_CONTEXT = "experiment-log-pages";

    private final TemplateRenderer templates;
    private final PageBuilderService resources;
    private final I18nResolver i18n;
    private final UserDirectory users;

    @Inject
    public PageRenderer(
            TemplateRenderer templates,
            PageBuilderService resources,
            I18nResolver i18n,
            UserDirectory users) {
        this.templates = templates;
        this.resources = resources;
        this.i18n = i18n;
        this.users = users;
    }

    /** The logged-in user, or a redirect to Jira's login page that comes back here afterwards. */
    public Optional<UserRef> requireUser(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<UserRef> user = users.currentUser();
        if (user.isEmpty()) {
            String back =
                    request.getRequestURI().substring(request.getContextPath().length())
                            + (request.getQueryString() == null
                                    ? ""
                                    : "?" + request.getQueryString());
            response.sendRedirect(
                    request.getContextPath()
                            + "/login.jsp?os_destination="
                            + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return user;
    }

    /** Renders a page template with its view. */
    public void render(HttpServletResponse response, String template, Object view)
            throws IOException {
        resources.assembler().resources().requireContext(RESOURCE_CONTEXT);
        response.setContentType("text/html;charset=UTF-8");
        templates.render(template, Map.of("view", view, "i18n", i18n), response.getWriter());
    }

    /**
     * Renders a page template with its view and the given status, e.g. 404 for something the user
     * may not see.
     */
    public void render(HttpServletResponse response, int status, String template, Object view)
            throws IOException {
        response.setStatus(status);
        render(response, template, view);
    }
}
