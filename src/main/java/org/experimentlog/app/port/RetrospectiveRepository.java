package org.experimentlog.app.port;

import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;

/** Stores the retrospectives teams held, with their notes and actions. */
public interface RetrospectiveRepository {
    Optional<Retrospective> find(RetrospectiveId id);

    /** The retrospectives held on a scope, newest period first. */
    List<Retrospective> listFor(Scope scope);

    /**
     * At most {@code limit} retrospectives with an id above {@code afterId}, by id, whatever their
     * scope, each with its actions: two queries per page. The full export pages this way, by the
     * last id seen, so a retrospective held between two pages neither repeats nor hides another.
     */
    List<Retrospective> exportPage(long afterId, int limit);

    /**
     * Stores the retrospective with its actions, replacing the actions stored before. @throws
     * StaleVersionException when the stored version differs
     */
    Retrospective save(Retrospective retrospective);

    /** Deletes the retrospective with its actions; nothing when it does not exist. */
    void delete(RetrospectiveId id);
}
