package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.List;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.LearningHit;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LibraryHit;
import org.experimentlog.app.port.LibraryOrder;
import org.experimentlog.app.port.LibraryResult;
import org.experimentlog.app.port.LibrarySearch;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.failure.Reader;
import org.springframework.stereotype.Component;

/**
 * The learning library page: one search over the learnings and the failure stories the caller may
 * see.
 *
 * <p>Learnings follow {@link LearningVisibility}'s rule (only projects the caller may browse are
 * searched, and a hit in an issue hidden by issue security is dropped and taken off the total);
 * stories follow the failures-shared feed's rule, decided inside the query from the caller's
 * departments, so a story shared with one department is never shown or counted for anyone else.
 */
@Component
public class LibrarySearchService {
    /** How many tag suggestions the autocomplete offers. */
    public static final int TAG_SUGGESTIONS = 10;

    private final LibrarySearch library;
    private final LearningVisibility visibility;
    private final Clock clock;
    private final Caller caller;

    @Inject
    public LibrarySearchService(
            LibrarySearch library, LearningVisibility visibility, Clock clock, Caller caller) {
        this.library = library;
        this.visibility = visibility;
        this.clock = clock;
        this.caller = caller;
    }

    /**
     * A page of the learnings and stories the caller may see that match, in the given order; days
     * in the host's time zone.
     *
     * @throws NotAuthenticatedException when nobody is logged in
     */
    public LibraryResult search(LearningQuery query, LibraryOrder order, PageRequest page) {
        Reader reader = caller.reader();
        LibraryResult found =
                library.search(
                        query.in(clock.zone()).visibleIn(visibility.projects(reader.user(), query)),
                        reader,
                        order,
                        page);
        List<LibraryHit> visible =
                visibility.visible(
                        reader.user(),
                        found.page().items(),
                        hit -> hit.learningIfAny().map(LearningHit::issue));
        int hidden = found.page().items().size() - visible.size();
        if (hidden == 0) {
            return found;
        }
        Page<LibraryHit> shown =
                new Page<>(
                        visible,
                        found.page().startAt(),
                        found.page().maxResults(),
                        found.page().total() - hidden);
        return new LibraryResult(shown, found.learnings() - hidden, found.stories());
    }

    /**
     * Tags of learnings the caller may see that start with the prefix, alphabetically, for the tag
     * autocomplete.
     *
     * @throws NotAuthenticatedException when nobody is logged in
     */
    public List<String> tags(String prefix) {
        UserRef user = caller.user();
        return library.tagsStartingWith(
                prefix, visibility.projects(user, LearningQuery.all()), TAG_SUGGESTIONS);
    }
}
