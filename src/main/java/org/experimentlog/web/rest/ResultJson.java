package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A result, in requests and responses. Which figures apply depends on {@code kind}: {@code
 * observed} (before, after, unit), {@code proportion} (control/variant size and conversions,
 * plannedVariantShare), {@code mean} (control/variant size, mean and sd), {@code qualitative}
 * (finding, evidenceUrl). In requests, {@code version} is needed to revise; {@code statistics} is
 * computed and read-only (ignored in requests).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResultJson(
        Long id,
        Long iterationId,
        Long outcomeId,
        String title,
        String kind,
        Double before,
        Double after,
        String unit,
        Long controlSize,
        Long controlConversions,
        Long variantSize,
        Long variantConversions,
        Double plannedVariantShare,
        Double controlMean,
        Double controlSd,
        Double variantMean,
        Double variantSd,
        String finding,
        String evidenceUrl,
        String note,
        String recordedBy,
        String recordedAt,
        Long version,
        StatisticsJson statistics) {}
