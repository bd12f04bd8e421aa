package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An outcome, in requests and responses. In requests {@code id}, {@code createdBy}, {@code
 * createdAt} and {@code latest} are ignored; {@code version} (the version the client read) and
 * {@code status} are needed to redefine. A metric {@code kind} sent without {@code unit} or {@code
 * direction} takes the kind's defaults.
 *
 * @param id the stored id
 * @param title one line, what should change for the people served
 * @param description optional narrative
 * @param metric how the outcome is measured
 * @param baseline where the metric stood, and when
 * @param target where it should be, and by when; better than the baseline
 * @param ownerDepartment the id of the owning department
 * @param status {@code active}, {@code achieved}, {@code paused} or {@code retired}
 * @param createdBy who defined it
 * @param createdAt when, as an ISO instant
 * @param version for optimistic locking
 * @param latest the latest measurement and its progress, on outcomes that have one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutcomeJson(
        Long id,
        String title,
        String description,
        MetricJson metric,
        ReferenceJson baseline,
        ReferenceJson target,
        Long ownerDepartment,
        String status,
        String createdBy,
        String createdAt,
        Long version,
        LatestJson latest) {

    /**
     * How the outcome is measured.
     *
     * @param kind {@code satisfaction}, {@code speed-of-service}, {@code completion-rate}, {@code
     *     digital-take-up}, {@code cost-per-transaction}, {@code adoption} or {@code custom}
     * @param unit what a value counts; the kind's default when left out
     * @param direction {@code higher-is-better} or {@code lower-is-better}; the kind's default when
     *     left out
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MetricJson(String kind, String unit, String direction) {}

    /**
     * A value at a day: the baseline or the target.
     *
     * @param value the value, in the metric's unit
     * @param date an ISO day such as 2026-03-02
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReferenceJson(Double value, String date) {}

    /**
     * The latest measurement, computed and read-only.
     *
     * @param value the value measured
     * @param date the day it describes
     * @param progress 0 at the baseline, 1 at the target; negative when it moved the wrong way,
     *     above 1 past the target
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LatestJson(double value, String date, double progress) {}
}
