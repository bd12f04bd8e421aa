package org.experimentlog.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.UserRef;

/**
 * Jira's REST resource for an issue's transitions, {@code /rest/api/2/issue/{key}/transitions}, in
 * the sandbox: {@code GET} lists what the caller is offered now (conditions run); {@code POST
 * {"transition":{"id":"41"}}} performs one (conditions again, then validators) and answers 204.
 * Failures answer in Jira's error shape, {@code {"errorMessages":[…],"errors":{}}}: 404 for an
 * issue the caller cannot see, 400 for a body without a transition, a transition not offered now,
 * or a validator's refusal (its message, in the caller's language). As in Jira, a user without
 * permission to transition (here: to edit the issue) is offered nothing.
 */
@Path("{key}/transitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class SandboxTransitionResource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxIssueGateway issues;
    private final SandboxAccessPolicy access;
    private final SandboxWorkflow workflow;

    SandboxTransitionResource(
            SandboxIssueGateway issues, SandboxAccessPolicy access, SandboxWorkflow workflow) {
        this.issues = issues;
        this.access = access;
        this.workflow = workflow;
    }

    @GET
    public Response list(@PathParam("key") String key) {
        Optional<IssueSummary> issue = visible(key);
        if (issue.isEmpty()) {
            return notFound(key);
        }
        List<Map<String, Object>> transitions = new ArrayList<>();
        for (SandboxWorkflow.Transition t : offered(issue.get())) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", t.id());
            json.put("name", t.name());
            json.put("to", status(t.to()));
            json.put("hasScreen", false);
            json.put("isGlobal", t.from().isEmpty());
            json.put("isConditional", !t.conditions().isEmpty());
            transitions.add(json);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expand", "transitions");
        body.put("transitions", transitions);
        return Response.ok(body).build();
    }

    @POST
    public Response perform(@PathParam("key") String key, String body) {
        Optional<IssueSummary> issue = visible(key);
        if (issue.isEmpty()) {
            return notFound(key);
        }
        SandboxI18n text = new SandboxI18n(CurrentUser.locale());
        String id;
        try {
            JsonNode transition =
                    body == null || body.isBlank()
                            ? null
                            : JSON.readTree(body).path("transition").path("id");
            id =
                    transition == null || transition.isMissingNode() || transition.isNull()
                            ? null
                            : transition.asText();
        } catch (IOException e) {
            return error(400, text.getText("experimentlog.sandbox.transition.badjson"));
        }
        if (id == null || id.isBlank() || id.length() > 20) {
            return error(400, text.getText("experimentlog.sandbox.transition.missing"));
        }
        return perform(issue.get(), id, text);
    }

    private Response perform(IssueSummary issue, String id, SandboxI18n text) {
        if (!mayTransition(issue)) {
            return error(400, notOffered(text, issue, id));
        }
        try {
            workflow.perform(issue, id, notOffered(text, issue, id));
            return Response.noContent().build();
        } catch (SandboxWorkflow.Refused e) {
            return error(400, e.getMessage());
        }
    }

    private String notOffered(SandboxI18n text, IssueSummary issue, String id) {
        String name =
                workflow.workflowOf(issue).transitions().stream()
                        .filter(t -> t.id().equals(id))
                        .map(SandboxWorkflow.Transition::name)
                        .findFirst()
                        .orElse(id);
        return text.getText("experimentlog.sandbox.transition.invalid", name, issue.ref().key());
    }

    private List<SandboxWorkflow.Transition> offered(IssueSummary issue) {
        return mayTransition(issue) ? workflow.available(issue) : List.of();
    }

    private boolean mayTransition(IssueSummary issue) {
        return CurrentUser.name()
                .map(u -> access.canEdit(new UserRef(u), issue.ref()))
                .orElse(false);
    }

    private Optional<IssueSummary> visible(String key) {
        return issues.findByKey(key)
                .filter(
                        i ->
                                CurrentUser.name()
                                        .map(u -> access.canBrowse(new UserRef(u), i.ref()))
                                        .orElse(false));
    }

    static Map<String, Object> status(SandboxWorkflow.Status status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", status.id());
        json.put("name", status.name());
        json.put("statusCategory", Map.of("key", status.category()));
        return json;
    }

    private static Response notFound(String key) {
        return error(
                404,
                new SandboxI18n(CurrentUser.locale())
                        .getText("experimentlog.sandbox.issue.notfound", key));
    }

    /** Jira's error shape. */
    static Response error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorMessages", List.of(message));
        body.put("errors", Map.of());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
