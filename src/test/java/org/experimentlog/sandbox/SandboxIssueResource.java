package org.experimentlog.sandbox;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.experimentlog.app.ExperimentService;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.UserRef;

/**
 * What Jira itself offers in production, for tests and demos: create and delete issues ({@code
 * /rest/sandbox/1.0/issues}). Deleting tells the app, as Jira's issue-deleted event will.
 * Administrators only.
 */
@Path("issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class SandboxIssueResource {
    private final SandboxIssueGateway issues;
    private final ExperimentService experiments;
    private final SandboxExperimentProjects projects;

    SandboxIssueResource(
            SandboxIssueGateway issues,
            ExperimentService experiments,
            SandboxExperimentProjects projects) {
        this.issues = issues;
        this.experiments = experiments;
        this.projects = projects;
    }

    /** A new issue: project key, summary and type ({@code Experiment} or anything else). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewIssue(String project, String summary, String type) {}

    /** An issue as the sandbox knows it. */
    public record IssueJson(long id, String key, String summary, boolean experiment) {
        static IssueJson of(IssueSummary issue) {
            return new IssueJson(
                    issue.ref().id(), issue.ref().key(), issue.summary(), issue.experiment());
        }
    }

    @POST
    public Response create(NewIssue body) {
        if (SandboxIssueGateway.EXPERIMENT_TYPE.equals(body.type())
                && !projects.offers(body.project())) {
            // As in Jira, a project only takes the issue types of its scheme.
            throw new InvalidInputException(
                    "type",
                    "The project " + body.project() + " does not offer the issue type Experiment.");
        }
        IssueSummary created = issues.create(body.project(), body.summary(), body.type());
        return Response.status(201).entity(IssueJson.of(created)).build();
    }

    @GET
    @Path("{key}")
    public IssueJson get(@PathParam("key") String key) {
        return issues.findByKey(key)
                .map(IssueJson::of)
                .orElseThrow(() -> new NotFoundException("No issue " + key + "."));
    }

    @DELETE
    @Path("{key}")
    public Response delete(@PathParam("key") String key) {
        IssueSummary issue =
                issues.findByKey(key)
                        .orElseThrow(() -> new NotFoundException("No issue " + key + "."));
        experiments.deleteWithIssue(
                issue.ref().id(), new UserRef(CurrentUser.name().orElseThrow()));
        issues.delete(issue.ref().id());
        return Response.noContent().build();
    }
}
