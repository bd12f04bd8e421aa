package org.experimentlog.testing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Tag;

/**
 * Builds stored learnings; by default a general learning (id {@value #ID}) of the default
 * experiment.
 */
public final class Learnings {
    public static final long ID = 201;
    public static final Instant WRITTEN_AT = Instant.parse("2025-04-03T10:00:00Z");

    private long id = ID;
    private long experimentId = Experiments.ID;
    private Long iterationId;
    private String statement =
            "Residents renew sooner when the form already knows their licence plate.";
    private List<Tag> tags = List.of(new Tag("digital-forms"), new Tag("parking-permits"));
    private UserRef author = Users.MARIA;

    private Learnings() {}

    public static Learnings aLearning() {
        return new Learnings();
    }

    public Learnings withId(long value) {
        id = value;
        return this;
    }

    public Learnings ofExperiment(long value) {
        experimentId = value;
        return this;
    }

    public Learnings fromIteration(long value) {
        iterationId = value;
        return this;
    }

    public Learnings saying(String value) {
        statement = value;
        return this;
    }

    public Learnings taggedWith(String... values) {
        tags = Arrays.stream(values).map(Tag::new).toList();
        return this;
    }

    public Learnings writtenBy(UserRef value) {
        author = value;
        return this;
    }

    public Learning build() {
        return Learning.stored(
                new LearningId(id),
                new ExperimentId(experimentId),
                iterationId == null ? null : new IterationId(iterationId),
                statement,
                tags,
                author,
                WRITTEN_AT,
                1);
    }
}
