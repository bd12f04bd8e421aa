package org.experimentlog.testing;

import java.time.Instant;
import java.util.Set;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.StoryLink;
import org.experimentlog.domain.failure.StoryText;

/**
 * Builds stored failure stories; by default story {@value #ID} by Maria about the default
 * experiment, shared with everyone under her name.
 */
public final class FailureStories {
    public static final long ID = 501;
    public static final Instant SHARED_AT = Instant.parse("2025-04-10T11:00:00Z");

    private long id = ID;
    private StoryText text = aStoryText();
    private Set<ContributingFactor> factors =
            Set.of(ContributingFactor.DATA_QUALITY, ContributingFactor.UNTESTED_ASSUMPTION);
    private Impact impact = Impact.MEDIUM;
    private StoryLink link =
            new StoryLink(new ExperimentId(Experiments.ID), Experiments.ISSUE, null);
    private Audience audience = Audience.everyone();
    private boolean anonymous;
    private UserRef author = Users.MARIA;

    private FailureStories() {}

    public static FailureStories aFailureStory() {
        return new FailureStories();
    }

    /** A complete account with no factors in the author's own words. */
    public static StoryText aStoryText() {
        return new StoryText(
                "Renewal reminders went to old addresses",
                "We sent renewal reminders by post from the permit register.",
                "A third of the letters came back: the register missed recent moves.",
                "The permit register is not a reliable source of addresses.",
                "Check addresses against the population register before a mailing.",
                null);
    }

    public FailureStories withId(long value) {
        id = value;
        return this;
    }

    public FailureStories withText(StoryText value) {
        text = value;
        return this;
    }

    public FailureStories withFactors(ContributingFactor... values) {
        factors = Set.of(values);
        return this;
    }

    public FailureStories sharedWith(Audience value) {
        audience = value;
        return this;
    }

    public FailureStories sharedWithDepartments(DepartmentId... values) {
        return sharedWith(Audience.departments(Set.of(values)));
    }

    public FailureStories anonymous() {
        anonymous = true;
        return this;
    }

    public FailureStories writtenBy(UserRef value) {
        author = value;
        return this;
    }

    public FailureStory build() {
        return FailureStory.stored(
                new FailureStoryId(id),
                text,
                factors,
                impact,
                link,
                audience,
                anonymous,
                author,
                SHARED_AT,
                SHARED_AT,
                1);
    }
}
