package org.experimentlog.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.experimentlog.app.RegisterService;
import org.experimentlog.app.Registration;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.Publication;
import org.springframework.stereotype.Component;

/**
 * A team's side of the public register: the experiment's registration and publications, the preview
 * of exactly what publishing would make public, publishing (a new version each time) and
 * withdrawing with a reason.
 */
@Component
@Path("publications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicationResource {
    private final RegisterService register;

    @Inject
    public PublicationResource(RegisterService register) {
        this.register = register;
    }

    /**
     * The registration and publications of the experiment on an issue. 200; 401; 404 no such issue
     * or experiment.
     */
    @GET
    @Path("{issueKey}")
    public RegisterJson.PublicationStateJson state(
            @PathParam("issueKey") String issueKey, @Context UriInfo uri) {
        Registration r = register.registration(issueKey);
        String base = base(uri);
        List<RegisterJson.StoryChoiceJson> stories =
                r.canPublish()
                        ? register.publishableStories(issueKey).stream()
                                .map(
                                        s ->
                                                new RegisterJson.StoryChoiceJson(
                                                        s.requireId().value(), s.text().title()))
                                .toList()
                        : List.of();
        return new RegisterJson.PublicationStateJson(
                issueKey,
                r.plan().isPresent(),
                r.plan().map(p -> p.late()).orElse(false),
                r.plan().isPresent() ? r.planVersion() : 0,
                r.deviations().size(),
                r.canPublish(),
                r.publications().stream().map(p -> version(p, base)).toList(),
                stories);
    }

    /**
     * Exactly what publishing would make public now, nothing stored. 200; 400 a story that may not
     * be published; 401; 403 may not edit; 404; 409 publishing is off, or the experiment is not
     * concluded or abandoned, or its departments may not publish.
     */
    @POST
    @Path("{issueKey}/preview")
    public PublicRecord preview(
            @PathParam("issueKey") String issueKey, RegisterJson.PublishJson body) {
        return register.preview(issueKey, stories(body));
    }

    /**
     * Publishes the experiment as its next version. 201 with the version; 400; 401; 403; 404; 409
     * as preview.
     */
    @POST
    @Path("{issueKey}")
    public Response publish(
            @PathParam("issueKey") String issueKey,
            RegisterJson.PublishJson body,
            @Context UriInfo uri) {
        Publication saved = register.publish(issueKey, stories(body));
        return Response.status(Response.Status.CREATED).entity(version(saved, base(uri))).build();
    }

    /**
     * Withdraws the public version with a reason. 200; 400 no reason; 401; 403; 404; 409 nothing
     * public.
     */
    @POST
    @Path("{issueKey}/withdrawal")
    public RegisterJson.VersionJson withdraw(
            @PathParam("issueKey") String issueKey,
            RegisterJson.WithdrawJson body,
            @Context UriInfo uri) {
        RegisterJson.WithdrawJson json = JsonInput.required(body, "body");
        return version(register.withdraw(issueKey, json.reason()), base(uri));
    }

    private static List<FailureStoryId> stories(RegisterJson.PublishJson body) {
        if (body == null) {
            return List.of();
        }
        return JsonInput.list(body.stories()).stream()
                .map(
                        id -> {
                            if (id == null || id <= 0) {
                                throw new InvalidInputException(
                                        "stories", ErrorKey.FAILURE_STORY_ID_NOT_POSITIVE);
                            }
                            return new FailureStoryId(id);
                        })
                .toList();
    }

    private static RegisterJson.VersionJson version(Publication p, String base) {
        return new RegisterJson.VersionJson(
                p.version(),
                p.publishedAt().toString(),
                p.withdrawn().map(w -> w.at().toString()).orElse(null),
                RegisterJsonMapper.entryUrl(base, p.experimentId().value())
                        + "?version="
                        + p.version());
    }

    private static String base(UriInfo uri) {
        String rest = uri.getBaseUri().toString();
        int at = rest.indexOf("/rest/");
        return at < 0 ? rest : rest.substring(0, at);
    }
}
