package org.experimentlog.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.experimentlog.app.ExperimentService;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.UserRef;
import org.experimentlog.testing.PluginDescriptor;

/**
 * The few other Jira REST resources the smoke test ({@code tools/SmokeTest.java}) calls, in the
 * sandbox, with Jira's paths and error shape: create an issue ({@code POST /rest/api/2/issue}),
 * delete one ({@code DELETE /rest/api/2/issue/{key}}, telling the app as Jira's issue-deleted event
 * does), the issue types ({@code GET /rest/api/2/issuetype}), and UPM's plugin resource ({@code GET
 * /rest/plugins/1.0/{pluginKey}-key}: the app enabled, with the descriptor's modules, all enabled;
 * UPM's module fields beyond {@code key} and {@code enabled} are not imitated). Creating and
 * deleting need edit rights on the project (Jira: create and delete permissions); UPM needs an
 * administrator.
 */
final class SandboxJiraRestResources {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxJiraRestResources() {}

    private static boolean mayEdit(SandboxDirectory directory, String projectKey) {
        return CurrentUser.name()
                .flatMap(directory::user)
                .flatMap(
                        u ->
                                directory
                                        .project(projectKey)
                                        .map(
                                                p ->
                                                        u.groups().stream()
                                                                .anyMatch(
                                                                        p.editGroups()::contains)))
                .orElse(false);
    }

    /** {@code /rest/api/2/issue}: create and delete. */
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.WILDCARD)
    public static final class Issues {
        private final SandboxIssueGateway issues;
        private final SandboxAccessPolicy access;
        private final SandboxDirectory directory;
        private final SandboxExperimentProjects projects;
        private final ExperimentService experiments;

        Issues(
                SandboxIssueGateway issues,
                SandboxAccessPolicy access,
                SandboxDirectory directory,
                SandboxExperimentProjects projects,
                ExperimentService experiments) {
            this.issues = issues;
            this.access = access;
            this.directory = directory;
            this.projects = projects;
            this.experiments = experiments;
        }

        @POST
        public Response create(String body) {
            SandboxI18n text = new SandboxI18n(CurrentUser.locale());
            JsonNode fields;
            try {
                fields = body == null || body.isBlank() ? null : JSON.readTree(body).path("fields");
            } catch (IOException e) {
                return SandboxTransitionResource.error(
                        400, text.getText("experimentlog.sandbox.transition.badjson"));
            }
            String project = fields == null ? "" : fields.path("project").path("key").asText("");
            String summary = fields == null ? "" : fields.path("summary").asText("");
            String type = fields == null ? "" : fields.path("issuetype").path("name").asText("");
            Map<String, String> errors = new LinkedHashMap<>();
            if (directory.project(project).isEmpty()) {
                errors.put("project", "valid project is required");
            } else if (!mayEdit(directory, project)) {
                errors.put(
                        "project", "You do not have permission to create issues in this project.");
            }
            if (summary.isBlank() || summary.length() > 255) {
                errors.put("summary", "You must specify a summary of the issue.");
            }
            if (!type.equals("Experiment") && !type.equals("Task")) {
                errors.put("issuetype", "valid issue type is required");
            } else if (type.equals("Experiment") && errors.isEmpty() && !projects.offers(project)) {
                errors.put("issuetype", "The issue type selected is invalid.");
            }
            if (!errors.isEmpty()) {
                return Response.status(400)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("errorMessages", List.of(), "errors", errors))
                        .build();
            }
            IssueSummary created = issues.create(project, summary, type);
            return Response.status(201)
                    .entity(
                            Map.of(
                                    "id",
                                    String.valueOf(created.ref().id()),
                                    "key",
                                    created.ref().key()))
                    .build();
        }

        @DELETE
        @Path("{key}")
        public Response delete(@PathParam("key") String key) {
            Optional<IssueSummary> issue =
                    issues.findByKey(key)
                            .filter(
                                    i ->
                                            CurrentUser.name()
                                                    .map(
                                                            u ->
                                                                    access.canBrowse(
                                                                            new UserRef(u),
                                                                            i.ref()))
                                                    .orElse(false));
            SandboxI18n text = new SandboxI18n(CurrentUser.locale());
            if (issue.isEmpty()) {
                return SandboxTransitionResource.error(
                        404, text.getText("experimentlog.sandbox.issue.notfound", key));
            }
            if (!mayEdit(directory, issue.get().ref().projectKey().value())) {
                return SandboxTransitionResource.error(
                        403, "You do not have permission to delete issues in this project.");
            }
            experiments.deleteWithIssue(
                    issue.get().ref().id(), new UserRef(CurrentUser.name().orElseThrow()));
            issues.delete(issue.get().ref().id());
            return Response.noContent().build();
        }
    }

    /** {@code /rest/api/2/issuetype}: the sandbox's two issue types. */
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class IssueTypes {
        @GET
        public List<Map<String, Object>> list() {
            return List.of(
                    Map.of("id", "10002", "name", "Task", "subtask", false),
                    Map.of(
                            "id",
                            "10100",
                            "name",
                            SandboxIssueGateway.EXPERIMENT_TYPE,
                            "subtask",
                            false));
        }
    }

    /** {@code /rest/plugins/1.0/{pluginKey}-key}: UPM's view of the app, for administrators. */
    @Path("{plugin}")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Upm {
        private final PluginDescriptor descriptor;
        private final SandboxDirectory directory;

        Upm(PluginDescriptor descriptor, SandboxDirectory directory) {
            this.descriptor = descriptor;
            this.directory = directory;
        }

        @GET
        public Response plugin(@PathParam("plugin") String plugin) {
            if (CurrentUser.name().map(directory::isAdministrator).orElse(false) == Boolean.FALSE) {
                return SandboxTransitionResource.error(403, "Only administrators can manage apps.");
            }
            if (!plugin.equals(descriptor.pluginKey() + "-key")) {
                return SandboxTransitionResource.error(404, "No app " + plugin + ".");
            }
            List<Map<String, Object>> modules = new ArrayList<>();
            for (String key : descriptor.moduleKeys()) {
                modules.add(
                        Map.of(
                                "key",
                                key,
                                "completeKey",
                                descriptor.pluginKey() + ":" + key,
                                "enabled",
                                true));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("key", descriptor.pluginKey());
            body.put("enabled", true);
            body.put("modules", modules);
            return Response.ok(body).build();
        }
    }
}
