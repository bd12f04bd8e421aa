package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.experimentlog.domain.register.PublicRecord;

/**
 * The public register's open data, schema version 1 (docs/open-data.md). The experiment's record is
 * the published snapshot exactly as it was stored; the statistics sentences are computed from its
 * figures in English.
 */
public final class RegisterJson {
    private RegisterJson() {}

    /** Under which licence the data may be reused, as SPDX names it. */
    public record LicenceJson(String id, String name, String url) {}

    /**
     * A page of the register, paged as the rest of the API, with the licence and publisher of its
     * data.
     */
    public record PageJson(
            int schemaVersion,
            LicenceJson licence,
            String publisher,
            int startAt,
            int maxResults,
            int total,
            boolean isLast,
            List<EntryJson> values) {}

    /**
     * One published experiment: its newest version, or the note that it was withdrawn.
     *
     * @param id the register number
     * @param experiment the published record; null when the publication was withdrawn
     * @param findings the statistics sentences of its results; empty when withdrawn
     */
    public record EntryJson(
            int schemaVersion,
            LicenceJson licence,
            String publisher,
            long id,
            int version,
            String url,
            String title,
            String publishedAt,
            WithdrawalJson withdrawal,
            List<VersionJson> versions,
            PublicRecord experiment,
            List<FindingJson> findings) {}

    /** Why and when a publication was withdrawn. */
    public record WithdrawalJson(String withdrawnAt, String reason) {}

    /** One version of a publication. */
    public record VersionJson(int version, String publishedAt, String withdrawnAt, String url) {}

    /**
     * The statistics of one result in words.
     *
     * @param iteration the iteration's number
     * @param result the result's position in the iteration, from 1
     */
    public record FindingJson(
            int iteration, int result, String figures, boolean weakerEvidence, String sentence) {}

    /** The register's settings, for administrators. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SettingsJson(
            Boolean enabled,
            String licence,
            String organisation,
            String logoText,
            List<Long> departments,
            Boolean namesAllowed,
            Long version) {}

    /** What to publish: the ids of the failure stories to include. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublishJson(List<Long> stories) {}

    /** Why a publication is withdrawn. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WithdrawJson(String reason) {}

    /**
     * An experiment's registration and publication as its team sees it.
     *
     * @param planVersion the version of the plan now: 1 when registered, plus one per change; 0
     *     when not registered
     */
    public record PublicationStateJson(
            String issueKey,
            boolean registered,
            boolean registeredLate,
            int planVersion,
            int deviations,
            boolean canPublish,
            List<VersionJson> versions,
            List<StoryChoiceJson> stories) {}

    /** A failure story that may be included. */
    public record StoryChoiceJson(long id, String title) {}
}
