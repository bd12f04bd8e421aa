package org.experimentlog.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.sandbox.SandboxPages.Html;
import org.experimentlog.testing.PluginDescriptor;

/**
 * Jira's project page, in small ({@code /projects/<KEY>}): the project's frame with its sidebar,
 * and in the content area either the project's issues or, with {@code ?selectedItem=<location>},
 * the web panels the descriptor declares at that location, rendered with the project in the context
 * ({@code projectKey}) and the sidebar item that links there marked as the current page, as Jira's
 * project-centric view does for an app's sidebar item.
 */
final class SandboxProjectPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Where Jira serves its project pages. */
    static final String PATH = "/projects/*";

    private final transient SandboxDirectory directory;
    private final transient SandboxAccessPolicy access;
    private final transient SandboxIssueGateway issues;
    private final transient WebPanels panels;
    private final transient PluginDescriptor descriptor;
    private final transient WebFragmentConditions fragments;

    SandboxProjectPage(
            SandboxDirectory directory,
            SandboxAccessPolicy access,
            SandboxIssueGateway issues,
            WebPanels panels,
            PluginDescriptor descriptor,
            WebFragmentConditions fragments) {
        this.directory = directory;
        this.access = access;
        this.issues = issues;
        this.panels = panels;
        this.descriptor = descriptor;
        this.fragments = fragments;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<String> name = CurrentUser.name();
        if (name.isEmpty()) {
            String back =
                    "/projects/"
                            + key
                            + (request.getQueryString() == null
                                    ? ""
                                    : "?" + request.getQueryString());
            response.sendRedirect(
                    request.getContextPath()
                            + "/login.jsp?os_destination="
                            + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        SandboxI18n text = SandboxPages.text(request);
        Optional<SandboxDirectory.Project> project =
                directory.projects().stream()
                        .filter(p -> p.key().equals(key))
                        .filter(
                                p ->
                                        access.canBrowseProject(
                                                new UserRef(name.get()), new ProjectKey(p.key())))
                        .findFirst();
        if (project.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            SandboxPages.frame(
                    request,
                    response,
                    text,
                    Html.escape(key),
                    "",
                    "<main class=\"sandbox-main\" id=\"main\"><h1>"
                            + Html.escape(key)
                            + "</h1><p>"
                            + Html.escape(text.getText("experimentlog.retro.error.value.notfound"))
                            + "</p></main>",
                    "",
                    descriptor,
                    fragments);
            return;
        }
        String selected = request.getParameter("selectedItem");
        String content;
        String link = "";
        SandboxPageBuilderService.takeContexts();
        if (selected == null || selected.isBlank()) {
            StringBuilder list = new StringBuilder("<ul class=\"sandbox-issues\">");
            for (IssueSummary issue : issues.issuesOf(key)) {
                if (access.canBrowse(new UserRef(name.get()), issue.ref())) {
                    list.append("<li><a href=\"")
                            .append(request.getContextPath())
                            .append("/browse/")
                            .append(issue.ref().key())
                            .append("\">")
                            .append(issue.ref().key())
                            .append("</a> ")
                            .append(Html.escape(issue.summary()))
                            .append("</li>");
                }
            }
            content = list.append("</ul>").toString();
        } else {
            Map<String, Object> context = new HashMap<>();
            context.put("projectKey", key);
            context.put("pathEncodedProjectKey", URLEncoder.encode(key, StandardCharsets.UTF_8));
            context.put("i18n", text);
            context.put("locale", text.getLocale());
            content = panels.render(selected, context);
            link =
                    "/projects/"
                            + URLEncoder.encode(key, StandardCharsets.UTF_8)
                            + "?selectedItem="
                            + selected;
            if (content.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        }
        StringBuilder head = new StringBuilder();
        for (String required : SandboxPageBuilderService.takeContexts()) {
            head.append(WebPanels.resourceTags(descriptor, request.getContextPath(), required));
        }
        String title = project.get().name() + " (" + key + ")";
        SandboxPages.frame(
                request,
                response,
                text,
                Html.escape(title),
                head.toString(),
                "<main class=\"sandbox-main sandbox-project-page\" id=\"main\"><h1>"
                        + Html.escape(title)
                        + "</h1>"
                        + content
                        + "</main>",
                SandboxPages.projectSidebar(request, text, descriptor, key, link),
                descriptor,
                fragments);
    }
}
