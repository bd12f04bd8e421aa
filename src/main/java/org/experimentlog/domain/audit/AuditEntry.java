package org.experimentlog.domain.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.experimentlog.domain.UserRef;

/**
 * One change to the app's data: who, when, what, and a sentence a person can read. Summaries never
 * contain the author of an anonymous story.
 *
 * @param actor who made the change
 * @param at when
 * @param type the kind of object
 * @param entityId the object's id
 * @param action what happened
 * @param summary a readable sentence, at most {@value #SUMMARY_MAX} characters (longer text is cut)
 */
public record AuditEntry(
        UserRef actor,
        Instant at,
        AuditedType type,
        long entityId,
        AuditAction action,
        String summary) {
    public static final int SUMMARY_MAX = 450;

    public AuditEntry {
        requireNonNull(actor, "actor");
        requireNonNull(at, "at");
        requireNonNull(type, "type");
        requireNonNull(action, "action");
        requireNonNull(summary, "summary");
        if (entityId <= 0) {
            throw new IllegalArgumentException("An audited object has a stored id");
        }
        if (summary.length() > SUMMARY_MAX) {
            int cut = SUMMARY_MAX - 1;
            if (Character.isHighSurrogate(summary.charAt(cut - 1))) {
                cut--; // never split a character made of two UTF-16 units
            }
            summary = summary.substring(0, cut) + "…";
        }
    }
}
