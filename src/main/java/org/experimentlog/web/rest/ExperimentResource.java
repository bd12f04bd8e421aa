package org.experimentlog.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.experimentlog.app.ExperimentService;
import org.experimentlog.app.command.Abandon;
import org.experimentlog.app.command.AddIteration;
import org.experimentlog.app.command.AddLearning;
import org.experimentlog.app.command.Conclude;
import org.experimentlog.app.command.EditHypothesis;
import org.experimentlog.app.command.EditIteration;
import org.experimentlog.app.command.EditLearning;
import org.experimentlog.app.command.EditPlan;
import org.experimentlog.app.command.MoveStage;
import org.experimentlog.app.command.OpenExperiment;
import org.experimentlog.app.command.RecordResult;
import org.experimentlog.app.command.ReviseResult;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.ResultId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;
import org.springframework.stereotype.Component;

/**
 * Experiments by issue key, with their iterations, results and learnings. Every change answers with
 * the whole experiment as stored, so a client always has the current versions.
 *
 * <p>Statuses: 200/201 done; 400 invalid input (the field is named); 401 not logged in; 403 may see
 * but not edit the issue; 404 no such issue, no permission to see it, or no experiment on it; 409
 * stale version or a stage rule.
 */
@Component
@Path("experiments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ExperimentResource {
    private final ExperimentService experiments;
    private final AuditEntryJsonMapper audit;

    @Inject
    public ExperimentResource(ExperimentService experiments, AuditEntryJsonMapper audit) {
        this.experiments = experiments;
        this.audit = audit;
    }

    /**
     * A page of a project's experiments, newest first. 200; 400 without a valid project; 404
     * project not visible.
     */
    @GET
    public PageJson<ExperimentJson> list(
            @QueryParam("project") String project,
            @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        ProjectKey key = new ProjectKey(JsonInput.required(project, "project"));
        double confidence = experiments.confidenceLevel();
        return PageJson.of(
                experiments.list(
                        key,
                        new PageRequest(
                                JsonInput.startAt(startAt), JsonInput.maxResults(maxResults))),
                record -> ExperimentJsonMapper.toJson(record, confidence));
    }

    /** The experiment on an issue. 200; 404. */
    @GET
    @Path("{issueKey}")
    public ExperimentJson get(@PathParam("issueKey") String issueKey) {
        return ExperimentJsonMapper.toJson(
                experiments.view(issueKey), experiments.confidenceLevel());
    }

    /**
     * Opens an experiment on an issue of type Experiment. 201; 403; 404; 409 not an Experiment
     * issue or already open.
     */
    @POST
    @Path("{issueKey}")
    public Response open(@PathParam("issueKey") String issueKey) {
        experiments.open(new OpenExperiment(issueKey));
        return Response.status(Response.Status.CREATED).entity(get(issueKey)).build();
    }

    /**
     * Replaces the hypothesis. 200; 400 (also: a registered plan changes without {@code
     * deviationReason}); 403; 404; 409.
     */
    @PUT
    @Path("{issueKey}/hypothesis")
    public ExperimentJson editHypothesis(
            @PathParam("issueKey") String issueKey,
            ExperimentRequestJson.HypothesisChangeJson body) {
        ExperimentRequestJson.HypothesisChangeJson json = JsonInput.required(body, "body");
        experiments.editHypothesis(
                new EditHypothesis(
                        issueKey,
                        JsonInput.version(json.version()),
                        new Hypothesis(
                                json.change(),
                                json.audience(),
                                json.expectedResult(),
                                json.reason(),
                                json.signal()),
                        json.deviationReason()));
        return get(issueKey);
    }

    /**
     * Replaces the method, departments, linked outcomes and planned sample size. 200; 400 unknown
     * department or outcome, a sample size out of range, or a registered plan that changes without
     * {@code deviationReason}; 403; 404; 409.
     */
    @PUT
    @Path("{issueKey}/plan")
    public ExperimentJson editPlan(
            @PathParam("issueKey") String issueKey, ExperimentRequestJson.PlanJson body) {
        ExperimentRequestJson.PlanJson json = JsonInput.required(body, "body");
        experiments.editPlan(
                new EditPlan(
                        issueKey,
                        JsonInput.version(json.version()),
                        JsonInput.code(Method.class, json.method(), "method"),
                        json.methodDetails(),
                        ExperimentJsonMapper.departments(json.departments()),
                        ExperimentJsonMapper.outcomes(json.outcomes()),
                        json.plannedSampleSize(),
                        json.deviationReason()));
        return get(issueKey);
    }

    /**
     * Moves the experiment to another stage: {@code running}, {@code analysing}, {@code concluded}
     * (with a verdict; needs a learning) or {@code abandoned} (with the reason in {@code note}).
     * 200; 400; 403; 404; 409.
     */
    @POST
    @Path("{issueKey}/transitions")
    public ExperimentJson transition(
            @PathParam("issueKey") String issueKey, ExperimentRequestJson.TransitionJson body) {
        ExperimentRequestJson.TransitionJson json = JsonInput.required(body, "body");
        long version = JsonInput.version(json.version());
        Stage stage = JsonInput.requiredCode(Stage.class, json.stage(), "stage");
        switch (stage) {
            case CONCLUDED ->
                    experiments.conclude(
                            new Conclude(
                                    issueKey,
                                    version,
                                    JsonInput.code(Verdict.class, json.verdict(), "verdict"),
                                    json.note()));
            case ABANDONED -> experiments.abandon(new Abandon(issueKey, version, json.note()));
            default -> experiments.moveStage(new MoveStage(issueKey, version, stage));
        }
        return get(issueKey);
    }

    /**
     * Reopens a concluded or abandoned experiment, back to analysing (or designing when it never
     * ran): {@code {"version":5,"reason":"The figures were wrong"}}. 200 with the experiment; 400
     * no reason; 403 may not edit the issue; 404; 409 not concluded or abandoned, or a stale
     * version.
     */
    @POST
    @Path("{issueKey}/reopen")
    public ExperimentJson reopen(
            @PathParam("issueKey") String issueKey, ExperimentRequestJson.ReopenJson body) {
        ExperimentRequestJson.ReopenJson json = JsonInput.required(body, "body");
        experiments.reopen(issueKey, JsonInput.version(json.version()), json.reason());
        return get(issueKey);
    }

    /**
     * Deletes the experiment's last iteration with its results (learnings and stories about it
     * stay, untied). 204; 401; 403; 404; 409 not the last iteration, or the experiment is closed.
     */
    @DELETE
    @Path("{issueKey}/iterations/{iterationId}")
    public Response deleteIteration(
            @PathParam("issueKey") String issueKey, @PathParam("iterationId") long iterationId) {
        experiments.deleteIteration(issueKey, new IterationId(iterationId));
        return Response.noContent().build();
    }

    /**
     * Adds the next iteration. 201; 400; 403; 404; 409 closed experiment or added at the same
     * moment.
     */
    @POST
    @Path("{issueKey}/iterations")
    public Response addIteration(
            @PathParam("issueKey") String issueKey,
            ExperimentRequestJson.IterationChangeJson body) {
        ExperimentRequestJson.IterationChangeJson json = JsonInput.required(body, "body");
        experiments.addIteration(
                new AddIteration(
                        issueKey,
                        json.change(),
                        JsonInput.day(json.startDate(), "startDate"),
                        JsonInput.day(json.endDate(), "endDate")));
        return Response.status(Response.Status.CREATED).entity(get(issueKey)).build();
    }

    /**
     * Changes an iteration's plan and decision. 200; 400 (also: the registered plan's planned end
     * moves without {@code deviationReason}); 403; 404; 409.
     */
    @PUT
    @Path("{issueKey}/iterations/{iterationId}")
    public ExperimentJson editIteration(
            @PathParam("issueKey") String issueKey,
            @PathParam("iterationId") long iterationId,
            ExperimentRequestJson.IterationChangeJson body) {
        ExperimentRequestJson.IterationChangeJson json = JsonInput.required(body, "body");
        experiments.editIteration(
                new EditIteration(
                        issueKey,
                        new IterationId(iterationId),
                        JsonInput.version(json.version()),
                        json.change(),
                        JsonInput.day(json.startDate(), "startDate"),
                        JsonInput.day(json.endDate(), "endDate"),
                        JsonInput.code(Decision.class, json.decision(), "decision"),
                        json.rationale(),
                        json.deviationReason()));
        return get(issueKey);
    }

    /**
     * Records a result in an iteration. 201; 400 inconsistent figures (the field is named); 403;
     * 404; 409.
     */
    @POST
    @Path("{issueKey}/iterations/{iterationId}/results")
    public Response recordResult(
            @PathParam("issueKey") String issueKey,
            @PathParam("iterationId") long iterationId,
            ResultJson body) {
        ResultJson json = JsonInput.required(body, "body");
        experiments.recordResult(
                new RecordResult(
                        issueKey,
                        new IterationId(iterationId),
                        outcome(json),
                        json.title(),
                        ExperimentJsonMapper.measure(json),
                        json.note()));
        return Response.status(Response.Status.CREATED).entity(get(issueKey)).build();
    }

    /** Corrects a result. 200; 400; 403; 404; 409. */
    @PUT
    @Path("{issueKey}/results/{resultId}")
    public ExperimentJson reviseResult(
            @PathParam("issueKey") String issueKey,
            @PathParam("resultId") long resultId,
            ResultJson body) {
        ResultJson json = JsonInput.required(body, "body");
        experiments.reviseResult(
                new ReviseResult(
                        issueKey,
                        new ResultId(resultId),
                        JsonInput.version(json.version()),
                        outcome(json),
                        json.title(),
                        ExperimentJsonMapper.measure(json),
                        json.note()));
        return get(issueKey);
    }

    /** Deletes a result. 204; 403; 404; 409 closed experiment. */
    @DELETE
    @Path("{issueKey}/results/{resultId}")
    public Response deleteResult(
            @PathParam("issueKey") String issueKey, @PathParam("resultId") long resultId) {
        experiments.deleteResult(issueKey, new ResultId(resultId));
        return Response.noContent().build();
    }

    /** Adds a learning, optionally from one iteration. 201; 400; 403; 404. */
    @POST
    @Path("{issueKey}/learnings")
    public Response addLearning(
            @PathParam("issueKey") String issueKey, ExperimentRequestJson.LearningChangeJson body) {
        ExperimentRequestJson.LearningChangeJson json = JsonInput.required(body, "body");
        experiments.addLearning(
                new AddLearning(
                        issueKey,
                        json.iterationId() == null ? null : new IterationId(json.iterationId()),
                        json.statement(),
                        ExperimentJsonMapper.tags(json.tags())));
        return Response.status(Response.Status.CREATED).entity(get(issueKey)).build();
    }

    /** Rewords a learning and replaces its tags. 200; 400; 403; 404; 409. */
    @PUT
    @Path("{issueKey}/learnings/{learningId}")
    public ExperimentJson editLearning(
            @PathParam("issueKey") String issueKey,
            @PathParam("learningId") long learningId,
            ExperimentRequestJson.LearningChangeJson body) {
        ExperimentRequestJson.LearningChangeJson json = JsonInput.required(body, "body");
        experiments.editLearning(
                new EditLearning(
                        issueKey,
                        new LearningId(learningId),
                        JsonInput.version(json.version()),
                        json.statement(),
                        ExperimentJsonMapper.tags(json.tags())));
        return get(issueKey);
    }

    /** Deletes a learning. 204; 403; 404; 409 the last learning of a concluded experiment. */
    @DELETE
    @Path("{issueKey}/learnings/{learningId}")
    public Response deleteLearning(
            @PathParam("issueKey") String issueKey, @PathParam("learningId") long learningId) {
        experiments.deleteLearning(issueKey, new LearningId(learningId));
        return Response.noContent().build();
    }

    /**
     * The audited changes to the experiment, newest first, each summary in the caller's language.
     * 200; 404.
     */
    @GET
    @Path("{issueKey}/history")
    public PageJson<AuditEntryJson> history(
            @PathParam("issueKey") String issueKey,
            @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        return PageJson.of(
                experiments.history(
                        issueKey,
                        new PageRequest(
                                JsonInput.startAt(startAt), JsonInput.maxResults(maxResults))),
                audit::toJson);
    }

    private static OutcomeId outcome(ResultJson json) {
        return json.outcomeId() == null ? null : new OutcomeId(json.outcomeId());
    }
}
