package org.experimentlog.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotAuthenticatedException;

/**
 * The sandbox's Create, as Jira's header offers it: the projects the logged-in user may create
 * issues in, with their issue types, and the creation of an issue ({@code
 * /rest/sandbox/1.0/create}). A user may create issues in the projects whose edit groups they
 * belong to (the demo users in their teams' projects), administrators everywhere. An Experiment
 * issue opens with the panel's empty state: the experiment itself is opened there.
 */
@Path("create")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SandboxCreateResource {
    static final String TASK_TYPE = "Task";
    private static final int SUMMARY_MAX = 255;

    private final SandboxDirectory directory;
    private final SandboxIssueGateway issues;
    private final SandboxExperimentProjects projects;

    SandboxCreateResource(
            SandboxDirectory directory,
            SandboxIssueGateway issues,
            SandboxExperimentProjects projects) {
        this.directory = directory;
        this.issues = issues;
        this.projects = projects;
    }

    /** A project the user may create issues in, with the issue types it offers. */
    public record ProjectJson(String key, String name, List<String> issueTypes) {}

    /** What the create dialog offers. */
    public record MetaJson(List<ProjectJson> projects) {}

    /** A new issue. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewIssueJson(String project, String issueType, String summary) {}

    /** The created issue and where it opens. */
    public record CreatedJson(String key, String url) {}

    /** The projects the caller may create issues in, with their issue types. 200; 401. */
    @GET
    @Path("meta")
    public MetaJson meta() {
        String user = user();
        List<ProjectJson> creatable = new ArrayList<>();
        for (SandboxDirectory.Project project : directory.projects()) {
            if (mayCreate(user, project)) {
                creatable.add(new ProjectJson(project.key(), project.name(), types(project)));
            }
        }
        return new MetaJson(creatable);
    }

    /**
     * Creates an issue. 201 with its key and address; 400 a missing or too long summary, or a type
     * the project does not offer (each naming the field); 401; 403 a project the caller may not
     * create issues in (or that does not exist).
     */
    @POST
    public Response create(NewIssueJson body) {
        String user = user();
        if (body == null) {
            throw new InvalidInputException("summary", ErrorKey.FIELD_REQUIRED, FieldLabel.TITLE);
        }
        SandboxDirectory.Project project =
                directory
                        .project(body.project() == null ? "" : body.project().strip())
                        .filter(p -> mayCreate(user, p))
                        .orElseThrow(
                                () ->
                                        new AccessDeniedException(
                                                "You may not create issues in this project."));
        String type = body.issueType() == null ? "" : body.issueType().strip();
        if (!types(project).contains(type)) {
            throw new InvalidInputException(
                    "issueType",
                    "The project " + project.key() + " does not offer this issue type.");
        }
        String summary =
                Fields.requiredName("summary", FieldLabel.TITLE, body.summary(), SUMMARY_MAX);
        IssueSummary created = issues.create(project.key(), summary, type);
        return Response.status(201)
                .entity(new CreatedJson(created.ref().key(), "/browse/" + created.ref().key()))
                .build();
    }

    private List<String> types(SandboxDirectory.Project project) {
        return projects.offers(project.key())
                ? List.of(SandboxIssueGateway.EXPERIMENT_TYPE, TASK_TYPE)
                : List.of(TASK_TYPE);
    }

    private boolean mayCreate(String user, SandboxDirectory.Project project) {
        return directory.isAdministrator(user)
                || directory
                        .user(user)
                        .map(u -> u.groups().stream().anyMatch(project.editGroups()::contains))
                        .orElse(false);
    }

    private static String user() {
        return CurrentUser.name().orElseThrow(NotAuthenticatedException::new);
    }
}
