package org.experimentlog.persistence;

import java.util.Map;
import java.util.stream.Collectors;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.StoryLink;
import org.experimentlog.domain.failure.StoryText;

/** Maps failure story rows to domain objects and back. */
final class StoryMapper {
    private StoryMapper() {}

    static FailureStory toDomain(AoFailureStory row) {
        StoryText text =
                new StoryText(
                        row.getTitle(),
                        row.getWhatWeTried(),
                        row.getWhatHappened(),
                        row.getWhatWeLearned(),
                        row.getDoDifferently(),
                        row.getOtherFactors());
        StoryLink link =
                row.getExperimentId() == null
                        ? null
                        : new StoryLink(
                                new ExperimentId(row.getExperimentId()),
                                new IssueRef(row.getIssueId(), row.getIssueKey()),
                                row.getIterationId() == null
                                        ? null
                                        : new IterationId(row.getIterationId()));
        Audience audience =
                row.isToEveryone()
                        ? Audience.everyone()
                        : Audience.departments(
                                StoryCodes.split(row.getAudience()).stream()
                                        .map(id -> new DepartmentId(Long.parseLong(id)))
                                        .collect(Collectors.toSet()));
        return FailureStory.stored(
                new FailureStoryId(row.getID()),
                text,
                StoryCodes.split(row.getFactors()).stream()
                        .map(code -> Coded.fromCode(ContributingFactor.class, code, "factors"))
                        .toList(),
                Coded.fromCode(Impact.class, row.getImpact(), "impact"),
                link,
                audience,
                row.isAnonymous(),
                new UserRef(row.getAuthor()),
                Days.toInstant(row.getCreatedAt()),
                Days.toInstant(row.getUpdatedAt()),
                row.getRowVersion());
    }

    /**
     * Every column of a story but the version; its author and when it was first shared stay as
     * stored.
     */
    private static final Columns<FailureStory, AoFailureStory> STORY =
            new Columns<FailureStory, AoFailureStory>()
                    .changeable(
                            AoFailureStory.TITLE, s -> s.text().title(), AoFailureStory::setTitle)
                    .changeable(
                            AoFailureStory.WHAT_WE_TRIED,
                            s -> s.text().whatWeTried(),
                            AoFailureStory::setWhatWeTried)
                    .changeable(
                            AoFailureStory.WHAT_HAPPENED,
                            s -> s.text().whatHappened(),
                            AoFailureStory::setWhatHappened)
                    .changeable(
                            AoFailureStory.WHAT_WE_LEARNED,
                            s -> s.text().whatWeLearned(),
                            AoFailureStory::setWhatWeLearned)
                    .changeable(
                            AoFailureStory.DO_DIFFERENTLY,
                            s -> s.text().whatWeWillDoDifferently(),
                            AoFailureStory::setDoDifferently)
                    .changeable(
                            AoFailureStory.OTHER_FACTORS,
                            s -> s.text().otherFactors(),
                            AoFailureStory::setOtherFactors)
                    .changeable(
                            AoFailureStory.IMPACT,
                            s -> s.impact().code(),
                            AoFailureStory::setImpact)
                    .changeable(
                            AoFailureStory.EXPERIMENT_ID,
                            s -> s.link().map(l -> (int) l.experiment().value()).orElse(null),
                            AoFailureStory::setExperimentId)
                    .changeable(
                            AoFailureStory.ISSUE_ID,
                            s -> s.link().map(l -> l.issue().id()).orElse(null),
                            AoFailureStory::setIssueId)
                    .changeable(
                            AoFailureStory.ISSUE_KEY,
                            s -> s.link().map(l -> l.issue().key()).orElse(null),
                            AoFailureStory::setIssueKey)
                    .changeable(
                            AoFailureStory.ITERATION_ID,
                            s ->
                                    s.link()
                                            .flatMap(StoryLink::iterationId)
                                            .map(i -> (int) i.value())
                                            .orElse(null),
                            AoFailureStory::setIterationId)
                    .changeable(
                            AoFailureStory.TO_EVERYONE,
                            s -> s.audience().toEveryone(),
                            AoFailureStory::setToEveryone)
                    .changeable(
                            AoFailureStory.AUDIENCE,
                            s ->
                                    StoryCodes.join(
                                            s.audience().departments().stream()
                                                    .map(DepartmentId::toString)
                                                    .toList()),
                            AoFailureStory::setAudience)
                    .changeable(
                            AoFailureStory.FACTORS,
                            s ->
                                    StoryCodes.join(
                                            s.factors().stream()
                                                    .map(ContributingFactor::code)
                                                    .toList()),
                            AoFailureStory::setFactors)
                    .changeable(
                            AoFailureStory.ANONYMOUS,
                            FailureStory::anonymous,
                            AoFailureStory::setAnonymous)
                    .fixed(AoFailureStory.AUTHOR, s -> s.author().key())
                    .fixed(AoFailureStory.CREATED_AT, s -> Days.toDate(s.createdAt()))
                    .changeable(
                            AoFailureStory.UPDATED_AT,
                            s -> Days.toDate(s.updatedAt()),
                            AoFailureStory::setUpdatedAt)
                    .changeable(
                            AoFailureStory.SEARCH_TEXT,
                            StoryMapper::searchText,
                            AoFailureStory::setSearchText)
                    .changeable(
                            AoFailureStory.TERMS,
                            s -> SearchTerms.of(searchText(s)),
                            AoFailureStory::setTerms);

    static Map<String, Object> columns(FailureStory story) {
        return STORY.values(story);
    }

    static void copy(FailureStory story, AoFailureStory row) {
        STORY.update(story, row);
    }

    /**
     * The story's words for the library's text search, lower case by the same rule as a learning's
     * statement.
     */
    static String searchText(FailureStory story) {
        StringBuilder text = new StringBuilder();
        for (String part :
                new String[] {
                    story.text().title(),
                    story.text().whatWeTried(),
                    story.text().whatHappened(),
                    story.text().whatWeLearned(),
                    story.text().whatWeWillDoDifferently(),
                    story.text().otherFactors()
                }) {
            if (part != null && !part.isBlank()) {
                text.append(part).append('\n');
            }
        }
        return LearningIndex.searchText(text.toString());
    }
}
