package org.experimentlog.domain.failure;

import static org.experimentlog.testing.FailureStories.aFailureStory;
import static org.experimentlog.testing.FailureStories.aStoryText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.FailureStories;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

/** Sharing and editing a story. Who may read it is in {@link FailureStoryVisibilityTest}. */
public class FailureStoryTest {
    private static final Instant NOW = Instant.parse("2025-04-10T11:00:00Z");
    private static final Instant LATER = Instant.parse("2025-04-11T08:00:00Z");

    private StoryText text;
    private List<ContributingFactor> factors;
    private Impact impact;
    private StoryLink link;
    private Audience audience;
    private boolean anonymous;
    private boolean anonymousAllowed;

    @Before
    public void setUp() {
        text = aStoryText();
        factors = List.of(ContributingFactor.DATA_QUALITY);
        impact = Impact.MEDIUM;
        link = new StoryLink(new ExperimentId(Experiments.ID), Experiments.ISSUE, null);
        audience = Audience.everyone();
        anonymous = false;
        anonymousAllowed = true;
    }

    private FailureStory share() {
        return FailureStory.share(
                text,
                factors,
                impact,
                link,
                audience,
                anonymous,
                anonymousAllowed,
                Users.MARIA,
                NOW);
    }

    private static StoryText textWithOtherFactors(String otherFactors) {
        StoryText base = aStoryText();
        return new StoryText(
                base.title(),
                base.whatWeTried(),
                base.whatHappened(),
                base.whatWeLearned(),
                base.whatWeWillDoDifferently(),
                otherFactors);
    }

    @Test
    public void share_shouldKeepTheStoryUnderTheAuthorsName_whenNotAnonymous() {
        FailureStory target = share();

        assertEquals(text, target.text());
        assertEquals(Set.of(ContributingFactor.DATA_QUALITY), target.factors());
        assertEquals(Impact.MEDIUM, target.impact());
        assertEquals(Optional.of(link), target.link());
        assertEquals(Optional.of(Users.MARIA), target.shownAuthor());
        assertEquals(NOW, target.createdAt());
        assertEquals(NOW, target.updatedAt());
        assertEquals(Optional.empty(), target.id());
        assertEquals(0, target.version());
    }

    @Test
    public void share_shouldAcceptNoLink_whenTheStoryIsNotAboutAnExperiment() {
        link = null;

        FailureStory target = share();

        assertEquals(Optional.empty(), target.link());
    }

    @Test
    public void share_shouldAskForAFactor_whenNoFactorIsNamedOrDescribed() {
        factors = List.of();

        InvalidInputException e = assertThrows(InvalidInputException.class, this::share);

        assertEquals(
                "Name at least one contributing factor, or describe one in your own words.",
                e.getMessage());
        assertEquals(Optional.of("factors"), e.field());
    }

    @Test
    public void share_shouldAccept_whenTheOnlyFactorIsDescribedInOwnWords() {
        factors = List.of();
        text = textWithOtherFactors("The supplier changed the address format without telling us.");

        FailureStory target = share();

        assertTrue(target.factors().isEmpty());
        assertEquals(
                "The supplier changed the address format without telling us.",
                target.text().otherFactors());
    }

    @Test
    public void share_shouldAskForAFactor_whenTheOwnWordsAreBlank() {
        factors = List.of();
        text = textWithOtherFactors("   ");

        InvalidInputException e = assertThrows(InvalidInputException.class, this::share);

        assertEquals(Optional.of("factors"), e.field());
    }

    @Test
    public void share_shouldKeepAFactorOnce_whenNamedTwice() {
        factors = List.of(ContributingFactor.TIME_PRESSURE, ContributingFactor.TIME_PRESSURE);

        FailureStory target = share();

        assertEquals(EnumSet.of(ContributingFactor.TIME_PRESSURE), target.factors());
    }

    @Test
    public void share_shouldRefuseAnonymity_whenTheAdministratorTurnedItOff() {
        anonymous = true;
        anonymousAllowed = false;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::share);

