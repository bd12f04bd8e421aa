package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.LearningHit;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LearningSearch;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.UserRef;
import org.springframework.stereotype.Component;

/**
 * The learning library: what every team learned, searchable by anyone who may see the experiments
 * it came from, by {@link LearningVisibility}'s rule.
 */
@Component
public class LibraryService {
    private final LearningSearch library;
    private final LearningVisibility visibility;
    private final Caller caller;
    private final Clock clock;

    @Inject
    public LibraryService(
            LearningSearch library, LearningVisibility visibility, Caller caller, Clock clock) {
        this.library = library;
        this.visibility = visibility;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * A page of the learnings the caller may see that match the query, newest first. The days of
     * the period are days in the host's time zone.
     *
     * @throws NotAuthenticatedException when nobody is logged in
     */
    public Page<LearningHit> search(LearningQuery query, PageRequest page) {
        UserRef user = caller.user();
        Page<LearningHit> found =
                library.search(
                        query.in(clock.zone()).visibleIn(visibility.projects(user, query)), page);
        List<LearningHit> visible =
                visibility.visible(user, found.items(), hit -> Optional.of(hit.issue()));
        if (visible.size() == found.items().size()) {
            return found;
        }
        return new Page<>(
                visible,
                found.startAt(),
                found.maxResults(),
                found.total() - (found.items().size() - visible.size()));
    }
}
