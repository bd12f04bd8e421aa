package org.experimentlog.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.retrospective.ActionId;
import org.experimentlog.domain.retrospective.RetroAction;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.retrospective.ScopeKind;

/** Maps retrospective and action rows to domain objects and back; entities never leave the persistence package. */
final class RetrospectiveMapper {
    private RetrospectiveMapper() {
    }

    static Retrospective toDomain(AoRetrospective row, List<AoRetroAction> actions) {
        return Retrospective.stored(new RetrospectiveId(row.getID()),
                new Scope(Coded.fromCode(ScopeKind.class, row.getScopeKind(), "scope"), row.getScopeValue()),
                new Period(Days.parse(row.getPeriodFrom()), Days.parse(row.getPeriodTo())), row.getTitle(),
                row.getNotes(), actions.stream().map(RetrospectiveMapper::toDomain).toList(),
                new UserRef(row.getCreatedBy()), Days.toInstant(row.getCreatedAt()),
                Days.toInstant(row.getUpdatedAt()), row.getRowVersion());
    }

    static RetroAction toDomain(AoRetroAction row) {
        return new RetroAction(new ActionId(row.getID()), row.getActionText(),
                row.getOwnerKey() == null ? null : new UserRef(row.getOwnerKey()), Days.parse(row.getDueDate()),
                row.isDone());
    }

    /** Every column of a retrospective but the version. */
    static Map<String, Object> columns(Retrospective r) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoRetrospective.SCOPE_KIND, r.scope().kind().code());
        c.put(AoRetrospective.SCOPE_VALUE, r.scope().valueIfAny().orElse(null));
        c.put(AoRetrospective.PERIOD_FROM, Days.format(r.period().from()));
        c.put(AoRetrospective.PERIOD_TO, Days.format(r.period().to()));
        c.put(AoRetrospective.TITLE, r.title());
        c.put(AoRetrospective.NOTES, r.notes().orElse(null));
        c.put(AoRetrospective.CREATED_BY, r.createdBy().key());
        c.put(AoRetrospective.CREATED_AT, Days.toDate(r.createdAt()));
        c.put(AoRetrospective.UPDATED_AT, Days.toDate(r.updatedAt()));
        return c;
    }

    /** Copies what a revision can change; the scope, the period and who held the retrospective stay as stored. */
    static void copy(Retrospective r, AoRetrospective row) {
        row.setTitle(r.title());
        row.setNotes(r.notes().orElse(null));
        row.setUpdatedAt(Days.toDate(r.updatedAt()));
    }

    /** The columns of the action at {@code position} of retrospective {@code retroId}. */
    static Map<String, Object> columns(int retroId, int position, RetroAction a) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoRetroAction.RETRO_ID, retroId);
        c.put(AoRetroAction.POSITION, position);
        c.put(AoRetroAction.ACTION_TEXT, a.text());
        c.put(AoRetroAction.OWNER_KEY, a.ownerIfAny().map(UserRef::key).orElse(null));
        c.put(AoRetroAction.DUE_DATE, a.dueIfAny().map(Days::format).orElse(null));
        c.put(AoRetroAction.DONE, a.done());
        return c;
    }
}
