package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.Query;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditedType;
import org.springframework.stereotype.Component;

/** The audit log, in Active Objects. */
@Component
public final class AoAuditLog implements AuditLog {
    private static final String OF_OBJECT =
            AoAuditEntry.OBJECT_TYPE + " = ? AND " + AoAuditEntry.OBJECT_ID + " = ?";

    /** An experiment's own changes and those of its iterations, results and learnings. */
    private static final String OF_EXPERIMENT =
            "(" + OF_OBJECT + ") OR " + AoAuditEntry.EXPERIMENT_ID + " = ?";

    /** Every column of an entry, each mapped once; an entry is never changed once written. */
    private static final Columns<AuditEntry, AoAuditEntry> COLUMNS =
            new Columns<AuditEntry, AoAuditEntry>()
                    .fixed(AoAuditEntry.ACTOR, e -> e.actor().key())
                    .fixed(AoAuditEntry.CREATED_AT, e -> Days.toDate(e.at()))
                    .fixed(AoAuditEntry.OBJECT_TYPE, e -> e.type().code())
                    .fixed(AoAuditEntry.OBJECT_ID, AuditEntry::entityId)
                    .fixed(AoAuditEntry.AUDIT_ACTION, e -> e.action().code())
                    .fixed(AoAuditEntry.SUMMARY, AuditEntry::summary)
                    .fixed(
                            AoAuditEntry.SUMMARY_KEY,
                            e -> e.keyed().map(t -> t.key().code()).orElse(null))
                    .fixed(
                            AoAuditEntry.SUMMARY_ARGS,
                            e -> e.keyed().map(AuditArguments::write).orElse(null))
                    .fixed(
                            AoAuditEntry.EXPERIMENT_ID,
                            e -> e.experimentId() == 0 ? null : e.experimentId());

    private final ActiveObjects ao;

    @Inject
    public AoAuditLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(AuditEntry entry) {
        ao.create(AoAuditEntry.class, COLUMNS.values(entry));
    }

    @Override
    public Page<AuditEntry> historyOf(AuditedType type, long entityId, PageRequest page) {
        Query where =
                type == AuditedType.EXPERIMENT
                        ? Query.select().where(OF_EXPERIMENT, type.code(), entityId, entityId)
                        : Query.select().where(OF_OBJECT, type.code(), entityId);
        int total = ao.count(AoAuditEntry.class, where);
        List<AuditEntry> entries =
                List.of(
                                ao.find(
                                        AoAuditEntry.class,
                                        where.order(AoAuditEntry.CREATED_AT + " DESC, ID DESC")
                                                .offset(page.startAt())
                                                .limit(page.maxResults())))
                        .stream()
                        .map(AoAuditLog::toDomain)
                        .toList();
        return Page.of(entries, page, total);
    }

    @Override
    public Page<AuditEntry> recent(AuditedType type, UserRef actor, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (type != null) {
            conditions.add(AoAuditEntry.OBJECT_TYPE + " = ?");
            params.add(type.code());
        }
        if (actor != null) {
            conditions.add(AoAuditEntry.ACTOR + " = ?");
            params.add(actor.key());
        }
        int total = ao.count(AoAuditEntry.class, filtered(conditions, params));
        List<AuditEntry> entries =
                List.of(
                                ao.find(
                                        AoAuditEntry.class,
                                        filtered(conditions, params)
                                                .order(AoAuditEntry.CREATED_AT + " DESC, ID DESC")
                                                .offset(page.startAt())
                                                .limit(page.maxResults())))
                        .stream()
                        .map(AoAuditLog::toDomain)
                        .toList();
        return Page.of(entries, page, total);
    }

    private static Query filtered(List<String> conditions, List<Object> params) {
        return conditions.isEmpty()
                ? Query.select()
                : Query.select().where(String.join(" AND ", conditions), params.toArray());
    }

    private static AuditEntry toDomain(AoAuditEntry row) {
        return new AuditEntry(
                new UserRef(row.getActor()),
                Days.toInstant(row.getCreatedAt()),
                Coded.fromCode(AuditedType.class, row.getObjectType(), "type"),
                row.getObjectId(),
                Coded.fromCode(AuditAction.class, row.getAuditAction(), "action"),
                row.getSummary(),
                AuditArguments.read(row.getSummaryKey(), row.getSummaryArgs()).orElse(null),
                row.getExperimentId() == null ? 0 : row.getExperimentId());
    }
}
