package org.experimentlog.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.experimentlog.app.RetrospectiveService;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.retrospective.ActionId;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;
import org.springframework.stereotype.Component;

/**
 * The retrospectives teams held: the notes and actions recorded for a scope and period. Who may
 * hold one depends on the scope (project: Edit Issues there; department: its members; everything or
 * an outcome: administrators and outcome managers); its author (under the same rule) and
 * administrators may revise or delete it; an action's owner may tick it done.
 */
@Component
@Path("retrospectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RetrospectiveResource {
    private final RetrospectiveService retrospectives;
    private final UserDirectory users;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public RetrospectiveResource(
            RetrospectiveService retrospectives,
            UserDirectory users,
            I18nResolver i18n,
            Clock clock) {
        this.retrospectives = retrospectives;
        this.users = users;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * Every retrospective held on a scope ({@code scope=project&value=PERMIT}, {@code
     * scope=everything}), newest period first, in one page. 200; 400 a missing or malformed {@code
     * scope} or {@code value} (named in the error); 401 not logged in; 404 a project the caller may
     * not browse.
     */
    @GET
    public PageJson<RetrospectiveJson> heldOn(
            @QueryParam("scope") String scope, @QueryParam("value") String value) {
        Scope reviewed = RetrospectiveJsonMapper.scope(scope, value, "scope", "value");
        List<RetrospectiveJson> held =
                retrospectives.heldOn(reviewed).stream()
                        .map(r -> RetrospectiveJsonMapper.toJson(r, users))
                        .toList();
        return new PageJson<>(0, held.size(), held.size(), true, held);
    }

    /**
     * Records a retrospective with its notes and actions. 201 with it as stored; 400 invalid input,
     * such as an {@code actions[i].ownerName} no user logs in as; 401.
     */
    @POST
    public Response hold(RetrospectiveJson body) {
        RetrospectiveJson json = JsonInput.required(body, "body");
        RetrospectiveJson saved =
                RetrospectiveJsonMapper.toJson(
                        retrospectives.hold(RetrospectiveJsonMapper.toNew(json)), users);
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    /**
     * Revises the title, notes and actions; the scope and period stay what was reviewed (sent ones
     * are ignored). 200 with it as stored; 400 invalid input, such as an unknown {@code
     * actions[i].ownerName}; 401; 403 neither its author nor an administrator; 404 no such
     * retrospective; 409 someone else revised it since the client read {@code version}.
     */
    @PUT
    @Path("{id}")
    public RetrospectiveJson revise(@PathParam("id") long id, RetrospectiveJson body) {
        RetrospectiveJson json = JsonInput.required(body, "body");
        return RetrospectiveJsonMapper.toJson(
                retrospectives.revise(RetrospectiveJsonMapper.toRevision(id, json)), users);
    }

    /**
     * Deletes the retrospective with its notes and actions. 204; 401; 403 the caller may not revise
     * it; 404 no such retrospective (or one on a project the caller may not browse).
     */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        retrospectives.delete(new RetrospectiveId(id));
        return Response.noContent().build();
    }

    /**
     * Ticks an action done or not done: {@code {"done":true,"version":3}} with the retrospective's
     * version. 200 with the retrospective as stored; 400 {@code done} or {@code version} missing;
     * 401; 403 neither the action's owner nor someone who may revise the retrospective; 404 no such
     * retrospective or action; 409 stale version.
     */
    @PUT
    @Path("{id}/actions/{actionId}")
    public RetrospectiveJson markAction(
            @PathParam("id") long id, @PathParam("actionId") long actionId, ActionDoneJson body) {
        ActionDoneJson json = JsonInput.required(body, "body");
        return RetrospectiveJsonMapper.toJson(
                retrospectives.markAction(
                        new RetrospectiveId(id),
                        new ActionId(actionId),
                        JsonInput.required(json.done(), "done"),
                        JsonInput.version(json.version())),
                users);
    }

    /**
     * The request to tick an action.
     *
     * @param done whether the action is done
     * @param version the retrospective's version the client read
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionDoneJson(Boolean done, Long version) {}

    static final String MARKDOWN = "text/markdown";
    static final String CSV = "text/csv";

    /**
     * The computed report of a scope and period ({@code from}/{@code to}, by default the current
     * quarter): JSON, a Markdown document in the reader's language (their Jira locale, else
     * English, with days in the host's time zone, as the page shows them), or CSV with one line per
     * experiment, chosen by {@code format=json|markdown|csv} or else by the {@code Accept} header.
     * JSON and CSV keep the stored codes, whoever reads them. With {@code format} the response is a
     * download named after scope and period. 200; 400 a malformed {@code scope}, {@code value},
     * {@code from}, {@code to} or {@code format} (named in the error); 401 not logged in; 404 a
     * project the caller may not browse.
     */
    @GET
    @Path("report")
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN, CSV})
    public Response report(
            @QueryParam("scope") String scope,
            @QueryParam("value") String value,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Scope reviewed = RetrospectiveJsonMapper.scope(scope, value, "scope", "value");
        Period period = period(from, to);
        String chosen = format(format, accept);
        Response.ResponseBuilder response =
                switch (chosen) {
                    case "markdown" ->
                            Response.ok(
                                    new ReportMarkdown(i18n, reader(), clock.zone())
                                            .of(
                                                    retrospectives.report(reviewed, period),
                                                    retrospectives.heldOn(reviewed).stream()
                                                            .filter(
                                                                    r ->
                                                                            !r.period()
                                                                                            .to()
                                                                                            .isBefore(
                                                                                                    period
                                                                                                            .from())
                                                                                    && !r.period()
                                                                                            .from()
                                                                                            .isAfter(
                                                                                                    period
                                                                                                            .to()))
                                                            .toList()),
                                    MARKDOWN + "; charset=UTF-8");
                    case "csv" -> {
                        retrospectives.requireReadable(reviewed);
                        StreamingOutput body =
                                output -> {
                                    Writer writer =
                                            new BufferedWriter(
                                                    new OutputStreamWriter(
                                                            output, StandardCharsets.UTF_8));
                                    ReportCsv csv = new ReportCsv(writer);
                                    csv.header();
                                    retrospectives.reportExperiments(reviewed, period, csv::row);
                                    writer.flush();
                                };
                        yield Response.ok(body, CSV + "; charset=UTF-8");
                    }
                    default ->
                            Response.ok(
                                    ReportJsonMapper.toJson(
                                            retrospectives.report(reviewed, period)),
                                    MediaType.APPLICATION_JSON_TYPE);
                };
        if (format != null && !format.isBlank()) {
            response.header(
                    "Content-Disposition",
                    "attachment; filename=\"" + fileName(reviewed, period, chosen) + "\"");
        }
        return response.build();
    }

    /**
     * The locale the current user reads Jira in, as the pages use it; English when the host knows
     * none.
     */
    private Locale reader() {
        Locale locale = users.locale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    private Period period(String from, String to) {
        LocalDate first = JsonInput.day(from, "from");
        LocalDate last = JsonInput.day(to, "to");
        if (first == null && last == null) {
            return retrospectives.defaultPeriod();
        }
        if (first == null || last == null) {
            throw new InvalidInputException(
                    first == null ? "from" : "to", ErrorKey.PERIOD_BOTH_OR_NEITHER);
        }
        return new Period(first, last);
    }

    /**
     * The format asked for by {@code format}, or else the first of CSV and Markdown the client
     * accepts; JSON by default.
     */
    static String format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String code = format.strip().toLowerCase(Locale.ROOT);
            if (!List.of("json", "markdown", "csv").contains(code)) {
                throw new InvalidInputException("format", ErrorKey.REPORT_FORMAT);
            }
            return code;
        }
        String accepted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (accepted.contains(MediaType.APPLICATION_JSON)) {
            return "json";
        }
        if (accepted.contains(CSV)) {
            return "csv";
        }
        if (accepted.contains(MARKDOWN)) {
            return "markdown";
        }
        return "json";
    }

    /** {@code retrospective-<scope>[-<value>]-<from>-<to>.<ext>}, with only safe characters. */
    static String fileName(Scope scope, Period period, String format) {
        String value =
                scope.valueIfAny().map(v -> "-" + v.replaceAll("[^A-Za-z0-9_]", "")).orElse("");
        String extension =
                switch (format) {
                    case "markdown" -> "md";
                    case "csv" -> "csv";
                    default -> "json";
                };
        return "retrospective-"
                + scope.kind().code()
                + value
                + "-"
                + period.from()
                + "-"
                + period.to()
                + "."
                + extension;
    }
}
