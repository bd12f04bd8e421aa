package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.LearningHit;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LearningSearch;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.springframework.stereotype.Component;

/**
 * The learning library: what every team learned, searchable by anyone who may see the experiments
 * it came from.
 *
 * <p>Permission is decided per project inside the search query: the use case asks the host which of
 * the projects that have learnings the caller may browse, and the search only looks there, so
 * neither a page nor its total counts a learning the caller may not see, and a page is never short.
 * Jira can also hide single issues of a browsable project (issue security levels), so each hit is
 * checked once more: a hit hidden that way is left out of its page and taken off that page's total.
 * Only then can a total still count a hidden learning, on a page not read.
 */
@Component
public class LibraryService {
    private final LearningSearch library;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final Clock clock;

    @Inject
    public LibraryService(
            LearningSearch library, AccessPolicy access, UserDirectory users, Clock clock) {
        this.library = library;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    /**
     * A page of the learnings the caller may see that match the query, newest first. The days of
     * the period are days in the host's time zone.
     *
     * @throws NotAuthenticatedException when nobody is logged in
     */
    public Page<LearningHit> search(LearningQuery query, PageRequest page) {
        UserRef user = users.currentUser().orElseThrow(NotAuthenticatedException::new);
        Set<ProjectKey> browsable =
                library.projectsWithLearnings().stream()
                        .filter(
                                project ->
                                        query.visibleProjectsIfRestricted()
                                                .map(asked -> asked.contains(project))
                                                .orElse(true))
                        .filter(project -> access.canBrowseProject(user, project))
                        .collect(Collectors.toSet());
        Page<LearningHit> found = library.search(query.in(clock.zone()).visibleIn(browsable), page);
        List<LearningHit> visible =
                found.items().stream().filter(hit -> access.canBrowse(user, hit.issue())).toList();
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
