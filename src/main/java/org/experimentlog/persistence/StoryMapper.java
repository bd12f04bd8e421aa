package org.experimentlog.persistence;

import java.util.HashMap;
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
    private StoryMapper() {
    }

    static FailureStory toDomain(AoFailureStory row) {
        StoryText text = new StoryText(row.getTitle(), row.getWhatWeTried(), row.getWhatHappened(),
                row.getWhatWeLearned(), row.getDoDifferently(), row.getOtherFactors());
        StoryLink link = row.getExperimentId() == null ? null : new StoryLink(new ExperimentId(row.getExperimentId()),
                new IssueRef(row.getIssueId(), row.getIssueKey()),
                row.getIterationId() == null ? null : new IterationId(row.getIterationId()));
        Audience audience = row.isToEveryone() ? Audience.everyone() : Audience.departments(
                StoryCodes.split(row.getAudience()).stream().map(id -> new DepartmentId(Long.parseLong(id)))
                        .collect(Collectors.toSet()));
        return FailureStory.stored(new FailureStoryId(row.getID()), text,
                StoryCodes.split(row.getFactors()).stream()
                        .map(code -> Coded.fromCode(ContributingFactor.class, code, "factors")).toList(),
                Coded.fromCode(Impact.class, row.getImpact(), "impact"), link, audience, row.isAnonymous(),
                new UserRef(row.getAuthor()), Days.toInstant(row.getCreatedAt()), Days.toInstant(row.getUpdatedAt()),
                row.getRowVersion());
    }

    static Map<String, Object> columns(FailureStory story) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoFailureStory.TITLE, story.text().title());
        c.put(AoFailureStory.WHAT_WE_TRIED, story.text().whatWeTried());
        c.put(AoFailureStory.WHAT_HAPPENED, story.text().whatHappened());
        c.put(AoFailureStory.WHAT_WE_LEARNED, story.text().whatWeLearned());
        c.put(AoFailureStory.DO_DIFFERENTLY, story.text().whatWeWillDoDifferently());
        c.put(AoFailureStory.OTHER_FACTORS, story.text().otherFactors());
        c.put(AoFailureStory.IMPACT, story.impact().code());
        c.put(AoFailureStory.EXPERIMENT_ID, story.link().map(l -> (int) l.experiment().value()).orElse(null));
        c.put(AoFailureStory.ISSUE_ID, story.link().map(l -> l.issue().id()).orElse(null));
        c.put(AoFailureStory.ISSUE_KEY, story.link().map(l -> l.issue().key()).orElse(null));
        c.put(AoFailureStory.ITERATION_ID, story.link().flatMap(StoryLink::iterationId).map(i -> (int) i.value())
                .orElse(null));
        c.put(AoFailureStory.TO_EVERYONE, story.audience().toEveryone());
        c.put(AoFailureStory.AUDIENCE, StoryCodes.join(story.audience().departments().stream()
                .map(DepartmentId::toString).toList()));
        c.put(AoFailureStory.FACTORS, StoryCodes.join(story.factors().stream().map(ContributingFactor::code).toList()));
        c.put(AoFailureStory.ANONYMOUS, story.anonymous());
        c.put(AoFailureStory.AUTHOR, story.author().key());
        c.put(AoFailureStory.CREATED_AT, Days.toDate(story.createdAt()));
        c.put(AoFailureStory.UPDATED_AT, Days.toDate(story.updatedAt()));
        c.put(AoFailureStory.SEARCH_TEXT, searchText(story));
        c.put(AoFailureStory.TERMS, SearchTerms.of(searchText(story)));
        return c;
    }

    static void copy(FailureStory story, AoFailureStory row) {
        Map<String, Object> c = columns(story);
        row.setTitle((String) c.get(AoFailureStory.TITLE));
        row.setWhatWeTried((String) c.get(AoFailureStory.WHAT_WE_TRIED));
        row.setWhatHappened((String) c.get(AoFailureStory.WHAT_HAPPENED));
        row.setWhatWeLearned((String) c.get(AoFailureStory.WHAT_WE_LEARNED));
        row.setDoDifferently((String) c.get(AoFailureStory.DO_DIFFERENTLY));
        row.setOtherFactors((String) c.get(AoFailureStory.OTHER_FACTORS));
        row.setImpact((String) c.get(AoFailureStory.IMPACT));
        row.setExperimentId((Integer) c.get(AoFailureStory.EXPERIMENT_ID));
        row.setIssueId((Long) c.get(AoFailureStory.ISSUE_ID));
        row.setIssueKey((String) c.get(AoFailureStory.ISSUE_KEY));
        row.setIterationId((Integer) c.get(AoFailureStory.ITERATION_ID));
        row.setToEveryone(story.audience().toEveryone());
        row.setAudience((String) c.get(AoFailureStory.AUDIENCE));
        row.setFactors((String) c.get(AoFailureStory.FACTORS));
        row.setAnonymous(story.anonymous());
        row.setUpdatedAt(Days.toDate(story.updatedAt()));
        row.setSearchText((String) c.get(AoFailureStory.SEARCH_TEXT));
        row.setTerms((String) c.get(AoFailureStory.TERMS));
    }

    /** The story's words for the library's text search, lower case by the same rule as a learning's statement. */
    static String searchText(FailureStory story) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {story.text().title(), story.text().whatWeTried(), story.text().whatHappened(),
                story.text().whatWeLearned(), story.text().whatWeWillDoDifferently(), story.text().otherFactors()}) {
            if (part != null && !part.isBlank()) {
                text.append(part).append('\n');
            }
        }
        return LearningIndex.searchText(text.toString());
    }
}
