package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One audited change.
 *
 * @param summary the summary in the caller's language; for a change recorded before summaries had
 *     keys, the English sentence stored with it
 * @param summaryKey the i18n key of the summary's sentence, or null for such an older change
 * @param actorName the display name of who made the change, or their user key when the user
 *     directory no longer knows them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditEntryJson(
        String actor,
        String at,
        String type,
        long objectId,
        String action,
        String summary,
        String summaryKey,
        String actorName) {}
