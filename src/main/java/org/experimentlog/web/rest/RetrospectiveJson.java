package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A retrospective a team held, with its notes and actions. In requests, {@code id}, {@code
 * createdBy}, {@code createdAt} and {@code updatedAt} are ignored, and {@code version} is the
 * version the client read (for a revision).
 *
 * @param id the retrospective id
 * @param scope what it reviewed
 * @param period the days it reviewed
 * @param title its title
 * @param notes the team's notes; may be null
 * @param actions the actions agreed, in order
 * @param createdBy the user key of who recorded it
 * @param createdAt when it was recorded (ISO-8601)
 * @param updatedAt when it was last revised (ISO-8601)
 * @param version the optimistic-locking version
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RetrospectiveJson(
        Long id,
        ScopeJson scope,
        PeriodJson period,
        String title,
        String notes,
        List<ActionJson> actions,
        String createdBy,
        String createdAt,
        String updatedAt,
        Long version) {

    /**
     * The scope of a retrospective.
     *
     * @param kind {@code project}, {@code department}, {@code outcome} or {@code everything}
     * @param value the project key, department id or outcome id; null for everything
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScopeJson(String kind, String value) {}

    /**
     * The days a retrospective reviewed, both included.
     *
     * @param from the first day, such as 2026-01-01
     * @param to the last day, such as 2026-03-31
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PeriodJson(String from, String to) {}

    /**
     * An action agreed in a retrospective. A request names the owner either by {@code ownerName},
     * the name they log in with (resolved to their user key; when both are sent it wins), or by
     * {@code owner}, their user key as a response gives it; {@code ownerDisplayName} is ignored in
     * requests.
     *
     * @param id the stored id; null for a new action
     * @param text what will be done
     * @param owner the user key of who will do it; may be null
     * @param ownerName the user name of who will do it; null when there is no owner or the host no
     *     longer knows them
     * @param ownerDisplayName the owner's name to show; null when there is no owner or the host no
     *     longer knows them
     * @param due the day by which it is due; may be null
     * @param done whether it is done
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionJson(
            Long id,
            String text,
            String owner,
            String ownerName,
            String ownerDisplayName,
            String due,
            Boolean done) {}
}
