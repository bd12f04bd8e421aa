package org.experimentlog.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Jira's {@code GET /rest/api/2/search?jql=…&startAt=&maxResults=} in the sandbox, with Jira's
 * answer shape: {@code {startAt, maxResults, total, issues: [{id, key, self, fields: {summary,
 * issuetype, project}}]}}, and a 400 with {@code {errorMessages: […], errors: {}}} for a query Jira
 * would refuse (messages in the caller's language). A plain servlet mapped to that one path, so the
 * sandbox's other Jira REST resources can share {@code /rest/api/2}.
 */
final class SandboxSearchResource extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_MAX_RESULTS = 50;

    private final transient SandboxJql jql;
    private final transient ObjectMapper json = new ObjectMapper();

    SandboxSearchResource(SandboxJql jql) {
        this.jql = jql;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SandboxI18n text = new SandboxI18n(CurrentUser.locale());
        Integer startAt = number(request.getParameter("startAt"), 0);
        Integer maxResults = number(request.getParameter("maxResults"), DEFAULT_MAX_RESULTS);
        if (startAt == null || startAt < 0) {
            refuse(response, List.of(text.getText("experimentlog.sandbox.jql.start-at")));
            return;
        }
        if (maxResults == null || maxResults < 0) {
            refuse(response, List.of(text.getText("experimentlog.sandbox.jql.max-results")));
            return;
        }
        SandboxJql.Result result;
        try {
            result =
                    jql.search(
                            request.getParameter("jql"),
                            CurrentUser.name(),
                            startAt,
                            Math.min(maxResults, SandboxJql.MAX_RESULTS),
                            text);
        } catch (SandboxJql.InvalidQuery e) {
            refuse(response, e.messages());
            return;
        }
        String base =
                request.getScheme()
                        + "://"
                        + request.getServerName()
                        + ":"
                        + request.getServerPort()
                        + request.getContextPath();
        ObjectNode body = json.createObjectNode();
        body.put("expand", "schema,names");
        body.put("startAt", result.startAt());
        body.put("maxResults", result.maxResults());
        body.put("total", result.total());
        ArrayNode issues = body.putArray("issues");
        for (SandboxJql.Hit hit : result.issues()) {
            ObjectNode issue = issues.addObject();
            issue.put("expand", "operations,editmeta,changelog,transitions,renderedFields");
            issue.put("id", Long.toString(hit.id()));
            issue.put("self", base + "/rest/api/2/issue/" + hit.id());
            issue.put("key", hit.key());
            ObjectNode fields = issue.putObject("fields");
            fields.put("summary", hit.summary());
            ObjectNode type = fields.putObject("issuetype");
            type.put("name", hit.issueType());
            type.put("subtask", false);
            ObjectNode project = fields.putObject("project");
            project.put("key", hit.projectKey());
            project.put("name", hit.projectName());
        }
        write(response, 200, body);
    }

    private void refuse(HttpServletResponse response, List<String> messages) throws IOException {
        ObjectNode body = json.createObjectNode();
        ArrayNode errorMessages = body.putArray("errorMessages");
        messages.forEach(errorMessages::add);
        body.putObject("errors");
        write(response, 400, body);
    }

    private void write(HttpServletResponse response, int status, ObjectNode body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** The whole number given, the default when absent, null when it is no whole number. */
    private static Integer number(String given, int otherwise) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.valueOf(given.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
