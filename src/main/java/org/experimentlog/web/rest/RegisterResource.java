package org.experimentlog.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.experimentlog.app.RegisterService;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.RegisterFilter;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.register.Licence;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.Publication;
import org.experimentlog.domain.register.PublishingSettings;
import org.springframework.stereotype.Component;

/**
 * The public register's open data, readable by anyone (no login, no session) while an administrator
 * has publishing switched on, and its settings, for administrators. When publishing is off the data
 * does not exist: 404.
 */
@Component
@Path("register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegisterResource {
    /**
     * Public data changes when a team publishes; five minutes of caching keeps it fresh enough and
     * cheap.
     */
    static final int MAX_AGE_SECONDS = 300;

    private static final String CSV = "text/csv";

    private final RegisterService register;
    private final RegisterJsonMapper mapper;

    @Inject
    public RegisterResource(RegisterService register, RegisterJsonMapper mapper) {
        this.register = register;
        this.mapper = mapper;
    }

    /**
     * A page of the register, newest publication first, each published experiment once in its
     * newest version, filtered by {@code q} words, {@code department} and {@code outcome} ids,
     * {@code verdict} ({@code validated}, {@code invalidated}, {@code inconclusive}, {@code
     * abandoned}) and {@code from}/{@code to} closing days; {@code format=csv} answers CSV, one row
     * per experiment. 200; 400 a malformed parameter, named; 404 publishing is off.
     */
    @GET
    @Path("experiments")
    @UnrestrictedAccess
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response list(
            @QueryParam("q") String q,
            @QueryParam("department") String department,
            @QueryParam("outcome") String outcome,
            @QueryParam("verdict") String verdict,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults,
            @QueryParam("format") String format,
            @Context UriInfo uri) {
        boolean csv = format(format);
        RegisterFilter filter = RegisterFilter.parse(q, department, outcome, verdict, from, to);
        PublishingSettings terms = register.publicTerms();
        Page<Publication> page = register.register(filter, QueryParams.page(startAt, maxResults));
        String base = base(uri);
        if (csv) {
            StreamingOutput body =
                    stream -> {
                        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                        RegisterJsonMapper.csv(out, page.items(), terms, base);
                        out.flush();
                    };
            return cached(
                    Response.ok(body, CSV + "; charset=UTF-8")
                            .header(
                                    "Content-Disposition",
                                    "attachment; filename=\"experiment-register.csv\"")
                            .header("Link", "<" + terms.licence().url() + ">; rel=\"license\""));
        }
        List<RegisterJson.EntryJson> values =
                page.items().stream().map(p -> mapper.entry(p, List.of(), terms, base)).toList();
        return cached(
                Response.ok(
                        new RegisterJson.PageJson(
                                PublicRecord.SCHEMA_VERSION,
                                RegisterJsonMapper.licence(terms),
                                terms.organisationName().orElse(null),
                                page.startAt(),
                                page.maxResults(),
                                page.total(),
                                page.isLast(),
                                values)));
    }

    /**
     * One published experiment in its newest version, or in {@code version} when given, with the
     * list of its versions. A withdrawn publication answers its title and withdrawal without its
     * record. 200; 400 a malformed id or version; 404 publishing is off, or nothing was published
     * under this number or version.
     */
    @GET
    @Path("experiments/{id}")
    @UnrestrictedAccess
    public Response entry(
            @PathParam("id") String id,
            @QueryParam("version") String version,
            @Context UriInfo uri) {
        Long number = QueryParams.id(id, "id");
        Long asked = QueryParams.id(version, "version");
        PublishingSettings terms = register.publicTerms();
        List<Publication> versions = register.entry(number);
        RegisterJson.EntryJson latest = mapper.entry(versions, terms, base(uri));
        if (asked == null || latest.withdrawal() != null) {
            // a withdrawn experiment is withdrawn in every version
            return cached(Response.ok(latest));
        }
        Publication chosen =
                versions.stream()
                        .filter(p -> p.version() == asked)
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                ErrorKey.REGISTER_ENTRY_NOT_FOUND,
                                                id + " version " + asked));
        return cached(Response.ok(mapper.entry(chosen, latest.versions(), terms, base(uri))));
    }

    /** The register's settings. 200; 401; 403 not an administrator. */
    @GET
    @Path("settings")
    @AdminOnly
    public RegisterJson.SettingsJson settings() {
        return settingsJson(register.settings());
    }

    /**
     * Replaces the register's settings; needs the version read. 200 with the settings as saved; 400
     * an unknown licence or department, or a name too long; 401; 403; 409 someone else saved first.
     */
    @PUT
    @Path("settings")
    @AdminOnly
    public RegisterJson.SettingsJson saveSettings(RegisterJson.SettingsJson body) {
        RegisterJson.SettingsJson json = JsonInput.required(body, "body");
        var departments = new HashSet<DepartmentId>();
        for (Long value : JsonInput.list(json.departments())) {
            if (value == null || value <= 0) {
                throw new InvalidInputException(
                        "departments", ErrorKey.DEPARTMENT_ID_INVALID, "departments");
            }
            departments.add(new DepartmentId(value));
        }
        return settingsJson(
                register.saveSettings(
                        new PublishingSettings(
                                Boolean.TRUE.equals(json.enabled()),
                                json.licence() == null
                                        ? Licence.CC_BY_4_0
                                        : Coded.fromCode(Licence.class, json.licence(), "licence"),
                                json.organisation(),
                                json.logoText(),
                                departments,
                                Boolean.TRUE.equals(json.namesAllowed()),
                                JsonInput.version(json.version()))));
    }

    static RegisterJson.SettingsJson settingsJson(PublishingSettings s) {
        return new RegisterJson.SettingsJson(
                s.enabled(),
                s.licence().code(),
                s.organisation(),
                s.logoText(),
                s.departments().stream().map(DepartmentId::value).sorted().toList(),
                s.namesAllowed(),
                s.version());
    }

    private static boolean format(String format) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw new InvalidInputException("format", ErrorKey.REGISTER_FORMAT);
    }

    /** The site's base URL, from the REST base {@code …/rest/experiment-log/1.0/}. */
    private static String base(UriInfo uri) {
        String rest = uri.getBaseUri().toString();
        int at = rest.indexOf("/rest/");
        return at < 0 ? rest : rest.substring(0, at);
    }

    private static Response cached(Response.ResponseBuilder response) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setPrivate(false);
        return response.cacheControl(cache).header("Vary", "Accept, Accept-Language").build();
    }
}
