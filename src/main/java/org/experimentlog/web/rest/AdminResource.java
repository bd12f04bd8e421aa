package org.experimentlog.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.app.DataExportService;
import org.experimentlog.app.ProjectSetupService;
import org.experimentlog.app.port.ExperimentProjects;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.audit.AuditedType;
import org.springframework.stereotype.Component;

/**
 * What Jira administrators manage: the app settings, the audit history of any object and the
 * default departments.
 *
 * <p>Statuses: 200 done; 400 invalid input (the field is named); 401 not logged in; 403 not an
 * administrator; 409 stale version. The export is a download of everything; see {@link #export()}.
 */
@Component
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class AdminResource {
    private final AdministrationService administration;
    private final DataExportService exports;
    private final ProjectSetupService projects;
    private final ObjectMapper mapper;
    private final UserDirectory users;
    private final AuditEntryJsonMapper audit;

    @Inject
    public AdminResource(
            AdministrationService administration,
            DataExportService exports,
            ProjectSetupService projects,
            ObjectMapperResolver mappers,
            UserDirectory users,
            AuditEntryJsonMapper audit) {
        this.administration = administration;
        this.exports = exports;
        this.projects = projects;
        this.mapper = mappers.getContext(Object.class);
        this.users = users;
        this.audit = audit;
    }

    /** The settings, or the defaults before any were saved. 200; 403. */
    @GET
    @Path("config")
    public SettingsJson settings() {
        return AdministrationJsonMapper.toJson(administration.settings());
    }

    /**
     * Replaces the settings; needs the version the client read. 200 with the settings as saved; 400
     * a missing field, an unknown group or a confidence level other than 0.8, 0.9, 0.95 or 0.99;
     * 403; 409 someone else saved first.
     */
    @PUT
    @Path("config")
    public SettingsJson saveSettings(SettingsJson body) {
        SettingsJson json = JsonInput.required(body, "body");
        return AdministrationJsonMapper.toJson(
                administration.saveSettings(AdministrationJsonMapper.settings(json)));
    }

    /**
     * The audited changes to one object, newest first: {@code type} is an audited type's code
     * ({@code outcome}, {@code department}, {@code settings} with id 1, …). 200 (an empty page for
     * an object without changes); 400 a missing or unknown type, an id that is not a positive
     * number, or a bad page; 403.
     */
    @GET
    @Path("audit")
    public PageJson<AuditEntryJson> audit(
            @QueryParam("type") String type,
            @QueryParam("id") String id,
            @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        return PageJson.of(
                administration.history(
                        JsonInput.requiredCode(AuditedType.class, type, "type"),
                        objectId(id),
                        new PageRequest(
                                JsonInput.startAt(startAt), JsonInput.maxResults(maxResults))),
                audit::toJson);
    }

    /** The latest changes to anything, newest first. 200; 400 a bad page; 403. */
    @GET
    @Path("audit/recent")
    public PageJson<AuditEntryJson> recentChanges(
            @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults,
            @QueryParam("type") String type,
            @QueryParam("actor") String actor) {
        return PageJson.of(
                administration.recentChanges(
                        JsonInput.code(AuditedType.class, type, "type"),
                        actor,
                        new PageRequest(
                                JsonInput.startAt(startAt), JsonInput.maxResults(maxResults))),
                audit::toJson);
    }

    /**
     * Everything the app stores, as one JSON document to download: settings, departments, outcomes
     * with their measurements, experiments with their iterations, results and learnings, failure
     * stories (never an anonymous story's author), and retrospectives with their notes and actions.
     * It is written while it is read. 200; 403 before anything is written.
     */
    @GET
    @Path("export")
    public Response export() {
        exports.checkAllowed();
        StreamingOutput body = out -> exports.export(new JsonExportWriter(mapper, out, users));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"experiment-log-export.json\"")
                .build();
    }

    /** Every project, by key, with whether it offers the Experiment issue type. 200; 403. */
    @GET
    @Path("projects")
    public ValuesJson<ProjectUseJson> projects() {
        return new ValuesJson<>(projects.projects().stream().map(AdminResource::toJson).toList());
    }

    /**
     * Offers the Experiment issue type in a project ({@code {"offered": true}}) or stops offering
     * it. 200 with the project; 400 a missing {@code offered} or a malformed key; 403; 404 no such
     * project; 409 the project still has experiments, so the type stays.
     */
    @PUT
    @Path("projects/{projectKey}")
    public ProjectUseJson offer(@PathParam("projectKey") String key, ProjectUseJson body) {
        ProjectUseJson json = JsonInput.required(body, "body");
        return toJson(
                projects.offer(new ProjectKey(key), JsonInput.required(json.offered(), "offered")));
    }

    private static ProjectUseJson toJson(ExperimentProjects.ProjectUse use) {
        return new ProjectUseJson(use.key().value(), use.name(), use.offered(), use.sharedScheme());
    }

    /**
     * Creates the default departments when there are none yet. 200 with how many were created (0 or
     * all); 403.
     */
    @POST
    @Path("departments/defaults")
    public DefaultDepartmentsJson createDefaultDepartments() {
        return new DefaultDepartmentsJson(administration.createDefaultDepartments());
    }

    /**
     * The id is read as text so a malformed one is a 400 naming it, not the 404 JAX-RS gives a bad
     * query parameter.
     */
    private static long objectId(String id) {
        String text = JsonInput.required(id, "id").strip();
        if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) == 0) {
            throw new InvalidInputException("id", ErrorKey.POSITIVE_WHOLE_NUMBER, "id");
        }
        return Long.parseLong(text);
    }
}
