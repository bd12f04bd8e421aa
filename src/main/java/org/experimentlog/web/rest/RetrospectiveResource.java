package org.experimentlog.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import java.util.List;
import org.experimentlog.app.RetrospectiveService;
import org.experimentlog.domain.retrospective.Scope;

/**
 * The retrospectives teams held: the notes and actions recorded for a scope and period. Any logged-in user may record
 * one; its author and administrators may revise it.
 */
@Named
@Path("retrospectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RetrospectiveResource {
    private final RetrospectiveService retrospectives;

    @Inject
    public RetrospectiveResource(RetrospectiveService retrospectives) {
        this.retrospectives = retrospectives;
    }

    /**
     * Every retrospective held on a scope ({@code scope=project&value=PERMIT}, {@code scope=everything}), newest period
     * first, in one page. 200; 400 a missing or malformed {@code scope} or {@code value} (named in the error); 401
     * not logged in; 404 a project the caller may not browse.
     */
    @GET
    public PageJson<RetrospectiveJson> heldOn(@QueryParam("scope") String scope, @QueryParam("value") String value) {
        Scope reviewed = RetrospectiveJsonMapper.scope(scope, value, "scope", "value");
        List<RetrospectiveJson> held = retrospectives.heldOn(reviewed).stream()
                .map(RetrospectiveJsonMapper::toJson).toList();
        return new PageJson<>(0, held.size(), held.size(), true, held);
    }

    /** Records a retrospective with its notes and actions. 201 with it as stored; 400 invalid input; 401. */
    @POST
    public Response hold(RetrospectiveJson body) {
        RetrospectiveJson json = JsonInput.required(body, "body");
        RetrospectiveJson saved = RetrospectiveJsonMapper.toJson(retrospectives.hold(RetrospectiveJsonMapper.toNew(json)));
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    /**
     * Revises the title, notes and actions; the scope and period stay what was reviewed (sent ones are ignored). 200 with it as stored; 400 invalid input; 401; 403 neither its author nor an administrator; 404
     * no such retrospective; 409 someone else revised it since the client read {@code version}.
     */
    @PUT
    @Path("{id}")
    public RetrospectiveJson revise(@PathParam("id") long id, RetrospectiveJson body) {
        RetrospectiveJson json = JsonInput.required(body, "body");
        return RetrospectiveJsonMapper.toJson(retrospectives.revise(RetrospectiveJsonMapper.toRevision(id, json)));
    }
}
