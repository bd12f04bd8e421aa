package org.experimentlog.app.port;

import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;

/** Stores the retrospectives teams held, with their notes and actions. */
public interface RetrospectiveRepository {
    Optional<Retrospective> find(RetrospectiveId id);

    /** The retrospectives held on a scope, newest period first. */
    List<Retrospective> listFor(Scope scope);

    /** A page of every retrospective, by id, each with its actions: the actions of a page are read in one query. */
    Page<Retrospective> list(PageRequest page);

    /** Stores the retrospective with its actions, replacing the actions stored before. @throws StaleVersionException when the stored version differs */
    Retrospective save(Retrospective retrospective);
}
