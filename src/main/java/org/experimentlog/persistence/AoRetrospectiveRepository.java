package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.experimentlog.app.port.RetrospectiveRepository;
import org.experimentlog.domain.retrospective.RetroAction;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.retrospective.ScopeKind;
import org.springframework.stereotype.Component;

/** Retrospectives with their actions, in Active Objects. */
@Component
public final class AoRetrospectiveRepository implements RetrospectiveRepository {
    private static final String ACTION_ORDER =
            AoRetroAction.RETRO_ID + ", " + AoRetroAction.POSITION;

    private final ActiveObjects ao;
    private final VersionClaims claims;

    @Inject
    public AoRetrospectiveRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new VersionClaims(ao);
    }

    @Override
    public Optional<Retrospective> find(RetrospectiveId id) {
        return row(id).map(row -> withActions(List.of(row)).get(0));
    }

    private Optional<AoRetrospective> row(RetrospectiveId id) {
        return Rows.byId(ao, AoRetrospective.class, id.value());
    }

    @Override
    public List<Retrospective> listFor(Scope scope) {
        Query select =
                scope.kind() == ScopeKind.EVERYTHING
                        ? Query.select()
                                .where(AoRetrospective.SCOPE_KIND + " = ?", scope.kind().code())
                        : Query.select()
                                .where(
                                        AoRetrospective.SCOPE_KIND
                                                + " = ? AND "
                                                + AoRetrospective.SCOPE_VALUE
                                                + " = ?",
                                        scope.kind().code(),
                                        scope.value());
        return withActions(
                List.of(
                        ao.find(
                                AoRetrospective.class,
                                select.order(AoRetrospective.PERIOD_FROM + " DESC, ID DESC"))));
    }

    @Override
    public List<Retrospective> exportPage(long afterId, int limit) {
        return withActions(List.of(ao.find(AoRetrospective.class, Rows.afterId(afterId, limit))));
    }

    /**
     * The retrospectives with their actions, read in one query whatever the number of
     * retrospectives.
     */
    private List<Retrospective> withActions(List<AoRetrospective> rows) {
        Map<Integer, List<AoRetroAction>> actions =
                Rows.whereIn(
                                ao,
                                AoRetroAction.class,
                                AoRetroAction.RETRO_ID,
                                rows.stream().map(AoRetrospective::getID).toList(),
                                ACTION_ORDER)
                        .stream()
                        .collect(
                                Collectors.groupingBy(
                                        AoRetroAction::getRetroId,
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        return rows.stream()
                .map(
                        row ->
                                RetrospectiveMapper.toDomain(
                                        row, actions.getOrDefault(row.getID(), List.of())))
                .toList();
    }

    @Override
    public Retrospective save(Retrospective retrospective) {
        if (retrospective.id().isEmpty()) {
            Map<String, Object> columns = RetrospectiveMapper.columns(retrospective);
            columns.put(AoRetrospective.ROW_VERSION, 1L);
            AoRetrospective row = ao.create(AoRetrospective.class, columns);
            return retrospective.storedAs(
                    new RetrospectiveId(row.getID()), insertActions(row.getID(), retrospective), 1);
        }
        RetrospectiveId id = retrospective.requireId();
        long next = retrospective.version() + 1;
        AoRetrospective row =
                claims.lockForUpdate(
                        "retrospective:" + id,
                        retrospective.version(),
                        "retrospective",
                        () -> row(id),
                        AoRetrospective::getRowVersion);
        RetrospectiveMapper.copy(retrospective, row);
        row.setRowVersion(next);
        row.save();
        ao.deleteWithSQL(AoRetroAction.class, AoRetroAction.RETRO_ID + " = ?", row.getID());
        return retrospective.storedAs(id, insertActions(row.getID(), retrospective), next);
    }

    @Override
    public void delete(RetrospectiveId id) {
        ao.deleteWithSQL(AoRetroAction.class, AoRetroAction.RETRO_ID + " = ?", (int) id.value());
        ao.deleteWithSQL(AoRetrospective.class, "ID = ?", (int) id.value());
        claims.release("retrospective:" + id);
    }

    /**
     * Inserts the actions in one batch and reads back their ids, so saving costs the same for 1 or
     * 100 actions.
     */
    private List<RetroAction> insertActions(int retroId, Retrospective retrospective) {
        List<RetroAction> actions = retrospective.actions();
        if (actions.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int position = 0; position < actions.size(); position++) {
            rows.add(RetrospectiveMapper.columns(retroId, position, actions.get(position)));
        }
        ao.create(AoRetroAction.class, rows);
        return Rows.whereIn(
                        ao,
                        AoRetroAction.class,
                        AoRetroAction.RETRO_ID,
                        List.of(retroId),
                        ACTION_ORDER)
                .stream()
                .map(RetrospectiveMapper::toDomain)
                .toList();
    }
}
