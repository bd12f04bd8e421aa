package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LearningSearch;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.springframework.stereotype.Component;

/**
 * The one rule for which learnings a user may see, used by every search over them.
 *
 * <p>Permission is decided per project inside the search query: the host says which of the projects
 * that have learnings the user may browse, and the search only looks there, so neither a page nor
 * its total counts a learning the user may not see, and a page is never short. Jira can also hide
 * single issues of a browsable project (issue security levels), so each hit is checked once more: a
 * hit hidden that way is left out of its page and taken off that page's total. Only then can a
 * total still count a hidden learning, on a page not read.
 */
@Component
public final class LearningVisibility {
    private final LearningSearch learnings;
    private final AccessPolicy access;

    @Inject
    public LearningVisibility(LearningSearch learnings, AccessPolicy access) {
        this.learnings = learnings;
        this.access = access;
    }

    /** The projects with learnings the user may browse, within those the query asks for. */
    public Set<ProjectKey> projects(UserRef user, LearningQuery query) {
        return learnings.projectsWithLearnings().stream()
                .filter(
                        project ->
                                query.visibleProjectsIfRestricted()
                                        .map(asked -> asked.contains(project))
                                        .orElse(true))
                .filter(project -> access.canBrowseProject(user, project))
                .collect(Collectors.toSet());
    }

    /**
     * The hits of a page whose issue the user may browse; a hit without an issue (a failure story)
     * was already decided by its own query.
     */
    public <T> List<T> visible(UserRef user, List<T> hits, Function<T, Optional<IssueRef>> issue) {
        return hits.stream()
                .filter(hit -> issue.apply(hit).map(i -> access.canBrowse(user, i)).orElse(true))
                .toList();
    }
}
