package org.experimentlog.web.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.experimentlog.app.FailureStoryService;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.failure.AppliedIn;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;

/**
 * Readers' reactions to stories (helped counts and "applied in" records) that {@link FailureStoryService} does not
 * offer yet. A stand-in until the use case has {@code helpedCounts} and {@code appliedIn} methods: it reads only
 * about stories the use case already let the caller see, and, like the use case, hides what the caller may not
 * see. Delete it when the use case grows those methods.
 */
@Named
final class StoryReactions {
    private final FailureStoryService service;
    private final FailureStoryRepository stories;
    private final AccessPolicy access;
    private final UserDirectory users;

    @Inject
    StoryReactions(FailureStoryService service, FailureStoryRepository stories, AccessPolicy access,
            UserDirectory users) {
        this.service = service;
        this.stories = stories;
        this.access = access;
        this.users = users;
    }

    /** How many readers each story helped, in one query for all of them; the stories came from the use case. */
    Map<FailureStoryId, Integer> helpedCounts(Collection<FailureStory> visible) {
        return stories.helpedCounts(visible.stream().map(FailureStory::requireId).toList());
    }

    /**
     * Where the story's lesson was applied, oldest first, leaving out issues the caller cannot browse: their key and
     * the note about them belong to a project the caller may not see.
     *
     * @throws org.experimentlog.domain.NotFoundException when the story does not exist or the caller may not read it
     */
    List<AppliedIn> appliedIn(FailureStoryId id) {
        service.view(id);
        UserRef user = users.currentUser().orElseThrow(NotAuthenticatedException::new);
        return stories.appliedIn(id).stream().filter(a -> access.canBrowse(user, a.issue())).toList();
    }
}
