package org.experimentlog.domain.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.experimentlog.domain.UserRef;

/**
 * One change to the app's data: who, when, what, and a sentence a person can read. Summaries never
 * contain the author of an anonymous story. A change recorded by this version of the app carries
 * its summary as a sentence key with arguments ({@link AuditText}), shown in each reader's
 * language, and keeps its English rendering in {@code summary} for searching and exports; entries
 * recorded before have the English sentence only.
 *
 * @param actor who made the change
 * @param at when
 * @param type the kind of object
 * @param entityId the object's id
 * @param action what happened
 * @param summary a readable sentence in English, at most {@value #SUMMARY_MAX} characters (longer
 *     text is cut)
 * @param text the summary as a sentence key with arguments; null for an entry recorded before
 *     summaries had keys
 * @param experimentId the id of the experiment a changed iteration, result or learning belongs to,
 *     so that the change shows in the experiment's history; 0 for anything else (and for such
 *     changes recorded before this was kept)
 */
public record AuditEntry(
        UserRef actor,
        Instant at,
        AuditedType type,
        long entityId,
        AuditAction action,
        String summary,
        AuditText text,
        long experimentId) {
    public static final int SUMMARY_MAX = 450;

    /** A change to an object that belongs to no experiment, or to the experiment itself. */
    public AuditEntry(
            UserRef actor,
            Instant at,
            AuditedType type,
            long entityId,
            AuditAction action,
            String summary,
            AuditText text) {
        this(actor, at, type, entityId, action, summary, text, 0);
    }

    /**
     * A change summarised by a sentence key with arguments; the English summary is its rendering.
     */
    public AuditEntry(
            UserRef actor,
            Instant at,
            AuditedType type,
            long entityId,
            AuditAction action,
            AuditText text) {
        this(actor, at, type, entityId, action, requireNonNull(text, "text").english(), text);
    }

    /** A change recorded before summaries had keys: its English sentence only. */
    public AuditEntry(
            UserRef actor,
            Instant at,
            AuditedType type,
            long entityId,
            AuditAction action,
            String summary) {
        this(actor, at, type, entityId, action, summary, null);
    }

    public AuditEntry {
        requireNonNull(actor, "actor");
        requireNonNull(at, "at");
        requireNonNull(type, "type");
        requireNonNull(action, "action");
        requireNonNull(summary, "summary");
        if (entityId <= 0) {
            throw new IllegalArgumentException("An audited object has a stored id");
        }
        if (experimentId < 0) {
            throw new IllegalArgumentException("An experiment has a stored id");
        }
        if (summary.length() > SUMMARY_MAX) {
            int cut = SUMMARY_MAX - 1;
            if (Character.isHighSurrogate(summary.charAt(cut - 1))) {
                cut--; // never split a character made of two UTF-16 units
            }
            summary = summary.substring(0, cut) + "…";
        }
    }

    /** The same change, shown in the history of the experiment the changed object belongs to. */
    public AuditEntry within(long experiment) {
        return new AuditEntry(actor, at, type, entityId, action, summary, text, experiment);
    }

    /** The summary as a sentence key with arguments, or empty for an entry recorded before keys. */
    public Optional<AuditText> keyed() {
        return Optional.ofNullable(text);
    }
}
