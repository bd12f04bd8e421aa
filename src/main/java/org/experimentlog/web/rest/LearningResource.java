package org.experimentlog.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.experimentlog.app.LibrarySearchService;
import org.experimentlog.app.LibraryService;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;
import org.springframework.stereotype.Component;

/** The learning library: the learnings of every experiment the caller may see, searchable. */
@Component
@Path("learnings")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class LearningResource {
    private final LibraryService library;
    private final LibrarySearchService librarySearch;

    @Inject
    public LearningResource(LibraryService library, LibrarySearchService librarySearch) {
        this.library = library;
        this.librarySearch = librarySearch;
    }

    /**
     * A page of the learnings that match every parameter given, newest first: {@code q} words in
     * the statement (ignoring case), {@code tag}, {@code department} and {@code outcome} ids of the
     * experiment, its {@code verdict} code, and {@code from}/{@code to} days (such as 2026-03-02,
     * in the host's time zone) on which it was written.
     *
     * <p>Statuses: 200 with the page (only learnings of issues the caller may browse, in the items
     * and the total); 400 a malformed parameter, named in the error; 401 not logged in.
     */
    @GET
    public PageJson<LearningHitJson> search(
            @QueryParam("q") String q,
            @QueryParam("tag") String tag,
            @QueryParam("department") String department,
            @QueryParam("outcome") String outcome,
            @QueryParam("verdict") String verdict,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        Long departmentId = QueryParams.id(department, "department");
        Long outcomeId = QueryParams.id(outcome, "outcome");
        LearningQuery query =
                LearningQuery.matching(
                        q,
                        QueryParams.tag(tag, "tag"),
                        departmentId == null ? null : new DepartmentId(departmentId),
                        outcomeId == null ? null : new OutcomeId(outcomeId),
                        JsonInput.code(Verdict.class, verdict, "verdict"),
                        JsonInput.day(from, "from"),
                        JsonInput.day(to, "to"));
        return PageJson.of(
                library.search(query, QueryParams.page(startAt, maxResults)),
                LearningJsonMapper::toJson);
    }

    /**
     * Up to ten tags starting with {@code prefix} (ignoring case), alphabetically, of learnings in
     * projects the caller may browse; the learning library's tag field suggests them.
     *
     * <p>Statuses: 200 with the tags (none for an unknown prefix); 400 a prefix longer than 40
     * characters; 401 not logged in.
     */
    @GET
    @Path("tags")
    public TagListJson tags(@QueryParam("prefix") String prefix) {
        if (prefix != null && prefix.length() > MAX_PREFIX) {
            throw new InvalidInputException("prefix", ErrorKey.TAG_PREFIX_TOO_LONG, MAX_PREFIX);
        }
        return new TagListJson(librarySearch.tags(prefix));
    }

    private static final int MAX_PREFIX = 40;
}
