package org.experimentlog.app.digest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.DigestSource;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.follow.FollowTarget;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class DigestBuilderTest {
    private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-12-08T00:00:00Z");
    private static final Instant DURING = Instant.parse("2026-12-03T10:00:00Z");
    private static final UserRef PIA = new UserRef("pia");
    private static final IssueRef PERMIT_1 = new IssueRef(1, "PERMIT-1");

    @Rule public MockitoRule mockito = MockitoJUnit.rule();
    @Mock private AccessPolicy access;

    private DigestBuilder target;
    private Reader pia;
    private List<FollowTarget> follows;

    @Before
    public void setUp() {
        when(access.canBrowse(eq(PIA), any())).thenReturn(true);
        target = new DigestBuilder(access, 0.95);
        pia = new Reader(PIA, Set.of(new DepartmentId(1)), false);
        follows = List.of(FollowTarget.department(2), FollowTarget.tag("forms"));
    }

    @Test
    public void build_shouldListALearningOnce_inTheGroupOfTheFirstThingFollowedItMatches() {
        DigestSource.Activity activity =
                activity(
                        List.of(learning(10, Set.of(2L), Set.of("forms"), DURING)),
                        List.of(),
                        List.of());

        DigestBuilder.Built built = build(activity, Set.of());

        assertEquals(1, built.digest().groups().size());
        assertEquals(FollowTarget.department(2), built.digest().groups().get(0).target());
        assertEquals(List.of("learning:10"), built.items().stream().map(i -> i.key()).toList());
    }

    @Test
    public void build_shouldLeaveOut_whatWasSentBefore_orHappenedOutsideThePeriod_orMayNotBeSeen() {
        when(access.canBrowse(PIA, new IssueRef(3, "PERMIT-3"))).thenReturn(false);
        DigestSource.Activity activity =
                activity(
                        List.of(
                                learning(10, Set.of(2L), Set.of(), DURING),
                                learning(11, Set.of(2L), Set.of(), FROM.minusSeconds(1)),
                                new DigestSource.NewLearning(
                                        12,
                                        new IssueRef(3, "PERMIT-3"),
                                        new ProjectKey("PERMIT"),
                                        "hidden",
                                        Set.of(2L),
                                        Set.of(),
                                        Set.of(),
                                        DURING)),
                        List.of(),
                        List.of());

        DigestBuilder.Built built = build(activity, Set.of("learning:10"));

        assertEquals(List.of(), built.items());
        assertEquals(0, built.digest().size());
    }

    @Test
    public void build_shouldLeaveOutAStory_sharedOnlyWithADepartmentTheReaderIsNotIn() {
        DigestSource.NewStory forDesign = story(20, false, Set.of(2L));
        DigestSource.NewStory forBoth = story(21, false, Set.of(1L, 2L));

        DigestBuilder.Built built =
                build(activity(List.of(), List.of(), List.of(forDesign, forBoth)), Set.of());

        assertEquals(List.of("story:21"), built.items().stream().map(i -> i.key()).toList());
    }

    @Test
    public void build_shouldTellTheVerdictOfAConcludedExperiment() {
        DigestSource.ClosedExperiment concluded =
                new DigestSource.ClosedExperiment(
                        5,
                        PERMIT_1,
                        new ProjectKey("PERMIT"),
                        "a one-page form",
                        Stage.CONCLUDED,
                        Optional.of(Verdict.VALIDATED),
                        Set.of(2L),
                        Set.of(),
                        Set.of(),
                        List.of(),
                        DURING);

        DigestBuilder.Built built =
                build(activity(List.of(), List.of(concluded), List.of()), Set.of());

        Digest.Entry entry = built.digest().groups().get(0).entries().get(0);
        assertEquals(Digest.EntryKind.CONCLUDED, entry.kind());
        assertEquals(Optional.of("validated"), entry.verdictCode());
    }

    @Test
    public void build_shouldListAtMostTwentyItemsAGroup_andCountTheRest() {
        List<DigestSource.NewLearning> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(learning(100 + i, Set.of(2L), Set.of(), DURING));
        }

        DigestBuilder.Built built = build(activity(many, List.of(), List.of()), Set.of());

        assertEquals(DigestBuilder.MAX_PER_GROUP, built.digest().groups().get(0).entries().size());
        assertEquals(5, built.digest().groups().get(0).more());
        assertEquals(DigestBuilder.MAX_PER_GROUP, built.items().size());
    }

    @Test
    public void build_shouldReportFeedbackOnTheReadersOwnStories_butNotTheirOwnMarks() {
        DigestSource.StoryFeedback helped =
                new DigestSource.StoryFeedback(
                        "helped:1",
                        7,
                        "My story",
                        PIA,
                        new UserRef("dirk"),
                        Optional.empty(),
                        DURING);
        DigestSource.StoryFeedback own =
                new DigestSource.StoryFeedback(
                        "helped:2", 7, "My story", PIA, PIA, Optional.empty(), DURING);
        DigestSource.Activity activity =
                new DigestSource.Activity(List.of(), List.of(), List.of(), List.of(helped, own));

        DigestBuilder.Built built = build(activity, Set.of());

        assertEquals(List.of("helped:1"), built.items().stream().map(i -> i.key()).toList());
        assertTrue(built.digest().groups().isEmpty());
        assertEquals(1, built.digest().yourLessons().size());
    }

    private DigestBuilder.Built build(DigestSource.Activity activity, Set<String> sent) {
        return target.build(
                pia,
                "Pia",
                Locale.ENGLISH,
                FROM,
                UNTIL,
                follows,
                t -> t.value(),
                activity,
                sent,
                new DigestBuilder.Links() {
                    @Override
                    public String issue(String issueKey) {
                        return "/browse/" + issueKey;
                    }

                    @Override
                    public String story(long storyId) {
                        return "/failures/" + storyId;
                    }

                    @Override
                    public String following() {
                        return "/following";
                    }

                    @Override
                    public String library(FollowTarget followed) {
                        return "/library";
                    }

                    @Override
                    public String unsubscribe(FollowTarget followed) {
                        return "/unsubscribe";
                    }
                });
    }

    private static DigestSource.Activity activity(
            List<DigestSource.NewLearning> learnings,
            List<DigestSource.ClosedExperiment> experiments,
            List<DigestSource.NewStory> stories) {
        return new DigestSource.Activity(learnings, experiments, stories, List.of());
    }

    private static DigestSource.NewLearning learning(
            long id, Set<Long> departments, Set<String> tags, Instant at) {
        return new DigestSource.NewLearning(
                id,
                PERMIT_1,
                new ProjectKey("PERMIT"),
                "Learning " + id,
                departments,
                Set.of(),
                tags,
                at);
    }

    private static DigestSource.NewStory story(long id, boolean everyone, Set<Long> audience) {
        return new DigestSource.NewStory(
                id,
                "Story " + id,
                everyone,
                audience,
                new UserRef("tess"),
                Optional.empty(),
                Optional.empty(),
                DURING);
    }
}
