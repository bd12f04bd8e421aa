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

/**
 * Maps retrospective and action rows to domain objects and back; entities never leave the
 * persistence package.
 */
final class RetrospectiveMapper {
    private RetrospectiveMapper() {}

    static Retrospective toDomain(AoRetrospective row, List<AoRetroAction> actions) {
        return Retrospective.stored(
                new RetrospectiveId(row.getID()),
                new Scope(
                        Coded.fromCode(ScopeKind.class, row.getScopeKind(), "scope"),
                        row.getScopeValue()),
                new Period(Days.parse(row.getPeriodFrom()), Days.parse(row.getPeriodTo())),
                row.getTitle(),
                row.getNotes(),
                actions.stream().map(RetrospectiveMapper::toDomain).toList(),
                new UserRef(row.getCreatedBy()),
                Days.toInstant(row.getCreatedAt()),
                Days.toInstant(row.getUpdatedAt()),
                row.getRowVersion());
    }

    static RetroAction toDomain(AoRetroAction row) {
        return new RetroAction(
                new ActionId(row.getID()),
                row.getActionText(),
                row.getOwnerKey() == null ? null : new UserRef(row.getOwnerKey()),
                Days.parse(row.getDueDate()),
                row.isDone());
    }

    /**
     * Every column of a retrospective but the version; the scope, the period and who held it stay
     * as stored.
     */
    private static final Columns<Retrospective, AoRetrospective> RETROSPECTIVE =
            new Columns<Retrospective, AoRetrospective>()
                    .fixed(AoRetrospective.SCOPE_KIND, r -> r.scope().kind().code())
                    .fixed(AoRetrospective.SCOPE_VALUE, r -> r.scope().valueIfAny().orElse(null))
                    .fixed(AoRetrospective.PERIOD_FROM, r -> Days.format(r.period().from()))
                    .fixed(AoRetrospective.PERIOD_TO, r -> Days.format(r.period().to()))
                    .changeable(
                            AoRetrospective.TITLE, Retrospective::title, AoRetrospective::setTitle)
                    .changeable(
                            AoRetrospective.NOTES,
                            r -> r.notes().orElse(null),
                            AoRetrospective::setNotes)
                    .fixed(AoRetrospective.CREATED_BY, r -> r.createdBy().key())
                    .fixed(AoRetrospective.CREATED_AT, r -> Days.toDate(r.createdAt()))
                    .changeable(
                            AoRetrospective.UPDATED_AT,
                            r -> Days.toDate(r.updatedAt()),
                            AoRetrospective::setUpdatedAt);

    static Map<String, Object> columns(Retrospective r) {
        return RETROSPECTIVE.values(r);
    }

    /** Copies what a revision can change. */
    static void copy(Retrospective r, AoRetrospective row) {
        RETROSPECTIVE.update(r, row);
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
