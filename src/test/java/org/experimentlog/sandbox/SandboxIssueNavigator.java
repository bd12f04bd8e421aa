package org.experimentlog.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.experimentlog.sandbox.SandboxPages.Html;
import org.experimentlog.testing.PluginDescriptor;

/**
 * Jira's issue navigator in small, at {@code /issues/?jql=…}: a JQL field, the messages of a
 * refused query, and a table of the issues found, through the same {@link SandboxJql} as the REST
 * search. Nothing can be saved here.
 */
final class SandboxIssueNavigator extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    private final transient SandboxJql jql;
    private final transient PluginDescriptor descriptor;
    private final transient WebFragmentConditions fragments;

    SandboxIssueNavigator(
            SandboxJql jql, PluginDescriptor descriptor, WebFragmentConditions fragments) {
        this.jql = jql;
        this.descriptor = descriptor;
        this.fragments = fragments;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (CurrentUser.name().isEmpty()) {
            response.sendRedirect(
                    request.getContextPath()
                            + "/login.jsp?os_destination="
                            + URLEncoder.encode("/issues/", StandardCharsets.UTF_8));
            return;
        }
        SandboxI18n text = SandboxPages.text(request);
        String query = request.getParameter("jql");
        StringBuilder body =
                new StringBuilder("<main><h1>")
                        .append(Html.escape(text.getText("experimentlog.sandbox.navigator.title")))
                        .append("</h1>")
                        .append("<form method=\"get\" role=\"search\" action=\"")
                        .append(request.getContextPath())
                        .append("/issues/\"><p><label for=\"jql\">")
                        .append(Html.escape(text.getText("experimentlog.sandbox.navigator.query")))
                        .append("</label> ")
                        .append(
                                "<input id=\"jql\" name=\"jql\" type=\"text\" size=\"80\" maxlength=\"2000\" autocomplete=\"off\""
                                        + " spellcheck=\"false\" aria-describedby=\"jql-hint\" value=\"")
                        .append(Html.escape(query == null ? "" : query))
                        .append("\"> <button type=\"submit\">")
                        .append(Html.escape(text.getText("experimentlog.sandbox.navigator.search")))
                        .append("</button></p>")
                        .append("<p id=\"jql-hint\">")
                        .append(Html.escape(text.getText("experimentlog.sandbox.navigator.hint")))
                        .append("</p></form>");
        if (query != null) {
            if (query.length() > 2000) {
                response.setStatus(400);
                errors(body, text, List.of(text.getText("experimentlog.sandbox.jql.too-long")));
            } else {
                try {
                    results(
                            body,
                            text,
                            request,
                            jql.search(query, CurrentUser.name(), 0, PAGE, text));
                } catch (SandboxJql.InvalidQuery e) {
                    response.setStatus(400);
                    errors(body, text, e.messages());
                }
            }
        }
        body.append("</main>");
        SandboxPages.decorated(
                request,
                response,
                Html.escape(text.getText("experimentlog.sandbox.navigator.title")),
                body.toString(),
                "",
                descriptor,
                fragments);
    }

    private static void errors(StringBuilder body, SandboxI18n text, List<String> messages) {
        body.append("<div id=\"jql-errors\" role=\"alert\" class=\"error\"><h2>")
                .append(Html.escape(text.getText("experimentlog.sandbox.navigator.refused")))
                .append("</h2><ul>");
        for (String message : messages) {
            body.append("<li>").append(Html.escape(message)).append("</li>");
        }
        body.append("</ul></div>");
    }

    private static void results(
            StringBuilder body,
            SandboxI18n text,
            HttpServletRequest request,
            SandboxJql.Result result) {
        body.append("<p id=\"jql-count\" role=\"status\">")
                .append(
                        Html.escape(
                                text.getText(
                                        "experimentlog.sandbox.navigator.count",
                                        (Object) result.total())))
                .append("</p>");
        if (result.issues().isEmpty()) {
            return;
        }
        body.append("<table id=\"jql-results\"><caption>")
                .append(Html.escape(text.getText("experimentlog.sandbox.navigator.caption")))
                .append("</caption><thead><tr>");
        for (String column : new String[] {"key", "summary", "type", "project"}) {
            body.append("<th scope=\"col\">")
                    .append(
                            Html.escape(
                                    text.getText(
                                            "experimentlog.sandbox.navigator.column." + column)))
                    .append("</th>");
        }
        body.append("</tr></thead><tbody>");
        for (SandboxJql.Hit hit : result.issues()) {
            body.append("<tr><td><a href=\"")
                    .append(request.getContextPath())
                    .append("/browse/")
                    .append(Html.escape(hit.key()))
                    .append("\">")
                    .append(Html.escape(hit.key()))
                    .append("</a></td><td>")
                    .append(Html.escape(hit.summary()))
                    .append("</td><td>")
                    .append(Html.escape(hit.issueType()))
                    .append("</td><td>")
                    .append(Html.escape(hit.projectName()))
                    .append("</td></tr>");
        }
        body.append("</tbody></table>");
        if (result.total() > result.issues().size()) {
            body.append("<p>")
                    .append(
                            Html.escape(
                                    text.getText(
                                            "experimentlog.sandbox.navigator.more",
                                            (Object) result.issues().size())))
                    .append("</p>");
        }
    }
}
