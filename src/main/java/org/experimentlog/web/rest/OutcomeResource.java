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
import org.experimentlog.app.OutcomeService;
import org.experimentlog.app.command.RecordMeasurement;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.MeasurementId;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.springframework.stereotype.Component;

/**
 * Outcomes and their measurements. Every logged-in user reads them; administrators and members of
 * the configured outcome-manager group define them and record measurements. Every change answers
 * with what was stored, read back, so a client always has the current version.
 *
 * <p>Statuses: 200/201 done; 400 invalid input (the field is named); 401 not logged in; 403 not an
 * outcome manager; 404 no such outcome; 409 stale version.
 */
@Component
@Path("outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class OutcomeResource {
    private final OutcomeService outcomes;

    @Inject
    public OutcomeResource(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * Every outcome, by title, without the latest measurement (that needs one query per outcome
     * until the use case offers the latest measurements of many outcomes at once), and whether the
     * caller manages outcomes. 200.
     */
    @GET
    public OutcomeListJson list() {
        List<Outcome> all = outcomes.list();
        Map<OutcomeId, Measurement> latest = outcomes.latest(all);
        return new OutcomeListJson(
                all.stream()
                        .map(
                                o ->
                                        OutcomeJsonMapper.toJson(
                                                o,
                                                latest.containsKey(o.requireId())
                                                        ? List.of(latest.get(o.requireId()))
                                                        : List.of()))
                        .toList(),
                outcomes.canManage());
    }

    /**
     * Defines an outcome; it starts active. 201 with the outcome as stored; 400; 403 not an outcome
     * manager.
     */
    @POST
    public Response define(OutcomeJson body) {
        OutcomeJson json = JsonInput.required(body, "body");
        Outcome defined = outcomes.define(OutcomeJsonMapper.define(json));
        return Response.status(Response.Status.CREATED)
                .entity(get(defined.requireId().value()))
                .build();
    }

    /** An outcome with the progress of its latest measurement. 200; 404. */
    @GET
    @Path("{id}")
    public OutcomeJson get(@PathParam("id") long id) {
        OutcomeId outcome = new OutcomeId(id);
        return OutcomeJsonMapper.toJson(outcomes.view(outcome), outcomes.measurements(outcome));
    }

    /**
     * Changes an outcome's definition and status; needs the version the client read. 200 with the
     * outcome; 400; 403; 404; 409 someone else changed it first.
     */
    @PUT
    @Path("{id}")
    public OutcomeJson redefine(@PathParam("id") long id, OutcomeJson body) {
        OutcomeJson json = JsonInput.required(body, "body");
        outcomes.redefine(OutcomeJsonMapper.redefine(new OutcomeId(id), json));
        return get(id);
    }

    /** The measurements of an outcome, oldest day first. 200; 404. */
    @GET
    @Path("{id}/measurements")
    public ValuesJson<MeasurementJson> measurements(@PathParam("id") long id) {
        return new ValuesJson<>(
                outcomes.measurements(new OutcomeId(id)).stream()
                        .map(OutcomeJsonMapper::toJson)
                        .toList());
    }

    /**
     * Records a value of the outcome's metric for a day that is not in the future nor before 1900;
     * a percentage is from 0 to 100. 201 with the measurement as stored; 400; 403 not an outcome
     * manager; 404; 409 there is a measurement on that day already (the message gives its value:
     * correct it with PUT instead). With {@code restore=true} the measurement re-creates one that
     * was deleted (the pages' Undo) and the audit log says it was restored.
     */
    @POST
    @Path("{id}/measurements")
    public Response record(
            @PathParam("id") long id, @QueryParam("restore") String restore, MeasurementJson body) {
        MeasurementJson json = JsonInput.required(body, "body");
        boolean restoring = JsonInput.flag(restore, "restore");
        MeasurementId recorded =
                outcomes.record(OutcomeJsonMapper.record(new OutcomeId(id), json), restoring).id();
        // read back, as every write here answers: the store keeps times in milliseconds, the clock
        // gives nanoseconds
        MeasurementJson stored =
                measurements(id).values().stream()
                        .filter(m -> m.id() == recorded.value())
                        .findFirst()
                        .orElseThrow();
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    /**
     * Corrects a measurement's value, day or note. 200 with the measurement as stored; 400; 403 not
     * an outcome manager; 404 no such outcome or measurement; 409 another measurement is on the new
     * day.
     */
    @PUT
    @Path("{id}/measurements/{measurementId}")
    public MeasurementJson correct(
            @PathParam("id") long id,
            @PathParam("measurementId") long measurementId,
            MeasurementJson body) {
        MeasurementJson json = JsonInput.required(body, "body");
        RecordMeasurement checked = OutcomeJsonMapper.record(new OutcomeId(id), json);
        outcomes.correct(
                new OutcomeId(id),
                new MeasurementId(measurementId),
                checked.value(),
                checked.measuredOn(),
                checked.note());
        return measurements(id).values().stream()
                .filter(m -> m.id() == measurementId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Deletes a measurement. 204; 401; 403 not an outcome manager; 404 no such outcome or
     * measurement.
     */
    @DELETE
    @Path("{id}/measurements/{measurementId}")
    public Response deleteMeasurement(
            @PathParam("id") long id, @PathParam("measurementId") long measurementId) {
        outcomes.deleteMeasurement(new OutcomeId(id), new MeasurementId(measurementId));
        return Response.noContent().build();
    }

    /**
     * Deletes an outcome with its measurements. Only an outcome no experiment aims at and no result
     * measures can go; archive any other by setting its status to {@code retired}. 204; 401; 403
     * not an outcome manager; 404; 409 experiments or results refer to it.
     */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        outcomes.delete(new OutcomeId(id));
        return Response.noContent().build();
    }
}
