package org.experimentlog.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import org.experimentlog.app.digest.DigestService;
import org.experimentlog.app.digest.FollowingService;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.department.DepartmentId;
import org.springframework.stereotype.Component;

/**
 * The digests for administrators: run them now, see the last run, department defaults and follower
 * counts.
 *
 * <p>Statuses: 200 done; 204 saved; 400 invalid input (the field is named); 401 not logged in; 403
 * not an administrator; 409 the digests are being sent right now.
 */
@Component
@Path("admin/digests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class DigestAdminResource {
    private final DigestService digests;
    private final FollowingService following;

    @Inject
    public DigestAdminResource(DigestService digests, FollowingService following) {
        this.digests = digests;
        this.following = following;
    }

    /** The last run, the default departments and the follower counts. 200; 403. */
    @GET
    public DigestAdminJson overview() {
        DigestRunJson last =
                digests.lastRun()
                        .map(
                                r ->
                                        new DigestRunJson(
                                                r.startedAt().toString(),
                                                r.finishedAt().map(Object::toString).orElse(null),
                                                r.trigger(),
                                                r.recipients(),
                                                r.mails(),
                                                r.inDoubt()))
                        .orElse(null);
        return new DigestAdminJson(
                last,
                new ArrayList<>(following.defaultDepartments()),
                following.followerCounts().stream()
                        .map(
                                c ->
                                        new FollowerCountJson(
                                                c.target().kind().code(),
                                                c.target().value(),
                                                c.name(),
                                                c.ownChoice(),
                                                c.byDefault()))
                        .toList());
    }

    /**
     * Sends the digests now: everyone who follows something gets what happened since their last
     * digest; nobody with nothing to report gets mail. 200 with the run's figures; 403; 409 already
     * running.
     */
    @POST
    @Path("run")
    public DigestRunJson run() {
        DigestService.RunSummary run = digests.sendNow();
        return new DigestRunJson(
                run.startedAt().toString(),
                run.finishedAt().toString(),
                run.trigger(),
                run.recipients(),
                run.mails(),
                run.inDoubt());
    }

    /** Makes a department's members follow it by default, or stops that. 204; 400; 403. */
    @PUT
    @Path("defaults/{departmentId}")
    public Response defaultFollow(
            @PathParam("departmentId") String departmentId, DefaultFollowJson body) {
        DefaultFollowJson json = JsonInput.required(body, "body");
        if (json.followByDefault() == null) {
            throw new InvalidInputException(
                    "followByDefault", ErrorKey.VALUE_REQUIRED, "followByDefault");
        }
        Integer id = JsonInput.whole(departmentId, "departmentId");
        if (id == null || id <= 0) {
            throw new InvalidInputException("departmentId", ErrorKey.DEPARTMENT_ID_NOT_POSITIVE);
        }
        following.setDefaultFollow(new DepartmentId(id), json.followByDefault());
        return Response.noContent().build();
    }
}
