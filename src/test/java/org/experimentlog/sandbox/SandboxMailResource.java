package org.experimentlog.sandbox;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.scheduler.config.JobId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * What the sandbox's SMTP server received ({@code GET /rest/sandbox/1.0/mail}: recipient, sender,
 * subject, text and HTML bodies; {@code DELETE} forgets it), and its scheduler's jobs run on demand
 * ({@code POST /rest/sandbox/1.0/scheduler/jobs/{id}/run}). Administrators only: mail holds what
 * its reader may see.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class SandboxMailResource {
    private final SandboxMail mail;
    private final SandboxScheduler scheduler;

    SandboxMailResource(SandboxMail mail, SandboxScheduler scheduler) {
        this.mail = mail;
        this.scheduler = scheduler;
    }

    /** The received mail, oldest first; what is still queued is sent first. */
    @GET
    @Path("mail")
    public Map<String, Object> received() {
        mail.flush();
        List<SandboxMail.ReceivedMail> messages = mail.received();
        return Map.of("total", messages.size(), "values", messages);
    }

    /** Forgets the received mail. 204. */
    @DELETE
    @Path("mail")
    public Response clear() {
        mail.clear();
        return Response.noContent().build();
    }

    /**
     * Runs a scheduled job now, as the scheduler would. 200 with its message; 404 for a job not
     * scheduled.
     */
    @POST
    @Path("scheduler/jobs/{id}/run")
    public Map<String, Object> run(@PathParam("id") String id) {
        String message =
                scheduler
                        .runNow(JobId.of(id))
                        .orElseThrow(() -> new NotFoundException("No job " + id));
        mail.flush();
        return Map.of("job", id, "message", message);
    }
}
