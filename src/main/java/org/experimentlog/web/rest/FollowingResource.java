package org.experimentlog.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.experimentlog.app.digest.FollowingService;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.follow.DigestFrequency;
import org.experimentlog.domain.follow.DigestPreferences;
import org.experimentlog.domain.follow.FollowKind;
import org.experimentlog.domain.follow.FollowTarget;
import org.springframework.stereotype.Component;

/**
 * Following departments, outcomes, tags and projects, and how the digest comes.
 *
 * <p>Statuses: 200 done; 204 stopped; 400 invalid input (the field is named: {@code kind}, {@code
 * value}, {@code frequency}, {@code language}, {@code token}); 401 not logged in (except the
 * unsubscribe link); 409 the limit of follows is reached.
 */
@Component
@Path("following")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class FollowingResource {
    private final FollowingService following;

    @Inject
    public FollowingResource(FollowingService following) {
        this.following = following;
    }

    /**
     * What the caller follows, oldest first (their department's default after their own), and their
     * digest. 200; 401.
     */
    @GET
    public FollowingJson list() {
        FollowingService.Following all = following.following();
        return new FollowingJson(
                all.follows().stream().map(FollowJson::of).toList(),
                all.preferences().frequency().code(),
                all.preferences().language().orElse(null));
    }

    /**
     * Follows one thing; following it again changes nothing. 200 with the follow; 400 unknown or
     * hidden; 401; 409.
     */
    @POST
    public FollowJson follow(FollowRequestJson body) {
        FollowTarget target = target(JsonInput.required(body, "body"));
        following.follow(target);
        return following.following().follows().stream()
                .filter(f -> f.follow().target().equals(target))
                .findFirst()
                .map(FollowJson::of)
                .orElseThrow(() -> new IllegalStateException("A new follow is listed"));
    }

    /**
     * Stops following one thing (a department default is turned off). 204, also when it was not
     * followed; 400; 401.
     */
    @DELETE
    public Response unfollow(@QueryParam("kind") String kind, @QueryParam("value") String value) {
        following.unfollow(target(new FollowRequestJson(kind, value)));
        return Response.noContent().build();
    }

    /** Whether the caller follows one thing, for the pages' Follow buttons. 200; 400; 401. */
    @GET
    @Path("status")
    public FollowStatusJson status(
            @QueryParam("kind") String kind, @QueryParam("value") String value) {
        FollowTarget target = target(new FollowRequestJson(kind, value));
        return new FollowStatusJson(
                target.kind().code(), target.value(), following.isFollowing(target));
    }

    /**
     * Saves how often (daily, weekly) and in which language (en, nl, or null for the profile's) the
     * digest comes. 200; 400; 401.
     */
    @PUT
    @Path("preferences")
    public DigestPreferencesJson preferences(DigestPreferencesJson body) {
        DigestPreferencesJson json = JsonInput.required(body, "body");
        DigestFrequency frequency =
                JsonInput.requiredCode(DigestFrequency.class, json.frequency(), "frequency");
        DigestPreferences saved =
                following.savePreferences(frequency, Optional.ofNullable(json.language()));
        return new DigestPreferencesJson(saved.frequency().code(), saved.language().orElse(null));
    }

    /**
     * Stops the one subscription an unsubscribe link names; works without logging in, since the
     * link is signed for that person and that thing. 200 with what was stopped; 400 a link that is
     * not valid.
     */
    @POST
    @Path("unsubscribe")
    @UnrestrictedAccess
    public FollowJson unsubscribe(UnsubscribeJson body) {
        UnsubscribeJson json = JsonInput.required(body, "body");
        if (json.token() == null || json.token().isBlank()) {
            throw new InvalidInputException("token", ErrorKey.UNSUBSCRIBE_LINK_INVALID);
        }
        return FollowJson.of(following.unsubscribe(json.token()));
    }

    static FollowTarget target(FollowRequestJson json) {
        FollowKind kind = JsonInput.requiredCode(FollowKind.class, json.kind(), "kind");
        if (json.value() == null || json.value().isBlank()) {
            throw new InvalidInputException("value", ErrorKey.VALUE_REQUIRED, "value");
        }
        if (json.value().length() > 100) {
            throw new InvalidInputException(
                    "value", ErrorKey.FOLLOW_ID_INVALID, json.value().substring(0, 100));
        }
        return new FollowTarget(kind, json.value());
    }
}
