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
import java.util.List;
import java.util.Map;
import org.experimentlog.app.FailureStoryService;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.springframework.stereotype.Component;

/**
 * Failures shared: blameless stories, "this helped me" and where a lesson was applied. A story the
 * caller may not read answers 404, never 403, so its existence does not leak; the author of an
 * anonymous story is never sent. Every change to a story answers with the story as stored, so a
 * client always has the current version.
 *
 * <p>Statuses: 200/201/204 done; 400 invalid input (the field is named); 401 not logged in; 403 may
 * read but not edit or delete the story; 404 no such story or no permission to see it (or the
 * issue, for "applied in"); 409 stale version, or marking one's own story.
 */
@Component
@Path("failures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class FailureStoryResource {
    private final FailureStoryService stories;

    @Inject
    public FailureStoryResource(FailureStoryService stories) {
        this.stories = stories;
    }

    /**
     * The stories the caller may read, newest first, filtered by department (id), contributing
     * factor (code), impact (code), the day shared ({@code from}, {@code to}, ISO days) and words
     * the story contains ({@code text}, at most 200 characters). 200; 400 a malformed filter or
     * page.
     */
    @GET
    public PageJson<FailureStoryJson> feed(
            @QueryParam("department") String department,
            @QueryParam("factor") String factor,
            @QueryParam("impact") String impact,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("text") String text,
            @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        Page<FailureStory> page =
                stories.feed(
                        FailureStoryJsonMapper.filter(department, factor, impact, from, to, text),
                        new PageRequest(
                                JsonInput.startAt(startAt), JsonInput.maxResults(maxResults)));
        Map<FailureStoryId, Integer> helped = stories.helpedCounts(page.items());
        return PageJson.of(page, story -> FailureStoryJsonMapper.toJson(story, helped));
    }

    /** One story. 200; 404. */
    @GET
    @Path("{id}")
    public FailureStoryJson get(@PathParam("id") long id) {
        return json(stories.view(new FailureStoryId(id)));
    }

    /**
     * Shares a story. 201 with the story; 400 (also an unknown department or experiment); 404
     * experiment not visible.
     */
    @POST
    public Response share(FailureStoryRequestJson.StoryJson body) {
        FailureStory saved =
                stories.share(FailureStoryJsonMapper.share(JsonInput.required(body, "body")));
        return Response.status(Response.Status.CREATED)
                .entity(get(saved.requireId().value()))
                .build();
    }

    /**
     * Replaces a story's text, factors, impact, link, audience and anonymity. 200; 400; 403; 404;
     * 409 stale version.
     */
    @PUT
    @Path("{id}")
    public FailureStoryJson edit(@PathParam("id") long id, FailureStoryRequestJson.StoryJson body) {
        stories.edit(
                FailureStoryJsonMapper.edit(
                        new FailureStoryId(id), JsonInput.required(body, "body")));
        return get(id);
    }

    /** Deletes a story with its marks and "applied in" records. 204; 403; 404. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        stories.delete(new FailureStoryId(id));
        return Response.noContent().build();
    }

    /**
     * Says "this helped me". Idempotent: 200 {@code {"marked":true}} whether or not the caller had
     * said so already (the mark is recorded and audited once); 404; 409 the caller's own story.
     */
    @POST
    @Path("{id}/helpful")
    public FailureStoryJson.MarkedJson markHelped(@PathParam("id") long id) {
        stories.markHelped(new FailureStoryId(id));
        return new FailureStoryJson.MarkedJson(true);
    }

    /**
     * Takes "this helped me" back. Idempotent: 200 {@code {"unmarked":true}} whether or not there
     * was a mark to take back (a removal is audited once); 404.
     */
    @DELETE
    @Path("{id}/helpful")
    public FailureStoryJson.UnmarkedJson unmarkHelped(@PathParam("id") long id) {
        stories.unmarkHelped(new FailureStoryId(id));
        return new FailureStoryJson.UnmarkedJson(true);
    }

    /**
     * Where the story's lesson was applied, oldest first, in issues the caller can see. 200; 404.
     */
    @GET
    @Path("{id}/applied")
    public ValuesJson<FailureStoryJson.AppliedInJson> appliedIn(@PathParam("id") long id) {
        return new ValuesJson<>(
                stories.appliedIn(new FailureStoryId(id)).stream()
                        .map(FailureStoryJsonMapper::toJson)
                        .toList());
    }

    /**
     * Records that the lesson was applied in an experiment issue; once per story and issue. 201
     * with the record; 400; 403 the caller may not edit the issue; 404 story or issue; 409 already
     * recorded for this issue (the existing record stays as it was). With {@code restore=true} it
     * re-creates a removed record (the pages' Undo) and the audit log says it was restored.
     */
    @POST
    @Path("{id}/applied")
    public Response recordAppliedIn(
            @PathParam("id") long id,
            @QueryParam("restore") String restore,
            FailureStoryRequestJson.AppliedInChangeJson body) {
        boolean restoring = JsonInput.flag(restore, "restore");
        FailureStoryJson.AppliedInJson saved =
                FailureStoryJsonMapper.toJson(
                        stories.recordAppliedIn(
                                FailureStoryJsonMapper.appliedIn(
                                        new FailureStoryId(id), JsonInput.required(body, "body")),
                                restoring));
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    /**
     * Removes the record that the lesson was applied in an issue (the key is matched without regard
     * to case). 204; 401; 403 neither who recorded it nor an administrator; 404 no such story,
     * issue or record.
     */
    @DELETE
    @Path("{id}/applied/{issueKey}")
    public Response removeAppliedIn(
            @PathParam("id") long id, @PathParam("issueKey") String issueKey) {
        stories.removeAppliedIn(new FailureStoryId(id), issueKey);
        return Response.noContent().build();
    }

    private FailureStoryJson json(FailureStory story) {
        return FailureStoryJsonMapper.toJson(story, stories.helpedCounts(List.of(story)));
    }
}
