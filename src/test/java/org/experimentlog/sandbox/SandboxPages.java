package org.experimentlog.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.testing.PluginDescriptor;

/**
 * The host pages of the sandbox: the login page ({@code /login.jsp}, as in Jira), logout, a start page listing the
 * projects' issues, and the issue page ({@code /browse/KEY}) where the plugin's issue panels will be rendered. Every
 * page carries the sandbox banner. Text comes from the plugin's i18n bundles, in English or Dutch.
 */
final class SandboxPages extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Jira's project sidebar section for apps' links. */
    static final String PROJECT_SIDEBAR = "jira.project.sidebar.plugins.navigation";

    private final transient SandboxDirectory directory;
    private final transient SandboxIssueGateway issues;
    private final transient SandboxAccessPolicy access;
    private final transient WebPanels panels;
    private final transient PluginDescriptor descriptor;
    private final transient WebFragmentConditions fragments;
    private final transient LoginThrottle throttle;
    private final transient SandboxWorkflowPages workflow;

    SandboxPages(SandboxDirectory directory, SandboxIssueGateway issues, SandboxAccessPolicy access, WebPanels panels,
            PluginDescriptor descriptor, WebFragmentConditions fragments, LoginThrottle throttle,
            SandboxWorkflowPages workflow) {
        this.throttle = throttle;
        this.workflow = workflow;
        this.directory = directory;
        this.issues = issues;
        this.access = access;
        this.panels = panels;
        this.descriptor = descriptor;
        this.fragments = fragments;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        SandboxI18n text = text(request);
        if (path.equals("/login.jsp")) {
            page(request, response, text, text.getText("experimentlog.sandbox.login.title"), loginForm(request, text, null));
        } else if (path.equals("/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.jsp");
        } else if (CurrentUser.name().isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(path, StandardCharsets.UTF_8));
        } else if (path.equals(SandboxWebSudoManager.PAGE)) {
            page(request, response, text, text.getText("experimentlog.sandbox.websudo.title"), webSudoForm(request, text, null));
        } else if (path.startsWith("/browse/")) {
            issuePage(request, response, text, path.substring("/browse/".length()));
        } else {
            startPage(request, response, text);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (SandboxWebSudoManager.PAGE.equals(request.getServletPath())) {
            confirmPassword(request, response);
            return;
        }
        String user = request.getParameter("os_username");
        if (!"/login.jsp".equals(request.getServletPath())) {
            response.sendError(404);
            return;
        }
        Optional<Duration> wait = throttle.waitFor(user);
        if (wait.isPresent() || !throttle.attempt(user, () -> directory.authenticate(user, request.getParameter("os_password")))) {
            SandboxI18n text = text(request);
            page(request, response, text, text.getText("experimentlog.sandbox.login.title"),
                    loginForm(request, text, refusal(response, text, user, wait, "experimentlog.sandbox.login.failed")));
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate(); // a fresh session id after login: no session fixation
        }
        request.getSession(true).setAttribute(SandboxAuthFilter.SESSION_USER, user);
        response.sendRedirect(request.getContextPath() + SafeDestination.of(request.getParameter("os_destination")).orElse("/"));
    }

    /**
     * Why a password was refused, with the status: 429 with {@code Retry-After} when the user had to wait (the
     * password was not looked at), else 401 for a wrong password; either way the text says how long to wait when a
     * wait now applies, so the third wrong password already tells the user.
     */
    private String refusal(HttpServletResponse response, SandboxI18n text, String user, Optional<Duration> waitBefore,
            String wrongPasswordKey) {
        response.setStatus(waitBefore.isPresent() ? 429 : 401);
        Optional<Duration> wait = waitBefore.or(() -> throttle.waitFor(user));
        if (wait.isEmpty()) {
            return text.getText(wrongPasswordKey);
        }
        long seconds = wait.get().toSeconds() + 1;
        response.setHeader("Retry-After", Long.toString(seconds));
        return text.getText("experimentlog.sandbox.login.throttled", String.valueOf(seconds));
    }

    /** The "Administrator access" page's answer: the password again marks the session for web sudo. */
    private void confirmPassword(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String user = CurrentUser.name().orElse(null);
        if (user == null || session == null) {
            response.sendRedirect(request.getContextPath() + "/login.jsp");
            return;
        }
        Optional<Duration> wait = throttle.waitFor(user);
        if (wait.isPresent() || !throttle.attempt(user, () -> directory.authenticate(user, request.getParameter("webSudoPassword")))) {
            SandboxI18n text = text(request);
            page(request, response, text, text.getText("experimentlog.sandbox.websudo.title"),
                    webSudoForm(request, text, refusal(response, text, user, wait, "experimentlog.sandbox.websudo.failed")));
            return;
        }
        SandboxWebSudoManager.start(session);
        response.sendRedirect(request.getContextPath()
                + SafeDestination.of(request.getParameter("webSudoDestination")).orElse("/"));
    }

    private String webSudoForm(HttpServletRequest request, SandboxI18n text, String alert) {
        String destination = SafeDestination.of(request.getParameter("webSudoDestination")).orElse(null);
        return (alert != null ? "<p role=\"alert\" class=\"error\">" + Html.escape(alert) + "</p>" : "")
                + "<p>" + Html.escape(text.getText("experimentlog.sandbox.websudo.intro")) + "</p>"
                + "<form method=\"post\" action=\"" + request.getContextPath() + SandboxWebSudoManager.PAGE + "\">"
                + "<input type=\"text\" name=\"username\" autocomplete=\"username\" value=\""
                + Html.escape(CurrentUser.name().orElse("")) + "\" hidden>"
                + "<p><label for=\"webSudoPassword\">" + Html.escape(text.getText("experimentlog.sandbox.websudo.password"))
                + "</label> <input id=\"webSudoPassword\" name=\"webSudoPassword\" type=\"password\" autocomplete=\"current-password\" required></p>"
                + (destination == null ? "" : "<input type=\"hidden\" name=\"webSudoDestination\" value=\"" + Html.escape(destination) + "\">")
                + "<p><button type=\"submit\">" + Html.escape(text.getText("experimentlog.sandbox.websudo.submit")) + "</button></p></form>";
    }

    private void startPage(HttpServletRequest request, HttpServletResponse response, SandboxI18n text) throws IOException {
        UserRef user = new UserRef(CurrentUser.name().orElseThrow());
        StringBuilder body = new StringBuilder();
        for (SandboxDirectory.Project project : directory.projects()) {
            if (!access.canBrowseProject(user, new ProjectKey(project.key()))) {
                continue; // not even its name or its links for someone who may not browse it
            }
            body.append("<h2>").append(Html.escape(project.name())).append(" (").append(project.key()).append(")</h2>")
                    .append(projectSidebar(request, text, descriptor, project.key())).append("<ul>");
            for (IssueSummary issue : issues.issuesOf(project.key())) {
                if (access.canBrowse(user, issue.ref())) {
                    body.append("<li><a href=\"browse/").append(issue.ref().key()).append("\">").append(issue.ref().key())
                            .append("</a> ").append(Html.escape(issue.summary())).append("</li>");
                }
            }
            body.append("</ul>");
        }
        page(request, response, text, text.getText("experimentlog.name"), body.toString());
    }

    private void issuePage(HttpServletRequest request, HttpServletResponse response, SandboxI18n text, String key)
            throws IOException {
        UserRef user = new UserRef(CurrentUser.name().orElseThrow());
        Optional<IssueSummary> issue = issues.findByKey(key).filter(i -> access.canBrowse(user, i.ref()));
        if (issue.isEmpty()) {
            response.setStatus(404);
            page(request, response, text, key, "<p>" + Html.escape(text.getText("experimentlog.sandbox.issue.notfound", key))
                    + "</p>");
            return;
        }
        IssueSummary found = issue.get();
        String body = "<p>" + Html.escape(text.getText("experimentlog.sandbox.issue.type")) + ": "
                + (found.experiment() ? SandboxIssueGateway.EXPERIMENT_TYPE : "Task") + " &middot; "
                + Html.escape(text.getText("experimentlog.sandbox.issue.project")) + ": "
                + found.ref().projectKey() + "</p>"
                + projectSidebar(request, text, descriptor, found.ref().projectKey().value())
                + workflow.issueSection(request, text, found)
                + "<div id=\"issue-panels\">"
                + panels.render("atl.jira.view.issue.left.context", Map.of("issue", new SandboxJiraIssue(found),
                        "i18n", text, "locale", text.getLocale()))
                + "</div>";
        page(request, response, text, found.ref().key() + " " + found.summary(), body,
                WebPanels.resourceTags(descriptor, request.getContextPath(), "jira.view.issue"));
    }

    private String loginForm(HttpServletRequest request, SandboxI18n text, String alert) {
        String destination = SafeDestination.of(request.getParameter("os_destination")).orElse(null);
        return (alert != null ? "<p role=\"alert\" class=\"error\">" + Html.escape(alert) + "</p>" : "")
                + "<form method=\"post\" action=\"" + request.getContextPath() + "/login.jsp\">"
                + "<p><label for=\"os_username\">" + Html.escape(text.getText("experimentlog.sandbox.login.username"))
                + "</label> <input id=\"os_username\" name=\"os_username\" autocomplete=\"username\" required></p>"
                + "<p><label for=\"os_password\">" + Html.escape(text.getText("experimentlog.sandbox.login.password"))
                + "</label> <input id=\"os_password\" name=\"os_password\" type=\"password\" autocomplete=\"current-password\" required></p>"
                + (destination == null ? "" : "<input type=\"hidden\" name=\"os_destination\" value=\"" + Html.escape(destination) + "\">")
                + "<p><button type=\"submit\">" + Html.escape(text.getText("experimentlog.sandbox.login.submit")) + "</button></p></form>"
                + "<p>" + Html.escape(text.getText("experimentlog.sandbox.login.demo")) + "</p>"
                + "<p>" + Html.escape(text.getText("experimentlog.sandbox.login.limit",
                        String.valueOf(LoginThrottle.FREE_FAILURES), String.valueOf(LoginThrottle.FIRST_WAIT.toSeconds()))) + "</p>";
    }

    private void page(HttpServletRequest request, HttpServletResponse response, SandboxI18n text, String title,
            String body) throws IOException {
        page(request, response, text, title, body, "");
    }

    /** A plugin page wrapped in the host chrome; its title is already escaped HTML from the page's template. */
    static void decorated(HttpServletRequest request, HttpServletResponse response, String titleHtml, String bodyHtml,
            String head, PluginDescriptor descriptor, WebFragmentConditions fragments) throws IOException {
        SandboxI18n text = text(request);
        response.setContentType("text/html;charset=UTF-8");
        String lang = text.getLocale().getLanguage().isEmpty() ? "en" : text.getLocale().getLanguage();
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"ajs-context-path\" content=\"" + request.getContextPath() + "\"><title>" + titleHtml
                + "</title>" + head + "</head><body>" + banner(text) + navigation(request, text, descriptor, fragments) + bodyHtml
                + "</body></html>");
    }

    /**
     * The top navigation: the descriptor's web items in the top bar section, as links; then, as Jira's administration
     * menu, the web sections at {@code admin_plugins_menu} and their items whose conditions agree.
     */
    static String navigation(HttpServletRequest request, SandboxI18n text, PluginDescriptor descriptor,
            WebFragmentConditions fragments) {
        StringBuilder nav = new StringBuilder("<nav aria-label=\"" + Html.escape(text.getText("experimentlog.nav.section"))
                + "\"><ul class=\"sandbox-nav\">");
        for (PluginDescriptor.WebItemModule item : descriptor.webItems()) {
            if (item.section().startsWith("system.top.navigation.bar/")) {
                nav.append("<li><a id=\"").append(Html.escape(item.key())).append("\" href=\"")
                        .append(request.getContextPath()).append(Html.escape(item.link())).append("\">")
                        .append(Html.escape(text.getText(item.labelKey()))).append("</a></li>");
            }
        }
        nav.append("</ul></nav>");
        for (PluginDescriptor.WebSectionModule section : descriptor.webSections()) {
            if (!section.location().equals("admin_plugins_menu") || !fragments.shows(section.conditions())) {
                continue;
            }
            nav.append("<nav aria-label=\"").append(Html.escape(text.getText(section.labelKey())))
                    .append("\"><ul class=\"sandbox-nav sandbox-admin-nav\">");
            for (PluginDescriptor.WebItemModule item : descriptor.webItems()) {
                if (item.section().equals("admin_plugins_menu/" + section.key()) && fragments.shows(item.conditions())) {
                    nav.append("<li><a id=\"").append(Html.escape(item.key())).append("\" href=\"")
                            .append(request.getContextPath()).append(Html.escape(item.link())).append("\">")
                            .append(Html.escape(text.getText(item.labelKey()))).append("</a></li>");
                }
            }
            nav.append("</ul></nav>");
        }
        return nav.toString();
    }

    /**
     * Jira's project sidebar, in small: the descriptor's web items in the apps' section of the sidebar, with the
     * project key in their links where Jira puts it ({@code $pathEncodedProjectKey}).
     */
    static String projectSidebar(HttpServletRequest request, SandboxI18n text, PluginDescriptor descriptor,
            String projectKey) {
        String encoded = URLEncoder.encode(projectKey, StandardCharsets.UTF_8);
        StringBuilder nav = new StringBuilder("<nav class=\"sandbox-project-sidebar\" aria-label=\""
                + Html.escape(text.getText("experimentlog.sandbox.sidebar", projectKey)) + "\"><ul>");
        for (PluginDescriptor.WebItemModule item : descriptor.webItems()) {
            if (item.section().equals(PROJECT_SIDEBAR)) {
                nav.append("<li><a class=\"").append(Html.escape(item.key())).append("\" href=\"")
                        .append(request.getContextPath())
                        .append(Html.escape(item.link().replace("$pathEncodedProjectKey", encoded))).append("\">")
                        .append(Html.escape(text.getText(item.labelKey()))).append("</a></li>");
            }
        }
        return nav.append("</ul></nav>").toString();
    }

    private static String banner(SandboxI18n text) {
        String user = CurrentUser.name().map(u -> " &middot; " + Html.escape(u) + " &middot; <a href=\"/jira/logout\">"
                + Html.escape(text.getText("experimentlog.sandbox.logout")) + "</a>").orElse("");
        return "<header role=\"banner\"><p><strong>" + Html.escape(text.getText("experimentlog.sandbox.banner"))
                + "</strong>" + user + "</p></header>";
    }

    private void page(HttpServletRequest request, HttpServletResponse response, SandboxI18n text, String title,
            String body, String head) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        String lang = text.getLocale().getLanguage().isEmpty() ? "en" : text.getLocale().getLanguage();
        String user = CurrentUser.name().map(u -> " &middot; " + Html.escape(u) + " &middot; <a href=\"/jira/logout\">"
                + Html.escape(text.getText("experimentlog.sandbox.logout")) + "</a>").orElse("");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"ajs-context-path\" content=\"/jira\"><title>" + Html.escape(title) + "</title>" + head
                + "</head><body><header role=\"banner\"><p><strong>"
                + Html.escape(text.getText("experimentlog.sandbox.banner")) + "</strong>" + user + "</p></header>"
                + (CurrentUser.name().isPresent() ? navigation(request, text, descriptor, fragments) : "")
                + "<main><h1>" + Html.escape(title) + "</h1>" + body + "</main></body></html>");
    }

    /** The language the browser asks for first (Dutch or English), or the one named by {@code ?lang}. */
    static Locale localeOf(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        Locale locale = asked != null ? Locale.forLanguageTag(asked) : request.getLocale();
        return "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }

    /** The plugin's texts in the request's language. */
    static SandboxI18n text(HttpServletRequest request) {
        return new SandboxI18n(localeOf(request));
    }

    /** HTML escaping for the host pages. */
    static final class Html {
        private Html() {
        }

        static String escape(String value) {
            StringBuilder out = new StringBuilder(value.length() + 16);
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
