package org.experimentlog.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One run of the digests; times as ISO-8601 instants ({@code 2026-12-07T18:00:00Z}).
 *
 * @param trigger scheduled or manual
 * @param recipients how many people it looked at
 * @param mails how many mails it queued
 * @param inDoubt how many digests of an interrupted earlier run it found and did not send again
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DigestRunJson(
        String startedAt,
        String finishedAt,
        String trigger,
        int recipients,
        int mails,
        int inDoubt) {}
