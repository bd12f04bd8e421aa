package org.experimentlog.app.port;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.failure.AppliedIn;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.HelpedMark;
import org.experimentlog.domain.failure.Reader;

/** Stores failure stories, "this helped me" marks and "applied in" records. */
public interface FailureStoryRepository {
    Optional<FailureStory> find(FailureStoryId id);

    /**
     * The stories the reader may see, newest first. Visibility is decided in the query, so neither
     * the items nor the total ever count a story the reader may not see.
     */
    Page<FailureStory> visibleTo(Reader reader, StoryFilter filter, ZoneId zone, PageRequest page);

    /**
     * At most {@code limit} stories with an id above {@code afterId}, by id, whatever their
     * audience, in one query. Only for the administrators' full export, which pages by the last id
     * seen so a story shared or deleted between two pages neither repeats nor hides another.
     */
    List<FailureStory> exportPage(long afterId, int limit);

    /**
     * @throws StaleVersionException when the stored version differs from the story's version
     */
    FailureStory save(FailureStory story);

    /** Deletes the story with its marks and "applied in" records. */
    void delete(FailureStoryId id);

    /**
     * Forgets a deleted experiment: stories about it stay (their lessons stand) but lose the link,
     * and records that a lesson was applied in its issue are removed. Returns how many stories lost
     * their link.
     */
    int detachExperiment(ExperimentId experiment, long issueId);

    /** Adds the mark; returns false when the reader had already marked the story. */
    boolean mark(HelpedMark mark);

    /** Removes the reader's mark; returns false when there was none. */
    boolean unmark(FailureStoryId story, UserRef reader);

    /** How many readers each story helped, in one query; stories without marks are absent. */
    Map<FailureStoryId, Integer> helpedCounts(Collection<FailureStoryId> stories);

    /** Whether this reader marked the story. */
    boolean hasMarked(FailureStoryId story, UserRef reader);

    AppliedIn add(AppliedIn appliedIn);

    /** The record that the story's lesson was applied in this issue, if there is one. */
    Optional<AppliedIn> findAppliedIn(FailureStoryId story, long issueId);

    /**
     * Removes the record that the story's lesson was applied in this issue; false when there was
     * none.
     */
    boolean removeAppliedIn(FailureStoryId story, long issueId);

    /** Where the story's lesson was applied, oldest first. */
    List<AppliedIn> appliedIn(FailureStoryId story);

    /**
     * The stories linked to an experiment, oldest first, whoever may read them; the caller filters.
     */
    List<FailureStory> about(ExperimentId experiment);
}
