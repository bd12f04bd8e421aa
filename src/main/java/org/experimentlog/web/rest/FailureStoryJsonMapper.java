package org.experimentlog.web.rest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.experimentlog.app.command.EditStory;
import org.experimentlog.app.command.RecordAppliedIn;
import org.experimentlog.app.command.ShareStory;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.Problems;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.failure.AppliedIn;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.StoryText;

/**
 * Maps failure stories to their JSON form, and request JSON and query parameters to commands and
 * filters.
 */
final class FailureStoryJsonMapper {
    private FailureStoryJsonMapper() {}

    /**
     * The story as readers see it: the author only through {@link FailureStory#shownAuthor()},
     * never directly.
     */
    static FailureStoryJson toJson(FailureStory story, int helpedCount) {
        StoryText t = story.text();
        return new FailureStoryJson(
                story.requireId().value(),
                t.title(),
                t.whatWeTried(),
                t.whatHappened(),
                t.whatWeLearned(),
                t.whatWeWillDoDifferently(),
                t.otherFactors(),
                story.factors().stream().map(Coded::code).toList(),
                story.impact().code(),
                story.link()
                        .map(
                                l ->
                                        new FailureStoryJson.ExperimentLinkJson(
                                                l.issue().key(),
                                                l.iterationId()
                                                        .map(IterationId::value)
                                                        .orElse(null)))
                        .orElse(null),
                new FailureStoryJson.AudienceJson(
                        story.audience().toEveryone(),
                        story.audience().departments().stream()
                                .map(DepartmentId::value)
                                .sorted()
                                .toList()),
                story.anonymous(),
                story.shownAuthor().map(UserRef::key).orElse(null),
                story.createdAt().toString(),
                story.updatedAt().toString(),
                story.version(),
                helpedCount,
                story.linkHidden() ? Boolean.TRUE : null);
    }

    static FailureStoryJson toJson(FailureStory story, Map<FailureStoryId, Integer> helpedCounts) {
        return toJson(story, helpedCounts.getOrDefault(story.requireId(), 0));
    }

    static FailureStoryJson.AppliedInJson toJson(AppliedIn appliedIn) {
        return new FailureStoryJson.AppliedInJson(
                appliedIn.issue().key(),
                appliedIn.by().key(),
                appliedIn.at().toString(),
                appliedIn.note());
    }

    static ShareStory share(FailureStoryRequestJson.StoryJson json) {
        Parts parts = parts(json, new Problems());
        return new ShareStory(
                parts.text(),
                parts.factors(),
                parts.impact(),
                json.experimentIssueKey(),
                parts.iteration(),
                parts.audience(),
                Boolean.TRUE.equals(json.anonymous()));
    }

    static EditStory edit(FailureStoryId id, FailureStoryRequestJson.StoryJson json) {
        Problems problems = new Problems();
        Long version = problems.check(() -> JsonInput.version(json.version()));
        Parts parts = parts(json, problems);
        return new EditStory(
                id,
                version,
                parts.text(),
                parts.factors(),
                parts.impact(),
                json.experimentIssueKey(),
                parts.iteration(),
                parts.audience(),
                Boolean.TRUE.equals(json.anonymous()));
    }

    /** The parts of a story request, every problem of them reported at once. */
    private record Parts(
            StoryText text,
            Set<ContributingFactor> factors,
            Impact impact,
            IterationId iteration,
            Audience audience) {}

    private static Parts parts(FailureStoryRequestJson.StoryJson json, Problems problems) {
        StoryText text = problems.check(() -> text(json));
        Set<ContributingFactor> factors = problems.check(() -> factors(json.factors()));
        if (factors != null
                && factors.isEmpty()
                && (json.otherFactors() == null || json.otherFactors().isBlank())) {
            problems.note(new InvalidInputException("factors", ErrorKey.STORY_FACTORS_REQUIRED));
        }
        Impact impact = problems.check(() -> impact(json));
        IterationId iteration = problems.check(() -> iteration(json));
        Audience audience = problems.check(() -> audience(json.audience()));
        problems.done();
        return new Parts(text, factors, impact, iteration, audience);
    }

    static RecordAppliedIn appliedIn(
            FailureStoryId id, FailureStoryRequestJson.AppliedInChangeJson json) {
        String issueKey = JsonInput.required(json.issueKey(), "issueKey").strip();
        if (issueKey.isEmpty()) {
            throw new InvalidInputException("issueKey", ErrorKey.VALUE_REQUIRED, "issueKey");
        }
        return new RecordAppliedIn(id, issueKey, json.note());
    }

    /** The feed's filter from its query parameters; each malformed one is named. */
    static StoryFilter filter(
            String department, String factor, String impact, String from, String to, String text) {
        Integer departmentId = JsonInput.whole(department, "department");
        return new StoryFilter(
                departmentId == null ? null : department(departmentId, "department"),
                JsonInput.code(ContributingFactor.class, factor, "factor"),
                JsonInput.code(Impact.class, impact, "impact"),
                JsonInput.day(from, "from"),
                JsonInput.day(to, "to"),
                text);
    }

    private static StoryText text(FailureStoryRequestJson.StoryJson json) {
        return new StoryText(
                json.title(),
                json.whatWeTried(),
                json.whatHappened(),
                json.whatWeLearned(),
                json.whatWeWillDoDifferently(),
                json.otherFactors());
    }

    private static Set<ContributingFactor> factors(List<String> codes) {
        Set<ContributingFactor> factors = new LinkedHashSet<>();
        for (String code :
                JsonInput.list(
                        codes, "factors", FieldLabel.FACTORS, ContributingFactor.values().length)) {
            factors.add(JsonInput.requiredCode(ContributingFactor.class, code, "factors"));
        }
        return factors;
    }

    private static Impact impact(FailureStoryRequestJson.StoryJson json) {
        return JsonInput.requiredCode(Impact.class, json.impact(), "impact");
    }

    private static IterationId iteration(FailureStoryRequestJson.StoryJson json) {
        return json.iterationId() == null ? null : new IterationId(json.iterationId());
    }

    private static Audience audience(FailureStoryJson.AudienceJson json) {
        JsonInput.required(json, "audience");
        boolean everyone = Boolean.TRUE.equals(json.everyone());
        Set<DepartmentId> departments = new LinkedHashSet<>();
        for (Long id :
                JsonInput.list(
                        json.departments(),
                        "audience.departments",
                        FieldLabel.DEPARTMENTS,
                        Audience.MAX_DEPARTMENTS)) {
            departments.add(
                    department(
                            JsonInput.required(id, "audience.departments"),
                            "audience.departments"));
        }
        if (everyone && !departments.isEmpty()) {
            throw new InvalidInputException("audience.departments", ErrorKey.AUDIENCE_NOT_BOTH);
        }
        return new Audience(everyone, departments);
    }

    private static DepartmentId department(long id, String field) {
        if (id <= 0) {
            throw new InvalidInputException(
                    field, ErrorKey.DEPARTMENT_NOT_FOUND, Long.toString(id));
        }
        return new DepartmentId(id);
    }
}