        assertEquals(
                "Could not share the story anonymously: your administrator has turned anonymous stories off.",
                e.getMessage());
        assertEquals(Optional.of("anonymous"), e.field());
    }

    @Test
    public void share_shouldHideTheAuthorButKeepThemForEditing_whenAnonymousAndAllowed() {
        anonymous = true;

        FailureStory target = share();

        assertTrue(target.anonymous());
        assertEquals(Optional.empty(), target.shownAuthor());
        assertEquals(Users.MARIA, target.author());
        assertTrue(target.isWrittenBy(Users.MARIA));
    }

    @Test
    public void share_shouldAcceptANamedStory_whenAnonymityIsTurnedOff() {
        anonymousAllowed = false;

        FailureStory target = share();

        assertEquals(Optional.of(Users.MARIA), target.shownAuthor());
    }

    @Test
    public void share_shouldRequireAnImpact_whenTheImpactIsNull() {
        impact = null;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::share);

        assertEquals("The impact is required.", e.getMessage());
        assertEquals(Optional.of("impact"), e.field());
    }

    @Test
    public void share_shouldRequireAnAudience_whenTheAudienceIsNull() {
        audience = null;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::share);

        assertEquals("The audience is required.", e.getMessage());
        assertEquals(Optional.of("audience"), e.field());
    }

    @Test
    public void factors_shouldBeUnmodifiable_whenRead() {
        FailureStory target = share();

        assertThrows(
                UnsupportedOperationException.class,
                () -> target.factors().add(ContributingFactor.SCOPE_TOO_LARGE));
    }

    @Test
    public void edit_shouldApplyTheChangeAndKeepTheHistory_whenTheAuthorEdits() {
        FailureStory target = aFailureStory().build();
        Reader author = new Reader(Users.MARIA, Set.of(), false);

        FailureStory result =
                target.edit(
                        author,
                        text,
                        List.of(ContributingFactor.COMMUNICATION_GAP),
                        Impact.HIGH,
                        null,
                        Audience.departments(Set.of(Departments.OPERATIONS)),
                        false,
                        true,
                        LATER);

        assertEquals(Set.of(ContributingFactor.COMMUNICATION_GAP), result.factors());
        assertEquals(Impact.HIGH, result.impact());
        assertEquals(Optional.empty(), result.link());
        assertEquals(target.requireId(), result.requireId());
        assertEquals(target.version(), result.version());
        assertEquals(FailureStories.SHARED_AT, result.createdAt());
        assertEquals(LATER, result.updatedAt());
    }

    @Test
    public void edit_shouldKeepTheAuthor_whenAnAdministratorEdits() {
        FailureStory target = aFailureStory().build();
        Reader admin = new Reader(Users.ADMIN, Set.of(), true);

        FailureStory result =
                target.edit(admin, text, factors, impact, link, audience, false, true, LATER);

        assertEquals(Users.MARIA, result.author());
        assertEquals(LATER, result.updatedAt());
    }

    @Test
    public void edit_shouldDeny_whenTheEditorIsAnotherReaderWhoCanSeeIt() {
        FailureStory target = aFailureStory().sharedWithDepartments(Departments.OPERATIONS).build();
        Reader colleague = new Reader(Users.JOOST, Set.of(Departments.OPERATIONS), false);

        AccessDeniedException e =
                assertThrows(
                        AccessDeniedException.class,
                        () ->
                                target.edit(
                                        colleague, text, factors, impact, link, audience, false,
                                        true, LATER));

        assertEquals(
                "Could not edit the story: only its author and administrators can.",
                e.getMessage());
        assertEquals(Optional.empty(), e.field());
    }

    @Test
    public void edit_shouldRefuseToBecomeAnonymous_whenTheAdministratorTurnedItOff() {
        FailureStory target = aFailureStory().build();
        Reader author = new Reader(Users.MARIA, Set.of(), false);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                target.edit(
                                        author, text, factors, impact, link, audience, true, false,
                                        LATER));

        assertEquals(Optional.of("anonymous"), e.field());
    }

    @Test
    public void edit_shouldStayAnonymous_whenAnonymityWasTurnedOffAfterSharing() {
        FailureStory target = aFailureStory().anonymous().build();
        Reader author = new Reader(Users.MARIA, Set.of(), false);

        FailureStory result =
                target.edit(author, text, factors, impact, link, audience, true, false, LATER);

        assertEquals(Optional.empty(), result.shownAuthor());
    }

    @Test
    public void edit_shouldShowTheAuthor_whenTheAuthorDropsAnonymity() {
        FailureStory target = aFailureStory().anonymous().build();
        Reader author = new Reader(Users.MARIA, Set.of(), false);

        FailureStory result =
                target.edit(author, text, factors, impact, link, audience, false, false, LATER);

        assertEquals(Optional.of(Users.MARIA), result.shownAuthor());
    }

    @Test
    public void edit_shouldStillAskForAFactor_whenTheEditRemovesThemAll() {
        FailureStory target = aFailureStory().build();
        Reader author = new Reader(Users.MARIA, Set.of(), false);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                target.edit(
                                        author, text, List.of(), impact, link, audience, false,
                                        true, LATER));

        assertEquals(Optional.of("factors"), e.field());
    }

    @Test
    public void canEdit_shouldBeTrue_whenTheReaderIsTheAuthor() {
        FailureStory target = aFailureStory().build();

        assertTrue(target.canEdit(new Reader(Users.MARIA, Set.of(), false)));
    }

    @Test
    public void canEdit_shouldBeTrue_whenTheReaderIsAnAdministrator() {
        FailureStory target = aFailureStory().build();

        assertTrue(target.canEdit(new Reader(Users.ADMIN, Set.of(), true)));
    }

    @Test
    public void canEdit_shouldBeFalse_whenTheReaderIsSomeoneElse() {
        FailureStory target = aFailureStory().build();

        assertFalse(target.canEdit(new Reader(Users.JOOST, Set.of(Departments.PRODUCT), false)));
    }

    @Test
    public void isWrittenBy_shouldBeFalse_whenAskedAboutSomeoneElse() {
        FailureStory target = aFailureStory().build();

        assertFalse(target.isWrittenBy(Users.JOOST));
    }

    @Test
    public void storedAs_shouldTakeIdAndVersion_whenStored() {
        FailureStory target = share();

        FailureStory result = target.storedAs(new FailureStoryId(550), 1);

        assertEquals(new FailureStoryId(550), result.requireId());
        assertEquals(1, result.version());
    }

    @Test
    public void requireId_shouldSayNotStored_whenTheStoryHasNoId() {
        FailureStory target = share();

        NullPointerException e = assertThrows(NullPointerException.class, target::requireId);

        assertEquals("The story is not stored yet", e.getMessage());
    }
}
