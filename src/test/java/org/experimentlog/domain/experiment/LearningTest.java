package org.experimentlog.domain.experiment;

import static org.experimentlog.testing.Experiments.anExperiment;
import static org.experimentlog.testing.Iterations.anIteration;
import static org.experimentlog.testing.Learnings.aLearning;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.Iterations;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

public class LearningTest {
    private static final Instant NOW = Instant.parse("2025-04-03T10:00:00Z");
    private static final String STATEMENT =
            "Residents trust a form that already knows their plate.";

    private Experiment experiment;
    private Iteration iteration;
    private List<Tag> tags;

    @Before
    public void setUp() {
        experiment = anExperiment().running().build();
        iteration = anIteration().build();
        tags = List.of(new Tag("digital-forms"));
    }

    @Test
    public void write_shouldLinkTheExperimentAndIteration_whenWrittenOnAnIteration() {
        Learning target = Learning.write(experiment, iteration, STATEMENT, tags, Users.MARIA, NOW);

        assertEquals(new ExperimentId(Experiments.ID), target.experimentId());
        assertEquals(Optional.of(new IterationId(Iterations.ID)), target.iterationId());
        assertEquals(STATEMENT, target.statement());
        assertEquals(Users.MARIA, target.author());
        assertEquals(NOW, target.createdAt());
        assertEquals(Optional.empty(), target.id());
        assertEquals(0, target.version());
    }

    @Test
    public void write_shouldHaveNoIteration_whenWrittenOnTheWholeExperiment() {
        Learning target = Learning.write(experiment, null, STATEMENT, tags, Users.MARIA, NOW);

        assertEquals(Optional.empty(), target.iterationId());
    }

    @Test
    public void write_shouldThrowIllegalArgument_whenTheIterationBelongsToAnotherExperiment() {
        iteration = anIteration().ofExperiment(Experiments.ID + 1).build();

        assertThrows(
                IllegalArgumentException.class,
                () -> Learning.write(experiment, iteration, STATEMENT, tags, Users.MARIA, NOW));
    }

    @Test
    public void write_shouldBeAllowed_whenTheExperimentIsConcluded() {
        experiment = anExperiment().concluded().build();

        Learning target = Learning.write(experiment, null, STATEMENT, tags, Users.MARIA, NOW);

        assertEquals(STATEMENT, target.statement());
    }

    @Test
    public void write_shouldRequireAStatement_whenTheStatementIsBlank() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Learning.write(experiment, null, " ", tags, Users.MARIA, NOW));

        assertEquals("What was learned is required.", e.getMessage());
        assertEquals(Optional.of("statement"), e.field());
    }

    @Test
    public void write_shouldAcceptTheMaximumStatement_whenItHas1000Characters() {
        String statement = "x".repeat(Learning.STATEMENT_MAX);

        Learning target = Learning.write(experiment, null, statement, tags, Users.MARIA, NOW);

        assertEquals(1000, target.statement().length());
    }

    @Test
    public void write_shouldRefuse_whenTheStatementHas1001Characters() {
        String statement = "x".repeat(Learning.STATEMENT_MAX + 1);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Learning.write(experiment, null, statement, tags, Users.MARIA, NOW));

        assertEquals(
                "What was learned can have at most 1,000 characters; this has 1,001.",
                e.getMessage());
        assertEquals(Optional.of("statement"), e.field());
    }

    @Test
    public void write_shouldSortTheTags_whenGivenOutOfOrder() {
        tags = List.of(new Tag("parking"), new Tag("digital-forms"), new Tag("accessibility"));

        Learning target = Learning.write(experiment, null, STATEMENT, tags, Users.MARIA, NOW);

        assertEquals(
                List.of(new Tag("accessibility"), new Tag("digital-forms"), new Tag("parking")),
                List.copyOf(target.tags()));
    }

    @Test
    public void write_shouldKeepATagOnce_whenGivenInDifferentCases() {
        tags = List.of(new Tag("Forms"), new Tag("forms"), new Tag(" FORMS "));

        Learning target = Learning.write(experiment, null, STATEMENT, tags, Users.MARIA, NOW);

        assertEquals(Set.of(new Tag("forms")), target.tags());
    }

    @Test
    public void write_shouldAcceptTenTags_whenAtTheMaximum() {
        tags = tags(Learning.MAX_TAGS);

        Learning target = Learning.write(experiment, null, STATEMENT, tags, Users.MARIA, NOW);

        assertEquals(10, target.tags().size());
    }

    @Test
    public void write_shouldRefuse_whenGivenElevenTags() {
        List<Tag> eleven = tags(Learning.MAX_TAGS + 1);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                Learning.write(
                                        experiment, null, STATEMENT, eleven, Users.MARIA, NOW));

        assertEquals("A learning can have at most 10 tags.", e.getMessage());
        assertEquals(Optional.of("tags"), e.field());
    }

    @Test
    public void write_shouldCountDistinctTags_whenElevenTagsHaveACaseDuplicate() {
        tags = new ArrayList<>(tags(Learning.MAX_TAGS));
        tags.add(new Tag("TAG-1"));

        Learning target = Learning.write(experiment, null, STATEMENT, tags, Users.MARIA, NOW);

        assertEquals(10, target.tags().size());
    }

    @Test
    public void write_shouldThrowNullPointer_whenTheExperimentIsNotStored() {
        experiment = Experiment.open(Experiments.ISSUE, Users.MARIA, NOW);

        assertThrows(
                NullPointerException.class,
                () -> Learning.write(experiment, null, STATEMENT, tags, Users.MARIA, NOW));
    }

    @Test
    public void tags_shouldBeUnmodifiable_whenRead() {
        Learning target = aLearning().build();

        assertThrows(
                UnsupportedOperationException.class, () -> target.tags().add(new Tag("extra")));
    }

    @Test
    public void reword_shouldKeepIdentityAndAuthor_whenReworded() {
        Learning target = aLearning().build();

        Learning result =
                target.reword(
                        "Plates change less often than we thought.", List.of(new Tag("data")));

        assertEquals(target.requireId(), result.requireId());
        assertEquals(target.author(), result.author());
        assertEquals(target.createdAt(), result.createdAt());
        assertEquals(Set.of(new Tag("data")), result.tags());
    }

    @Test
    public void reword_shouldRefuse_whenGivenElevenTags() {
        Learning target = aLearning().build();

        assertThrows(InvalidInputException.class, () -> target.reword(STATEMENT, tags(11)));
    }

    @Test
    public void storedAs_shouldTakeIdAndVersion_whenStored() {
        Learning target = Learning.write(experiment, null, STATEMENT, tags, Users.MARIA, NOW);

        Learning result = target.storedAs(new LearningId(250), 1);

        assertEquals(new LearningId(250), result.requireId());
        assertEquals(1, result.version());
    }

    private static List<Tag> tags(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Tag("tag-" + i))
                .collect(Collectors.toList());
    }
}
