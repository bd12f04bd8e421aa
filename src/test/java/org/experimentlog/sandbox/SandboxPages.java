package org.experimentlog.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.testing.PluginDescriptor;

/**
 * The host pages of the sandbox: the login page ({@code /login.jsp}, as in Jira), logout, a start
 * page listing the projects' issues, and the issue page ({@code /browse/KEY}) where the plugin's
 * issue panels will be rendered. Every page carries the sandbox banner. Text comes from the
 * plugin's i18n bundles, in English or Dutch.
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

    SandboxPages(
            SandboxDirectory directory,
            SandboxIssueGateway issues,
            SandboxAccessPolicy access,
            WebPanels panels,
            PluginDescriptor descriptor,
            WebFragmentConditions fragments,
            LoginThrottle throttle,
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
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path =
                request.getServletPath()
                        + (request.getPathInfo() == null ? "" : request.getPathInfo());
        SandboxI18n text = text(request);
        if (path.equals("/login.jsp")) {
            page(
                    request,
                    response,
                    text,
                    text.getText("experimentlog.sandbox.login.title"),
                    loginForm(request, text, null));
        } else if (path.equals("/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.jsp");
        } else if (CurrentUser.name().isEmpty()) {
            response.sendRedirect(
                    request.getContextPath()
                            + "/login.jsp?os_destination="
                            + URLEncoder.encode(path, StandardCharsets.UTF_8));
        } else if (path.equals(SandboxWebSudoManager.PAGE)) {
            page(
                    request,
                    response,
                    text,
                    text.getText("experimentlog.sandbox.websudo.title"),
                    webSudoForm(request, text, null));
        } else if (path.startsWith("/browse/")) {
            issuePage(request, response, text, path.substring("/browse/".length()));
        } else {
            startPage(request, response, text);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
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
        if (wait.isPresent()
                || !throttle.attempt(
                        user,
                        () -> directory.authenticate(user, request.getParameter("os_password")))) {
            SandboxI18n text = text(request);
            page(
                    request,
                    response,
                    text,
                    text.getText("experimentlog.sandbox.login.title"),
                    loginForm(
                            request,
                            text,
                            refusal(
                                    response,
                                    text,
                                    user,
                                    wait,
                                    "experimentlog.sandbox.login.failed")));
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate(); // a fresh session id after login: no session fixation
        }
        request.getSession(true).setAttribute(SandboxAuthFilter.SESSION_USER, user);
        response.sendRedirect(
                request.getContextPath()
                        + SafeDestination.of(request.getParameter("os_destination")).orElse("/"));
    }

    /**
     * Why a password was refused, with the status: 429 with {@code Retry-After} when the user had
     * to wait (the password was not looked at), else 401 for a wrong password; either way the text
     * says how long to wait when a wait now applies, so the third wrong password already tells the
     * user.
     */
    private String refusal(
            HttpServletResponse response,
            SandboxI18n text,
            String user,
            Optional<Duration> waitBefore,
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

    /**
     * The "Administrator access" page's answer: the password again marks the session for web sudo.
     */
    private void confirmPassword(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession(false);
        String user = CurrentUser.name().orElse(null);
        if (user == null || session == null) {
            response.sendRedirect(request.getContextPath() + "/login.jsp");
            return;
        }
        Optional<Duration> wait = throttle.waitFor(user);
        if (wait.isPresent()
                || !throttle.attempt(
                        user,
                        () ->
                                directory.authenticate(
                                        user, request.getParameter("webSudoPassword")))) {
            SandboxI18n text = text(request);
            page(
                    request,
                    response,
                    text,
                    text.getText("experimentlog.sandbox.websudo.title"),
                    webSudoForm(
                            request,
                            text,
                            refusal(
                                    response,
                                    text,
                                    user,
                                    wait,
                                    "experimentlog.sandbox.websudo.failed")));
            return;
        }
        SandboxWebSudoManager.start(session);
        response.sendRedirect(
                request.getContextPath()
                        + SafeDestination.of(request.getParameter("webSudoDestination"))
                                .orElse("/"));
    }

    private String webSudoForm(HttpServletRequest request, SandboxI18n text, String alert) {
        String destination =
                SafeDestination.of(request.getParameter("webSudoDestination")).orElse(null);
        return (alert != null
                        ? "<div class=\"aui-message aui-message-error\" role=\"alert\"><p>"
                                + Html.escape(alert)
                                + "</p></div>"
                        : "")
                + "<p>"
                + Html.escape(text.getText("experimentlog.sandbox.websudo.intro"))
                + "</p>"
                + "<form class=\"aui top-label\" method=\"post\" action=\""
                + request.getContextPath()
                + SandboxWebSudoManager.PAGE
                + "\">"
                + "<input type=\"text\" name=\"username\" autocomplete=\"username\" value=\""
                + Html.escape(CurrentUser.name().orElse(""))
                + "\" hidden>"
                + "<div class=\"field-group\"><label for=\"webSudoPassword\">"
                + Html.escape(text.getText("experimentlog.sandbox.websudo.password"))
                + "</label><input class=\"text\" id=\"webSudoPassword\" name=\"webSudoPassword\" type=\"password\" autocomplete=\"current-password\" required></div>"
                + (destination == null
                        ? ""
                        : "<input type=\"hidden\" name=\"webSudoDestination\" value=\""
                                + Html.escape(destination)
                                + "\">")
                + "<div class=\"buttons-container\"><div class=\"buttons\"><button class=\"aui-button aui-button-primary\" type=\"submit\">"
                + Html.escape(text.getText("experimentlog.sandbox.websudo.submit"))
                + "</button></div></div></form>";
    }

    private void startPage(
            HttpServletRequest request, HttpServletResponse response, SandboxI18n text)
            throws IOException {
        UserRef user = new UserRef(CurrentUser.name().orElseThrow());
        StringBuilder body = new StringBuilder();
        for (SandboxDirectory.Project project : directory.projects()) {
            if (!access.canBrowseProject(user, new ProjectKey(project.key()))) {
                continue; // not even its name or its links for someone who may not browse it
            }
            body.append("<section class=\"sandbox-project\"><h2>")
                    .append(Html.escape(project.name()))
                    .append(" (")
                    .append(project.key())
                    .append(")</h2>")
                    .append(projectSidebar(request, text, descriptor, project.key()))
                    .append("<ul class=\"sandbox-issues\">");
            for (IssueSummary issue : issues.issuesOf(project.key())) {
                if (access.canBrowse(user, issue.ref())) {
                    body.append("<li><a href=\"browse/")
                            .append(issue.ref().key())
                            .append("\">")
                            .append(issue.ref().key())
                            .append("</a> ")
                            .append(Html.escape(issue.summary()))
                            .append("</li>");
                }
            }
            body.append("</ul></section>");
        }
        page(request, response, text, text.getText("experimentlog.name"), body.toString());
    }

    private void issuePage(
            HttpServletRequest request, HttpServletResponse response, SandboxI18n text, String key)
            throws IOException {
        UserRef user = new UserRef(CurrentUser.name().orElseThrow());
        Optional<IssueSummary> issue =
                issues.findByKey(key).filter(i -> access.canBrowse(user, i.ref()));
        if (issue.isEmpty()) {
            response.setStatus(404);
            page(
                    request,
                    response,
                    text,
                    key,
                    "<p>"
                            + Html.escape(text.getText("experimentlog.sandbox.issue.notfound", key))
                            + "</p>");
            return;
        }
        IssueSummary found = issue.get();
        Map<String, Object> context =
                Map.of(
                        "issue",
                        new SandboxJiraIssue(found),
                        "i18n",
                        text,
                        "locale",
                        text.getLocale());
        String projectKey = found.ref().projectKey().value();
        // Jira's issue view: the issue's content and the left-context panels in the wide column,
        // details on the right.
        String body =
                "<div class=\"sandbox-issue\">"
                        + "<div class=\"sandbox-issue-main\">"
                        + workflow.issueSection(request, text, found)
                        + "<div id=\"issue-panels\">"
                        + panels.render("atl.jira.view.issue.left.context", context)
                        + "</div></div>"
                        + "<aside class=\"sandbox-issue-details\" aria-labelledby=\"sandbox-details-title\"><h2 id=\"sandbox-details-title\">"
                        + Html.escape(text.getText("experimentlog.sandbox.details"))
                        + "</h2><dl>"
                        + "<dt>"
                        + Html.escape(text.getText("experimentlog.sandbox.issue.type"))
                        + "</dt><dd>"
                        + (found.experiment() ? SandboxIssueGateway.EXPERIMENT_TYPE : "Task")
                        + "</dd>"
                        + "<dt>"
                        + Html.escape(text.getText("experimentlog.sandbox.issue.project"))
                        + "</dt><dd>"
                        + projectKey
                        + "</dd>"
                        + "</dl>"
                        + panels.render("atl.jira.view.issue.right.context", context)
                        + "</aside></div>";
        frame(
                request,
                response,
                text,
                Html.escape(found.ref().key() + " " + found.summary()),
                WebPanels.resourceTags(descriptor, request.getContextPath(), "jira.view.issue"),
                "<main class=\"sandbox-main\" id=\"main\"><h1>"
                        + Html.escape(found.ref().key() + " " + found.summary())
                        + "</h1>"
                        + body
                        + "</main>",
                projectSidebar(request, text, descriptor, projectKey),
                descriptor,
                fragments);
    }

    private String loginForm(HttpServletRequest request, SandboxI18n text, String alert) {
        String destination =
                SafeDestination.of(request.getParameter("os_destination")).orElse(null);
        return (alert != null
                        ? "<div class=\"aui-message aui-message-error\" role=\"alert\"><p>"
                                + Html.escape(alert)
                                + "</p></div>"
                        : "")
                + "<form class=\"aui\" method=\"post\" action=\""
                + request.getContextPath()
                + "/login.jsp\">"
                + "<div class=\"field-group\"><label for=\"os_username\">"
                + Html.escape(text.getText("experimentlog.sandbox.login.username"))
                + "</label><input class=\"text\" id=\"os_username\" name=\"os_username\" autocomplete=\"username\" required></div>"
                + "<div class=\"field-group\"><label for=\"os_password\">"
                + Html.escape(text.getText("experimentlog.sandbox.login.password"))
                + "</label><input class=\"text\" id=\"os_password\" name=\"os_password\" type=\"password\" autocomplete=\"current-password\" required></div>"
                + (destination == null
                        ? ""
                        : "<input type=\"hidden\" name=\"os_destination\" value=\""
                                + Html.escape(destination)
                                + "\">")
                + "<div class=\"buttons-container\"><div class=\"buttons\"><button class=\"aui-button aui-button-primary\" type=\"submit\">"
                + Html.escape(text.getText("experimentlog.sandbox.login.submit"))
                + "</button></div></div></form>"
                + "<p>"
                + Html.escape(text.getText("experimentlog.sandbox.login.demo"))
                + "</p>"
                + "<p>"
                + Html.escape(
                        text.getText(
                                "experimentlog.sandbox.login.limit",
                                String.valueOf(LoginThrottle.FREE_FAILURES),
                                String.valueOf(LoginThrottle.FIRST_WAIT.toSeconds())))
                + "</p>";
    }

    private void page(
            HttpServletRequest request,
            HttpServletResponse response,
            SandboxI18n text,
            String title,
            String body)
            throws IOException {
        frame(
                request,
                response,
                text,
                Html.escape(title),
                "",
                "<main class=\"sandbox-main"
                        + (CurrentUser.name().isEmpty() ? " sandbox-login" : "")
                        + "\" id=\"main\"><h1>"
                        + Html.escape(title)
                        + "</h1>"
                        + body
                        + "</main>",
                "",
                descriptor,
                fragments);
    }

    /**
     * A plugin page wrapped in the host frame; its title is already escaped HTML from the page's
     * template.
     */
    static void decorated(
            HttpServletRequest request,
            HttpServletResponse response,
            String titleHtml,
            String bodyHtml,
            String head,
            PluginDescriptor descriptor,
            WebFragmentConditions fragments)
            throws IOException {
        frame(
                request,
                response,
                text(request),
                titleHtml,
                head,
                "<div class=\"sandbox-main\">" + bodyHtml + "</div>",
                "",
                descriptor,
                fragments);
    }

    /**
     * Jira's frame, in small: AUI's application header (logo, the top navigation drawn from the
     * descriptor by Jira's rule, Create, the administration menu and the user menu with the theme
     * switch), the sandbox banner, the project sidebar where a page has one, and the page. AUI and
     * the host's theme script load first, as Jira's superbatch.
     */
    static void frame(
            HttpServletRequest request,
            HttpServletResponse response,
            SandboxI18n text,
            String titleHtml,
            String head,
            String mainHtml,
            String sidebarHtml,
            PluginDescriptor descriptor,
            WebFragmentConditions fragments)
            throws IOException {
        SandboxAui aui = SandboxAui.fromBuild();
        response.setContentType("text/html;charset=UTF-8");
        String lang =
                text.getLocale().getLanguage().isEmpty() ? "en" : text.getLocale().getLanguage();
        String theme = theme(request);
        boolean loggedIn = CurrentUser.name().isPresent();
        String layout =
                sidebarHtml.isEmpty()
                        ? mainHtml
                        : "<div class=\"sandbox-layout\">" + sidebarHtml + mainHtml + "</div>";
        response.getWriter()
                .write(
                        "<!DOCTYPE html><html lang=\""
                                + lang
                                + "\" data-color-mode=\""
                                + theme
                                + "\" data-theme=\"dark:dark light:light spacing:spacing typography:typography\"><head><meta charset=\"utf-8\">"
                                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                + "<meta name=\"ajs-context-path\" content=\""
                                + request.getContextPath()
                                + "\"><title>"
                                + titleHtml
                                + "</title>"
                                + aui.tags(request.getContextPath())
                                + head
                                + "</head><body class=\"aui-layout sandbox-frame\">"
                                + "<header id=\"header\" role=\"banner\">"
                                + (loggedIn
                                        ? header(
                                                request,
                                                text,
                                                descriptor,
                                                fragments,
                                                aui.present(),
                                                theme)
                                        : "")
                                + banner(text, aui)
                                + "</header>"
                                + layout
                                + "</body></html>");
    }

    /** The Create dialog's texts, as data-text-* attributes of the header's Create button. */
    private static String createTexts(SandboxI18n text) {
        StringBuilder attributes = new StringBuilder();
        for (String name :
                List.of(
                        "title", "project", "type", "summary", "submit", "cancel", "none",
                        "failed")) {
            attributes
                    .append(" data-text-")
                    .append(name)
                    .append("=\"")
                    .append(Html.escape(text.getText("experimentlog.sandbox.create." + name)))
                    .append('"');
        }
        return attributes.toString();
    }

    /**
     * The session's theme: {@code ?theme=dark} or {@code light} sets it, as Jira's theme setting in
     * the user menu.
     */
    static String theme(HttpServletRequest request) {
        String asked = request.getParameter("theme");
        HttpSession session = request.getSession(false);
        if (("dark".equals(asked) || "light".equals(asked)) && session != null) {
            session.setAttribute(SESSION_THEME, asked);
        }
        Object chosen = session == null ? null : session.getAttribute(SESSION_THEME);
        return "dark".equals(asked) || (asked == null && "dark".equals(chosen)) ? "dark" : "light";
    }

    private static final String SESSION_THEME = "sandbox.theme";

    private static String header(
            HttpServletRequest request,
            SandboxI18n text,
            PluginDescriptor descriptor,
            WebFragmentConditions fragments,
            boolean aui,
            String theme) {
        String context = request.getContextPath();
        StringBuilder nav =
                new StringBuilder(
                        "<nav class=\"aui-header\" aria-label=\""
                                + Html.escape(text.getText("experimentlog.sandbox.site"))
                                + "\"><div class=\"aui-header-inner\">"
                                + "<div class=\"aui-header-primary\"><span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\">"
                                + "<a href=\""
                                + context
                                + "/\"><span class=\"aui-header-logo-device\">"
                                + Html.escape(text.getText("experimentlog.sandbox.home"))
                                + "</span></a></span><ul class=\"aui-nav\">");
        for (SandboxMenus.Menu menu : SandboxMenus.topNavigation(descriptor, fragments::shows)) {
            nav.append("<li>")
                    .append(
                            menu.sections().isEmpty()
                                    ? link(context, text, menu.trigger(), "")
                                    : dropdown(
                                            context,
                                            text,
                                            menu.trigger().key(),
                                            text.getText(menu.trigger().labelKey()),
                                            "",
                                            menu.sections(),
                                            aui))
                    .append("</li>");
        }
        nav.append(
                        "<li><button type=\"button\" class=\"aui-button aui-button-primary\" id=\"create_link\" aria-haspopup=\"dialog\"")
                .append(createTexts(text))
                .append(">")
                .append(Html.escape(text.getText("experimentlog.sandbox.create")))
                .append("</button></li></ul></div>")
                .append("<div class=\"aui-header-secondary\"><ul class=\"aui-nav\">");
        List<SandboxMenus.Section> admin =
                SandboxMenus.sectionsAt(descriptor, "admin_plugins_menu", fragments::shows);
        if (!admin.isEmpty()) {
            nav.append("<li>")
                    .append(
                            dropdown(
                                    context,
                                    text,
                                    "admin_menu",
                                    text.getText("experimentlog.sandbox.admin"),
                                    "",
                                    admin,
                                    aui))
                    .append("</li>");
        }
        String user = CurrentUser.name().orElse("");
        String here = request.getRequestURI();
        String initials = user.isEmpty() ? "?" : user.substring(0, 1).toUpperCase(Locale.ROOT);
        String themeItems =
                themeLink(
                                here,
                                "light",
                                text.getText("experimentlog.sandbox.theme.light"),
                                theme,
                                aui)
                        + themeLink(
                                here,
                                "dark",
                                text.getText("experimentlog.sandbox.theme.dark"),
                                theme,
                                aui);
        String logout =
                aui
                        ? "<aui-item-link href=\""
                                + context
                                + "/logout\">"
                                + Html.escape(text.getText("experimentlog.sandbox.logout"))
                                + "</aui-item-link>"
                        : "<li><a href=\""
                                + context
                                + "/logout\">"
                                + Html.escape(text.getText("experimentlog.sandbox.logout"))
                                + "</a></li>";
        String label = Html.escape(text.getText("experimentlog.sandbox.user", user));
        String avatar =
                "<span class=\"sandbox-initials\" aria-hidden=\"true\">"
                        + Html.escape(initials)
                        + "</span>";
        if (aui) {
            nav.append(
                            "<li><button type=\"button\" class=\"aui-dropdown2-trigger aui-dropdown2-trigger-arrowless aui-button aui-button-subtle\" id=\"user-options\" aria-controls=\"user-options-menu\" aria-label=\"")
                    .append(label)
                    .append("\">")
                    .append(avatar)
                    .append("</button><aui-dropdown-menu id=\"user-options-menu\">")
                    .append("<aui-section label=\"")
                    .append(Html.escape(text.getText("experimentlog.sandbox.theme")))
                    .append("\">")
                    .append(themeItems)
                    .append("</aui-section><aui-section>")
                    .append(logout)
                    .append("</aui-section></aui-dropdown-menu></li>");
        } else {
            nav.append("<li><span id=\"user-options\">")
                    .append(avatar)
                    .append(" ")
                    .append(Html.escape(user))
                    .append("</span><ul class=\"sandbox-plain-nav\" aria-label=\"")
                    .append(label)
                    .append("\">")
                    .append(themeItems)
                    .append(logout)
                    .append("</ul></li>");
        }
        return nav.append("</ul></div></div></nav>").toString();
    }

    private static String themeLink(
            String here, String theme, String label, String current, boolean aui) {
        String href = Html.escape(here) + "?theme=" + theme;
        String checked = theme.equals(current) ? " aria-current=\"true\"" : "";
        return aui
                ? "<aui-item-link id=\"sandbox-theme-"
                        + theme
                        + "\" href=\""
                        + href
                        + "\""
                        + checked
                        + ">"
                        + Html.escape(label)
                        + (theme.equals(current) ? " \u2713" : "")
                        + "</aui-item-link>"
                : "<li><a id=\"sandbox-theme-"
                        + theme
                        + "\" href=\""
                        + href
                        + "\""
                        + checked
                        + ">"
                        + Html.escape(label)
                        + "</a></li>";
    }

    private static String link(
            String context, SandboxI18n text, SandboxMenus.Link link, String extra) {
        return "<a id=\""
                + Html.escape(link.key())
                + "\" href=\""
                + context
                + Html.escape(link.link())
                + "\""
                + extra
                + ">"
                + Html.escape(text.getText(link.labelKey()))
                + "</a>";
    }

    /**
     * A drop-down of the header: AUI's dropdown2 (a trigger and an {@code aui-dropdown-menu} of
     * sections and item links), or, when AUI is missing, the same links as a plain list.
     */
    private static String dropdown(
            String context,
            SandboxI18n text,
            String key,
            String label,
            String extra,
            List<SandboxMenus.Section> sections,
            boolean aui) {
        StringBuilder html = new StringBuilder();
        if (!aui) {
            html.append("<span id=\"")
                    .append(Html.escape(key))
                    .append("\">")
                    .append(Html.escape(label))
                    .append("</span>")
                    .append("<ul class=\"sandbox-plain-nav\">");
            sections.forEach(
                    section ->
                            section.links()
                                    .forEach(
                                            link ->
                                                    html.append("<li>")
                                                            .append(link(context, text, link, ""))
                                                            .append("</li>")));
            return html.append("</ul>").toString();
        }
        html.append("<a href=\"#")
                .append(Html.escape(key))
                .append("-menu\" id=\"")
                .append(Html.escape(key))
                .append("\" class=\"aui-dropdown2-trigger\" aria-controls=\"")
                .append(Html.escape(key))
                .append("-menu\"")
                .append(extra)
                .append(">")
                .append(Html.escape(label))
                .append("</a><aui-dropdown-menu id=\"")
                .append(Html.escape(key))
                .append("-menu\">");
        for (SandboxMenus.Section section : sections) {
            html.append("<aui-section label=\"")
                    .append(Html.escape(text.getText(section.labelKey())))
                    .append("\">");
            for (SandboxMenus.Link link : section.links()) {
                html.append("<aui-item-link id=\"")
                        .append(Html.escape(link.key()))
                        .append("\" href=\"")
                        .append(context)
                        .append(Html.escape(link.link()))
                        .append("\">")
                        .append(Html.escape(text.getText(link.labelKey())))
                        .append("</aui-item-link>");
            }
            html.append("</aui-section>");
        }
        return html.append("</aui-dropdown-menu>").toString();
    }

    /**
     * Jira's project sidebar, in small: the descriptor's web items in the apps' section of the
     * sidebar, with the project key in their links where Jira puts it ({@code
     * $pathEncodedProjectKey}).
     */
    static String projectSidebar(
            HttpServletRequest request,
            SandboxI18n text,
            PluginDescriptor descriptor,
            String projectKey) {
        return projectSidebar(request, text, descriptor, projectKey, "");
    }

    /**
     * The project sidebar with the item whose link is {@code selected} (after the project key is
     * put in) marked as the current page, as Jira marks the selected item of a project page.
     */
    static String projectSidebar(
            HttpServletRequest request,
            SandboxI18n text,
            PluginDescriptor descriptor,
            String projectKey,
            String selected) {
        String encoded = URLEncoder.encode(projectKey, StandardCharsets.UTF_8);
        StringBuilder nav =
                new StringBuilder(
                        "<nav class=\"sandbox-sidebar sandbox-project-sidebar\" aria-label=\""
                                + Html.escape(
                                        text.getText("experimentlog.sandbox.sidebar", projectKey))
                                + "\"><h2>"
                                + Html.escape(
                                        text.getText("experimentlog.sandbox.sidebar", projectKey))
                                + "</h2><ul>");
        for (PluginDescriptor.WebItemModule item : descriptor.webItems()) {
            if (item.section().equals(PROJECT_SIDEBAR)) {
                String link = item.link().replace("$pathEncodedProjectKey", encoded);
                nav.append("<li><a class=\"")
                        .append(Html.escape(item.key()))
                        .append("\" href=\"")
                        .append(request.getContextPath())
                        .append(Html.escape(link))
                        .append(link.equals(selected) ? "\" aria-current=\"page\">" : "\">")
                        .append(Html.escape(text.getText(item.labelKey())))
                        .append("</a></li>");
            }
        }
        return nav.append("</ul></nav>").toString();
    }

    /**
     * The sandbox banner (an AUI message), and why the pages look plain when the build could not
     * fetch AUI.
     */
    private static String banner(SandboxI18n text, SandboxAui aui) {
        String missing =
                aui.missingReason()
                        .map(
                                reason ->
                                        "<div class=\"aui-message aui-message-warning sandbox-banner\" id=\"sandbox-aui-missing\"><p>"
                                                + Html.escape(
                                                        text.getText(
                                                                "experimentlog.sandbox.aui.missing",
                                                                reason))
                                                + "</p></div>")
                        .orElse("");
        return "<div class=\"aui-message aui-message-info sandbox-banner\" id=\"sandbox-banner\"><p><strong>"
                + Html.escape(text.getText("experimentlog.sandbox.banner"))
                + "</strong></p></div>"
                + missing;
    }

    /**
     * The language the browser asks for first (Dutch or English), or the one named by {@code
     * ?lang}.
     */
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
        private Html() {}

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
