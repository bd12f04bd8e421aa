package org.experimentlog.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.UserRef;
import org.experimentlog.sandbox.SandboxPages.Html;
import org.experimentlog.testing.PluginDescriptor;

/**
 * The workflow in the sandbox's pages. On the issue page: the status and a button per transition
 * offered now; a button posts to {@code /secure/WorkflowUIDispatcher.jspa} (Jira's path for
 * transitions from the issue view) with the session's {@code atl_token}, and a refusal comes back
 * on the issue page as an alert. For administrators, the Experiment workflow's transitions at
 * {@value #WORKFLOW_PAGE}, with the plugin's validator and condition as Jira's workflow editor
 * shows them: their {@code view} template, and their {@code edit-parameters} template in a form
 * whose submission goes through the module factory's {@code getDescriptorParams}.
 */
final class SandboxWorkflowPages extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String DISPATCHER = "/secure/WorkflowUIDispatcher.jspa";
    static final String WORKFLOW_PAGE = "/secure/admin/workflows/ViewWorkflowTransition.jspa";
    private static final String TOKEN = "sandbox.atl_token";
    private static final String FLASH = "sandbox.transition.error";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient SandboxIssueGateway issues;
    private final transient SandboxAccessPolicy access;
    private final transient SandboxWorkflow workflow;
    private final transient SandboxDirectory directory;
    private final transient SandboxVelocity velocity;
    private final transient PluginDescriptor descriptor;
    private final transient WebFragmentConditions fragments;

    SandboxWorkflowPages(
            SandboxIssueGateway issues,
            SandboxAccessPolicy access,
            SandboxWorkflow workflow,
            SandboxDirectory directory,
            PluginDescriptor descriptor,
            WebFragmentConditions fragments) {
        this.issues = issues;
        this.access = access;
        this.workflow = workflow;
        this.directory = directory;
        this.descriptor = descriptor;
        this.fragments = fragments;
        this.velocity = new SandboxVelocity(Set.copyOf(descriptor.allowedMethods()));
    }

    /** The session's XSRF token for the sandbox's own forms, as Jira's {@code atl_token}. */
    static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(TOKEN);
        if (token == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            session.setAttribute(TOKEN, token);
        }
        return (String) token;
    }

    private static boolean tokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(TOKEN) != null
                && session.getAttribute(TOKEN).equals(request.getParameter("atl_token"));
    }

    /** The page's language, which the forms carry on so the answer comes in it too. */
    private static String language(SandboxI18n text) {
        return "nl".equals(text.getLocale().getLanguage()) ? "nl" : "en";
    }

    /**
     * The issue page's workflow section: status, a refusal from the last attempt, the transition
     * buttons.
     */
    String issueSection(HttpServletRequest request, SandboxI18n text, IssueSummary issue) {
        SandboxWorkflow.Status status = workflow.statusOf(issue);
        StringBuilder html =
                new StringBuilder(
                        "<section class=\"sandbox-workflow\" aria-labelledby=\"sandbox-workflow-heading\">"
                                + "<h2 id=\"sandbox-workflow-heading\">"
                                + Html.escape(
                                        text.getText("experimentlog.sandbox.workflow.heading"))
                                + "</h2><p>"
                                + Html.escape(text.getText("experimentlog.sandbox.workflow.status"))
                                + ": <strong id=\"issue-status\">"
                                + Html.escape(status.name())
                                + "</strong></p>");
        HttpSession session = request.getSession(false);
        Object flash = session == null ? null : session.getAttribute(FLASH);
        if (flash instanceof String[] error && error[0].equals(issue.ref().key())) {
            session.removeAttribute(FLASH);
            html.append("<p role=\"alert\" class=\"error\" id=\"transition-error\">")
                    .append(Html.escape(error[1]))
                    .append("</p>");
        }
        boolean mayTransition =
                CurrentUser.name()
                        .map(u -> access.canEdit(new UserRef(u), issue.ref()))
                        .orElse(false);
        var offered =
                mayTransition ? workflow.available(issue) : List.<SandboxWorkflow.Transition>of();
        if (!offered.isEmpty()) {
            html.append("<ul class=\"sandbox-transitions\" aria-label=\"")
                    .append(Html.escape(text.getText("experimentlog.sandbox.workflow.transitions")))
                    .append("\">");
            for (SandboxWorkflow.Transition t : offered) {
                html.append("<li><form method=\"post\" action=\"")
                        .append(request.getContextPath())
                        .append(DISPATCHER)
                        .append("\"><input type=\"hidden\" name=\"key\" value=\"")
                        .append(Html.escape(issue.ref().key()))
                        .append("\"><input type=\"hidden\" name=\"action\" value=\"")
                        .append(Html.escape(t.id()))
                        .append("\"><input type=\"hidden\" name=\"atl_token\" value=\"")
                        .append(token(request))
                        .append("\"><input type=\"hidden\" name=\"lang\" value=\"")
                        .append(language(text))
                        .append("\"><button type=\"submit\" class=\"aui-button\" id=\"action_id_")
                        .append(Html.escape(t.id()))
                        .append("\">")
                        .append(Html.escape(t.name()))
                        .append("</button></form></li>");
            }
            html.append("</ul>");
        }
        return html.append("</section>").toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!WORKFLOW_PAGE.equals(request.getServletPath()) || !mayAdminister(request, response)) {
            if (!response.isCommitted()) {
                response.sendError(404);
            }
            return;
        }
        workflowPage(request, response, null, 200);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (WORKFLOW_PAGE.equals(request.getServletPath())) {
            configure(request, response);
            return;
        }
        String key = request.getParameter("key");
        Optional<IssueSummary> issue =
                key == null
                        ? Optional.empty()
                        : issues.findByKey(key)
                                .filter(
                                        i ->
                                                CurrentUser.name()
                                                        .map(
                                                                u ->
                                                                        access.canBrowse(
                                                                                new UserRef(u),
                                                                                i.ref()))
                                                        .orElse(false));
        if (CurrentUser.name().isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login.jsp");
            return;
        }
        if (issue.isEmpty() || !tokenMatches(request)) {
            response.sendError(issue.isEmpty() ? 404 : 403);
            return;
        }
        SandboxI18n text = SandboxPages.text(request);
        String id = String.valueOf(request.getParameter("action"));
        String name =
                workflow.workflowOf(issue.get()).transitions().stream()
                        .filter(t -> t.id().equals(id))
                        .map(SandboxWorkflow.Transition::name)
                        .findFirst()
                        .orElse(id);
        String notOffered =
                text.getText(
                        "experimentlog.sandbox.transition.invalid", name, issue.get().ref().key());
        try {
            if (!access.canEdit(new UserRef(CurrentUser.name().get()), issue.get().ref())) {
                throw new SandboxWorkflow.Refused(notOffered, false);
            }
            workflow.perform(issue.get(), id, notOffered);
        } catch (SandboxWorkflow.Refused e) {
            request.getSession(true)
                    .setAttribute(FLASH, new String[] {issue.get().ref().key(), e.getMessage()});
        }
        response.sendRedirect(
                request.getContextPath()
                        + "/browse/"
                        + URLEncoder.encode(issue.get().ref().key(), StandardCharsets.UTF_8)
                        + "?lang="
                        + language(text));
    }

    private boolean mayAdminister(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<String> user = CurrentUser.name();
        if (user.isEmpty()) {
            response.sendRedirect(
                    request.getContextPath()
                            + "/login.jsp?os_destination="
                            + URLEncoder.encode(WORKFLOW_PAGE, StandardCharsets.UTF_8));
            return false;
        }
        if (!directory.isAdministrator(user.get())) {
            response.sendError(403);
            return false;
        }
        return true;
    }

    private void configure(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!mayAdminister(request, response)) {
            return;
        }
        if (!tokenMatches(request)) {
            response.sendError(403);
            return;
        }
        String module = request.getParameter("module");
        boolean known = descriptor.workflowModules().stream().anyMatch(m -> m.key().equals(module));
        SandboxI18n text = SandboxPages.text(request);
        if (!known) {
            workflowPage(
                    request,
                    response,
                    text.getText("experimentlog.sandbox.workflow.unknown-module"),
                    400);
            return;
        }
        Map<String, Object> form = new HashMap<>();
        request.getParameterMap()
                .forEach(
                        (name, values) -> {
                            if (!name.equals("module")
                                    && !name.equals("atl_token")
                                    && !name.equals("lang")) {
                                form.put(name, values);
                            }
                        });
        try {
            workflow.configure(module, form);
        } catch (IllegalArgumentException e) {
            workflowPage(
                    request,
                    response,
                    text.getText("experimentlog.sandbox.workflow.invalid-setting"),
                    400);
            return;
        }
        response.sendRedirect(request.getContextPath() + WORKFLOW_PAGE + "?lang=" + language(text));
    }

    private void workflowPage(
            HttpServletRequest request, HttpServletResponse response, String error, int status)
            throws IOException {
        SandboxI18n text = SandboxPages.text(request);
        String title = text.getText("experimentlog.sandbox.workflow.title");
        StringBuilder body =
                new StringBuilder("<main><h1>").append(Html.escape(title)).append("</h1>");
        if (error != null) {
            body.append("<p role=\"alert\" class=\"error\">")
                    .append(Html.escape(error))
                    .append("</p>");
        }
        Map<String, SandboxWorkflow.Gate> configurable = new LinkedHashMap<>();
        for (SandboxWorkflow.Workflow experiment : workflow.experimentWorkflows()) {
            body.append("<table class=\"aui\"><caption>")
                    .append(Html.escape(experiment.name()))
                    .append("</caption><thead><tr><th scope=\"col\">")
                    .append(Html.escape(text.getText("experimentlog.sandbox.workflow.transition")))
                    .append("</th><th scope=\"col\">")
                    .append(Html.escape(text.getText("experimentlog.sandbox.workflow.to")))
                    .append("</th><th scope=\"col\">")
                    .append(Html.escape(text.getText("experimentlog.sandbox.workflow.conditions")))
                    .append("</th><th scope=\"col\">")
                    .append(Html.escape(text.getText("experimentlog.sandbox.workflow.validators")))
                    .append("</th></tr></thead><tbody>");
            for (SandboxWorkflow.Transition t : experiment.transitions()) {
                body.append("<tr><th scope=\"row\">")
                        .append(Html.escape(t.name()))
                        .append("</th><td>")
                        .append(Html.escape(t.to().name()))
                        .append("</td><td>")
                        .append(gates(t.conditions(), text))
                        .append("</td><td>")
                        .append(gates(t.validators(), text))
                        .append("</td></tr>");
                for (SandboxWorkflow.Gate gate : concat(t.conditions(), t.validators())) {
                    configurable.putIfAbsent(gate.module().key(), gate);
                }
            }
            body.append("</tbody></table>");
        }
        for (SandboxWorkflow.Gate gate : configurable.values()) {
            if (!gate.module().templates().containsKey("edit-parameters")) {
                continue;
            }
            boolean validator = gate.module().validator();
            String formId = "configure-" + gate.module().key();
            body.append("<form method=\"post\" class=\"aui sandbox-workflow-edit\" id=\"")
                    .append(formId)
                    .append("\" aria-labelledby=\"")
                    .append(formId)
                    .append("-heading\"><h2 id=\"")
                    .append(formId)
                    .append("-heading\">")
                    .append(
                            Html.escape(
                                    text.getText(
                                            validator
                                                    ? "experimentlog.sandbox.workflow.edit-validator"
                                                    : "experimentlog.sandbox.workflow.edit-condition",
                                            text.getText(gate.module().nameKey()))))
                    .append("</h2><input type=\"hidden\" name=\"module\" value=\"")
                    .append(Html.escape(gate.module().key()))
                    .append("\"><input type=\"hidden\" name=\"atl_token\" value=\"")
                    .append(token(request))
                    .append("\"><input type=\"hidden\" name=\"lang\" value=\"")
                    .append(language(text))
                    .append("\">")
                    .append(render(gate, "edit-parameters", text))
                    .append("<p><button type=\"submit\" class=\"aui-button\">")
                    .append(Html.escape(text.getText("experimentlog.sandbox.workflow.update")))
                    .append("</button></p></form>");
        }
        response.setStatus(status);
        SandboxPages.decorated(
                request,
                response,
                Html.escape(title),
                body.append("</main>").toString(),
                "",
                descriptor,
                fragments);
    }

    private static List<SandboxWorkflow.Gate> concat(
            List<SandboxWorkflow.Gate> a, List<SandboxWorkflow.Gate> b) {
        List<SandboxWorkflow.Gate> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private String gates(List<SandboxWorkflow.Gate> gates, SandboxI18n text) {
        if (gates.isEmpty()) {
            return Html.escape(text.getText("experimentlog.sandbox.workflow.none"));
        }
        StringBuilder html = new StringBuilder("<ul>");
        for (SandboxWorkflow.Gate gate : gates) {
            html.append("<li><strong>")
                    .append(Html.escape(text.getText(gate.module().nameKey())))
                    .append("</strong>: ")
                    .append(render(gate, "view", text))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }

    /**
     * A module template, with the factory's parameters for it and, unless the factory gave one,
     * Jira's {@code $i18n}.
     */
    private String render(SandboxWorkflow.Gate gate, String resource, SandboxI18n text) {
        Map<String, Object> context =
                new HashMap<>(
                        workflow.factory(gate)
                                .getVelocityParams(
                                        resource,
                                        gate.module().validator()
                                                ? SandboxWorkflow.validatorDescriptor(gate)
                                                : SandboxWorkflow.conditionDescriptor(gate)));
        context.putIfAbsent("i18n", text);
        return velocity.render(gate.module().templates().get(resource), context);
    }
}
