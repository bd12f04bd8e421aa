package org.experimentlog.app;

import static org.experimentlog.testing.FailureStories.aFailureStory;
import static org.experimentlog.testing.FailureStories.aStoryText;
import static org.experimentlog.testing.Iterations.anIteration;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.command.EditStory;
import org.experimentlog.app.command.RecordAppliedIn;
import org.experimentlog.app.command.ShareStory;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.failure.AppliedIn;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.HelpedMark;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.failure.StoryLink;
import org.experimentlog.domain.failure.StoryText;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.testing.Departments;
import org.experimentlog.testing.Experiments;
import org.experimentlog.testing.FailureStories;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.Iterations;
import org.experimentlog.testing.RecordingTransactions;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/**
 * Sharing, editing, reading and marking failure stories. The caller is Maria, a member of the
 * Product department's group; story 501 is her own, story 502 is Joost's, shared with Product only.
 */
public class FailureStoryServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final FailureStoryId OWN = new FailureStoryId(FailureStories.ID);
    private static final FailureStoryId COLLEAGUES = new FailureStoryId(502);
    private static final IterationId ITERATION = new IterationId(Iterations.ID);
    private static final IssueRef APPLIED_ISSUE = new IssueRef(10020, "PERMIT-20");
    private static final DepartmentId UNKNOWN_DEPARTMENT = new DepartmentId(9);
    private static final StoryText EDITED_TEXT =
            new StoryText(
                    "Reminders went to outdated addresses",
                    "We sent renewal reminders by post from the permit register.",
                    "A third of the letters came back.",
                    "The permit register misses recent moves.",
                    null,
                    null);

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private FailureStoryRepository stories;
    @Mock private ExperimentRepository experiments;
    @Mock private DepartmentRepository departments;
    @Mock private SettingsRepository settings;
    @Mock private IssueGateway issues;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;

    private final RecordingTransactions transactions = new RecordingTransactions();
    private long version;
    private String issueKey;
    private IterationId iteration;
    private Audience audience;
    private boolean anonymous;
    private FailureStoryService target;

    @Before
    public void setUp() {
        target =
                new FailureStoryService(
                        stories,
                        experiments,
                        departments,
                        settings,
                        issues,
                        access,
                        audit,
                        new FixedClock(NOW, ZONE),
                        transactions,
                        new Caller(users, access, departments));
        version = 1;
        issueKey = Experiments.ISSUE.key();
        iteration = ITERATION;
        audience = Audience.departments(Set.of(Departments.PRODUCT));
        anonymous = false;

        when(users.currentUser()).thenReturn(Optional.of(Users.MARIA));
        List<Department> stored =
                List.of(
                        Department.stored(Departments.PRODUCT, "Product", "product-team", 1),
                        Department.stored(
                                Departments.OPERATIONS, "Operations", "operations-team", 1),
                        Department.stored(Departments.POLICY, "Policy", null, 1));
        when(departments.list()).thenReturn(stored);
        stored.forEach(d -> when(departments.find(d.requireId())).thenReturn(Optional.of(d)));
        when(users.isMember(Users.MARIA, "product-team")).thenReturn(true);
        when(settings.load()).thenReturn(AppSettings.defaults());
        when(issues.findByKey(Experiments.ISSUE.key()))
                .thenReturn(
                        Optional.of(
                                new IssueSummary(Experiments.ISSUE, "Shorter permit form", true)));
        when(issues.findByKey(APPLIED_ISSUE.key()))
                .thenReturn(
                        Optional.of(
                                new IssueSummary(
                                        APPLIED_ISSUE, "Address check before mailings", true)));
        when(access.canBrowse(Users.MARIA, Experiments.ISSUE)).thenReturn(true);
        when(access.canBrowse(Users.MARIA, APPLIED_ISSUE)).thenReturn(true);
        when(access.canEdit(Users.MARIA, APPLIED_ISSUE)).thenReturn(true);
        when(access.canBrowseProject(any(), any())).thenReturn(true);
        when(stories.visibleTo(any(), any(), any(), any()))
                .thenReturn(Page.of(List.of(), PageRequest.first(20), 0));
        when(experiments.findByIssue(Experiments.ISSUE.id()))
                .thenReturn(Optional.of(Experiments.anExperiment().build()));
        when(experiments.findByIssue(APPLIED_ISSUE.id()))
                .thenReturn(
                        Optional.of(
                                Experiments.anExperiment()
                                        .withId(77)
                                        .onIssue(APPLIED_ISSUE.id(), APPLIED_ISSUE.key())
                                        .build()));
        when(experiments.findIteration(ITERATION)).thenReturn(Optional.of(anIteration().build()));
        when(stories.find(OWN)).thenReturn(Optional.of(aFailureStory().build()));
        when(stories.find(COLLEAGUES))
                .thenReturn(
                        Optional.of(
                                aFailureStory()
                                        .withId(COLLEAGUES.value())
                                        .writtenBy(Users.JOOST)
                                        .sharedWithDepartments(Departments.PRODUCT)
                                        .build()));
        when(stories.save(any()))
                .thenAnswer(
                        call -> {
                            transactions.write();
                            FailureStory story = call.getArgument(0);
                            return story.storedAs(story.id().orElse(OWN), story.version() + 1);
                        });
        when(stories.mark(any()))
                .thenAnswer(
                        call -> {
                            transactions.write();
                            return true;
                        });
        when(stories.unmark(any(), any()))
                .thenAnswer(
                        call -> {
                            transactions.write();
                            return true;
                        });
        when(stories.add(any()))
                .thenAnswer(
                        call -> {
                            transactions.write();
                            return call.getArgument(0);
                        });
        doAnswer(
                        call -> {
                            transactions.write();
                            return null;
                        })
                .when(stories)
                .delete(any());
        doAnswer(
                        call -> {
                            transactions.write();
                            return null;
                        })
                .when(audit)
                .record(any());
    }

    private ShareStory shareCommand() {
        return new ShareStory(
                aStoryText(),
                Set.of(ContributingFactor.DATA_QUALITY),
                Impact.HIGH,
                issueKey,
                iteration,
                audience,
                anonymous);
    }

    private EditStory editCommand() {
        return new EditStory(
                OWN,
                version,
                EDITED_TEXT,
                Set.of(ContributingFactor.COMMUNICATION_GAP),
                Impact.LOW,
                issueKey,
                iteration,
                audience,
                anonymous);
    }

    private void givenStory(FailureStory story) {
        when(stories.find(story.requireId())).thenReturn(Optional.of(story));
    }

    private FailureStory savedStory() {
        ArgumentCaptor<FailureStory> saved = ArgumentCaptor.forClass(FailureStory.class);
        verify(stories).save(saved.capture());
        return saved.getValue();
    }

    private AuditEntry audited() {
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        return entry.getValue();
    }

    private void assertNothingWritten() {
        verify(stories, never()).save(any());
        verify(stories, never()).delete(any());
        verify(stories, never()).mark(any());
        verify(stories, never()).unmark(any(), any());
        verify(stories, never()).add(any());
        verify(audit, never()).record(any());
    }

    private static FailureStory joostsStoryFor(DepartmentId department, FailureStoryId id) {
        return aFailureStory()
                .withId(id.value())
                .writtenBy(Users.JOOST)
                .sharedWithDepartments(department)
                .build();
    }

    @Test
    public void
            feed_shouldReadAsTheCallerWithTheDepartmentsOfTheirGroups_whenTheyAreNoAdministrator() {
        Page<FailureStory> page =
                Page.of(List.of(aFailureStory().build()), PageRequest.first(20), 1);
        when(stories.visibleTo(any(), any(), any(), any())).thenReturn(page);

        Page<FailureStory> result = target.feed(StoryFilter.none(), PageRequest.first(20));

        assertEquals(page.items(), result.items());
        verify(stories)
                .visibleTo(
                        new Reader(Users.MARIA, Set.of(Departments.PRODUCT), false),
                        StoryFilter.none(),
                        ZONE,
                        PageRequest.first(20));
    }

    @Test
    public void feed_shouldReadWithEveryDepartmentOfTheCaller_whenTheyAreInSeveralGroups() {
        when(users.isMember(Users.MARIA, "operations-team")).thenReturn(true);

        target.feed(StoryFilter.none(), PageRequest.first(20));

        ArgumentCaptor<Reader> reader = ArgumentCaptor.forClass(Reader.class);
        verify(stories).visibleTo(reader.capture(), any(), any(), any());
        assertEquals(
                Set.of(Departments.PRODUCT, Departments.OPERATIONS),
                reader.getValue().departments());
    }

    @Test
    public void feed_shouldReadWithNoDepartments_whenTheCallerIsInNoDepartmentGroup() {
        when(users.isMember(Users.MARIA, "product-team")).thenReturn(false);

        target.feed(StoryFilter.none(), PageRequest.first(20));

        verify(stories)
                .visibleTo(
                        new Reader(Users.MARIA, Set.of(), false),
                        StoryFilter.none(),
                        ZONE,
                        PageRequest.first(20));
    }

    @Test
    public void feed_shouldReadAsAdministrator_whenTheCallerAdministersTheApp() {
        when(access.isAdministrator(Users.MARIA)).thenReturn(true);

        target.feed(StoryFilter.none(), PageRequest.first(20));

        verify(stories)
                .visibleTo(
                        new Reader(Users.MARIA, Set.of(Departments.PRODUCT), true),
                        StoryFilter.none(),
                        ZONE,
                        PageRequest.first(20));
    }

    @Test
    public void feed_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(
                NotAuthenticatedException.class,
                () -> target.feed(StoryFilter.none(), PageRequest.first(20)));

        verify(stories, never()).visibleTo(any(), any(), any(), any());
    }

    @Test
    public void view_shouldReturnTheStory_whenItIsSharedWithADepartmentOfTheCaller() {
        FailureStory result = target.view(COLLEAGUES);

        assertEquals(COLLEAGUES, result.requireId());
        assertEquals(Users.JOOST, result.author());
    }

    @Test
    public void view_shouldSayNotFound_whenTheStoryIsSharedWithOtherDepartmentsOnly() {
        givenStory(joostsStoryFor(Departments.POLICY, COLLEAGUES));

        NotFoundException e = assertThrows(NotFoundException.class, () -> target.view(COLLEAGUES));

        assertEquals(
                "Story 502 does not exist or you do not have permission to see it.",
                e.getMessage());
    }

    @Test
    public void view_shouldSayNotFound_whenTheStoryDoesNotExist() {
        when(stories.find(COLLEAGUES)).thenReturn(Optional.empty());

        NotFoundException e = assertThrows(NotFoundException.class, () -> target.view(COLLEAGUES));

        assertEquals(
                "Story 502 does not exist or you do not have permission to see it.",
                e.getMessage());
    }

    @Test
    public void view_shouldReturnAStoryOfOtherDepartments_whenTheCallerIsAnAdministrator() {
        givenStory(joostsStoryFor(Departments.POLICY, COLLEAGUES));
        when(access.isAdministrator(Users.MARIA)).thenReturn(true);

        FailureStory result = target.view(COLLEAGUES);

        assertEquals(COLLEAGUES, result.requireId());
    }

    @Test
    public void view_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.view(COLLEAGUES));

        verify(stories, never()).find(any());
    }

    @Test
    public void
            share_shouldStoreTheStoryLinkedToItsExperimentAndIteration_andAuditIt_inOneTransaction() {
        FailureStory result = target.share(shareCommand());

        FailureStory saved = savedStory();
        assertEquals(Optional.empty(), saved.id());
        assertEquals(aStoryText(), saved.text());
        assertEquals(Set.of(ContributingFactor.DATA_QUALITY), saved.factors());
        assertEquals(Impact.HIGH, saved.impact());
        assertEquals(
                Optional.of(
                        new StoryLink(
                                new ExperimentId(Experiments.ID), Experiments.ISSUE, ITERATION)),
                saved.link());
        assertEquals(Audience.departments(Set.of(Departments.PRODUCT)), saved.audience());
        assertFalse(saved.anonymous());
        assertEquals(Users.MARIA, saved.author());
        assertEquals(NOW, saved.createdAt());
        assertEquals(OWN, result.requireId());
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.FAILURE_STORY,
                        FailureStories.ID,
                        AuditAction.CREATED,
                        "Shared the story \"Renewal reminders went to old addresses\".",
                        AuditText.of(
                                AuditKey.STORY_SHARED, "Renewal reminders went to old addresses")),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void share_shouldStoreAStoryWithoutLink_whenNoIssueIsGiven() {
        issueKey = null;
        iteration = null;

        target.share(shareCommand());

        assertEquals(Optional.empty(), savedStory().link());
        verify(issues, never()).findByKey(any());
    }

    @Test
    public void share_shouldLinkTheExperimentOnly_whenNoIterationIsGiven() {
        iteration = null;

        target.share(shareCommand());

        assertEquals(
                Optional.of(
                        new StoryLink(new ExperimentId(Experiments.ID), Experiments.ISSUE, null)),
                savedStory().link());
    }

    @Test
    public void share_shouldStoreTheAuthorButKeepThemOutOfTheAudit_whenTheStoryIsAnonymous() {
        anonymous = true;

        target.share(shareCommand());

        FailureStory saved = savedStory();
        assertTrue(saved.anonymous());
        assertEquals(Users.MARIA, saved.author());
        AuditEntry entry = audited();
        assertEquals(
                "Shared the story \"Renewal reminders went to old addresses\".", entry.summary());
        assertFalse(entry.summary().contains(Users.MARIA.key()));
        assertEquals(
                List.of("Renewal reminders went to old addresses"),
                entry.keyed().orElseThrow().arguments());
    }

    @Test
    public void share_shouldRefuseAnonymity_whenTheSettingsForbidAnonymousStories() {
        anonymous = true;
        when(settings.load()).thenReturn(new AppSettings(false, true, null, 0.95, 1));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.share(shareCommand()));

        assertEquals(Optional.of("anonymous"), e.field());
        assertNothingWritten();
    }

    @Test
    public void
            share_shouldStoreTheStoryUnderTheAuthorsName_whenTheSettingsForbidAnonymousStories() {
        when(settings.load()).thenReturn(new AppSettings(false, true, null, 0.95, 1));

        target.share(shareCommand());

        assertEquals(Optional.of(Users.MARIA), savedStory().shownAuthor());
    }

    @Test
    public void share_shouldSayNotFound_whenTheCallerMayNotBrowseTheLinkedIssue() {
        when(access.canBrowse(Users.MARIA, Experiments.ISSUE)).thenReturn(false);

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.share(shareCommand()));

        assertEquals(
                "Issue PERMIT-12 does not exist or you do not have permission to see it.",
                e.getMessage());
        assertEquals(Optional.of("experimentIssueKey"), e.field());
        assertNothingWritten();
    }

    @Test
    public void share_shouldSayNotFound_whenTheLinkedIssueDoesNotExist() {
        when(issues.findByKey(Experiments.ISSUE.key())).thenReturn(Optional.empty());

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.share(shareCommand()));

        assertEquals(
                "Issue PERMIT-12 does not exist or you do not have permission to see it.",
                e.getMessage());
        assertEquals(Optional.of("experimentIssueKey"), e.field());
        assertNothingWritten();
    }

    @Test
    public void share_shouldRefuse_whenTheLinkedIssueHasNoExperiment() {
        when(experiments.findByIssue(Experiments.ISSUE.id())).thenReturn(Optional.empty());

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.share(shareCommand()));

        assertEquals(Optional.of("experimentIssueKey"), e.field());
        assertEquals("Issue PERMIT-12 has no experiment to link the story to.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void share_shouldRefuse_whenTheIterationBelongsToAnotherExperiment() {
        when(experiments.findIteration(ITERATION))
                .thenReturn(Optional.of(anIteration().ofExperiment(42).build()));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.share(shareCommand()));

        assertEquals(Optional.of("iteration"), e.field());
        assertEquals("Iteration 101 is not part of PERMIT-12.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void share_shouldRefuse_whenTheIterationDoesNotExist() {
        when(experiments.findIteration(ITERATION)).thenReturn(Optional.empty());

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.share(shareCommand()));

        assertEquals(Optional.of("iteration"), e.field());
        assertNothingWritten();
    }

    @Test
    public void share_shouldRefuse_whenAnIterationIsGivenWithoutItsExperiment() {
        issueKey = " ";

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.share(shareCommand()));

        assertEquals(Optional.of("iteration"), e.field());
        assertEquals(
                "An iteration can only be linked together with its experiment.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void share_shouldRefuse_whenAnAudienceDepartmentDoesNotExist() {
        audience = Audience.departments(Set.of(Departments.PRODUCT, UNKNOWN_DEPARTMENT));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.share(shareCommand()));

        assertEquals(Optional.of("audience.departments"), e.field());
        assertEquals("Department 9 does not exist.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void share_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.share(shareCommand()));

        assertNothingWritten();
    }

    @Test
    public void edit_shouldStoreTheChanges_andAuditThem_inOneTransaction() {
        FailureStory result = target.edit(editCommand());

        FailureStory saved = savedStory();
        assertEquals(Optional.of(OWN), saved.id());
        assertEquals(1, saved.version());
        assertEquals(EDITED_TEXT, saved.text());
        assertEquals(Set.of(ContributingFactor.COMMUNICATION_GAP), saved.factors());
        assertEquals(Impact.LOW, saved.impact());
        assertEquals(
                Optional.of(
                        new StoryLink(
                                new ExperimentId(Experiments.ID), Experiments.ISSUE, ITERATION)),
                saved.link());
        assertEquals(Audience.departments(Set.of(Departments.PRODUCT)), saved.audience());
        assertEquals(Users.MARIA, saved.author());
        assertEquals(FailureStories.SHARED_AT, saved.createdAt());
        assertEquals(NOW, saved.updatedAt());
        assertEquals(2, result.version());
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.FAILURE_STORY,
                        FailureStories.ID,
                        AuditAction.UPDATED,
                        "Edited the story \"Reminders went to outdated addresses\".",
                        AuditText.of(
                                AuditKey.STORY_EDITED, "Reminders went to outdated addresses")),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void edit_shouldKeepTheAuthor_whenAnAdministratorEditsSomeoneElsesStory() {
        givenStory(aFailureStory().writtenBy(Users.JOOST).build());
        when(access.isAdministrator(Users.MARIA)).thenReturn(true);

        target.edit(editCommand());

        assertEquals(Users.JOOST, savedStory().author());
        assertEquals(Users.MARIA, audited().actor());
    }

    @Test
    public void edit_shouldBeForbidden_whenTheCallerIsNeitherTheAuthorNorAnAdministrator() {
        givenStory(aFailureStory().writtenBy(Users.JOOST).build());

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.edit(editCommand()));

        assertEquals(
                "Could not edit the story: only its author and administrators can.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void edit_shouldSayNotFound_whenTheCallerMayNotSeeTheStory() {
        givenStory(joostsStoryFor(Departments.POLICY, OWN));

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.edit(editCommand()));

        assertEquals(
                "Story 501 does not exist or you do not have permission to see it.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void edit_shouldRaiseStaleVersion_whenSomeoneElseSavedTheStoryMeanwhile() {
        givenStory(aFailureStory().build().storedAs(OWN, 2));

        StaleVersionException e =
                assertThrows(StaleVersionException.class, () -> target.edit(editCommand()));

        assertEquals(Optional.of("version"), e.field());
        assertNothingWritten();
    }

    @Test
    public void edit_shouldRefuseAnonymity_whenTheSettingsForbidAnonymousStories() {
        anonymous = true;
        when(settings.load()).thenReturn(new AppSettings(false, true, null, 0.95, 1));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.edit(editCommand()));

        assertEquals(Optional.of("anonymous"), e.field());
        assertNothingWritten();
    }

    @Test
    public void edit_shouldKeepTheAuthorOutOfTheAudit_whenTheStoryIsAnonymous() {
        givenStory(aFailureStory().anonymous().build());
        anonymous = true;

        target.edit(editCommand());

        assertTrue(savedStory().anonymous());
        AuditEntry entry = audited();
        assertEquals("Edited the story \"Reminders went to outdated addresses\".", entry.summary());
        assertFalse(entry.summary().contains(Users.MARIA.key()));
    }

    @Test
    public void edit_shouldSayNotFound_whenTheCallerMayNotBrowseTheLinkedIssue() {
        when(access.canBrowse(Users.MARIA, Experiments.ISSUE)).thenReturn(false);

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.edit(editCommand()));

        assertEquals(
                "Issue PERMIT-12 does not exist or you do not have permission to see it.",
                e.getMessage());
        assertEquals(Optional.of("experimentIssueKey"), e.field());
        assertNothingWritten();
    }

    @Test
    public void edit_shouldRefuse_whenTheLinkedIssueHasNoExperiment() {
        when(experiments.findByIssue(Experiments.ISSUE.id())).thenReturn(Optional.empty());

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.edit(editCommand()));

        assertEquals(Optional.of("experimentIssueKey"), e.field());
        assertNothingWritten();
    }

    @Test
    public void edit_shouldRefuse_whenTheIterationBelongsToAnotherExperiment() {
        when(experiments.findIteration(ITERATION))
                .thenReturn(Optional.of(anIteration().ofExperiment(42).build()));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.edit(editCommand()));

        assertEquals(Optional.of("iteration"), e.field());
        assertNothingWritten();
    }

    @Test
    public void edit_shouldRefuse_whenAnAudienceDepartmentDoesNotExist() {
        audience = Audience.departments(Set.of(UNKNOWN_DEPARTMENT));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> target.edit(editCommand()));

        assertEquals(Optional.of("audience.departments"), e.field());
        assertEquals("Department 9 does not exist.", e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void edit_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.edit(editCommand()));

        assertNothingWritten();
    }

    @Test
    public void delete_shouldDeleteTheStory_andAuditIt_inOneTransaction() {
        target.delete(OWN);

        verify(stories).delete(OWN);
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.FAILURE_STORY,
                        FailureStories.ID,
                        AuditAction.DELETED,
                        "Deleted the story \"Renewal reminders went to old addresses\".",
                        AuditText.of(
                                AuditKey.STORY_DELETED, "Renewal reminders went to old addresses")),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void delete_shouldDeleteSomeoneElsesStory_whenTheCallerIsAnAdministrator() {
        givenStory(aFailureStory().writtenBy(Users.JOOST).build());
        when(access.isAdministrator(Users.MARIA)).thenReturn(true);

        target.delete(OWN);

        verify(stories).delete(OWN);
    }

    @Test
    public void delete_shouldBeForbidden_whenTheCallerIsNeitherTheAuthorNorAnAdministrator() {
        givenStory(aFailureStory().writtenBy(Users.JOOST).build());

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> target.delete(OWN));

        assertEquals(
                "Could not delete the story: only its author and administrators can.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void delete_shouldSayNotFound_whenTheCallerMayNotSeeTheStory() {
        givenStory(joostsStoryFor(Departments.POLICY, OWN));

        NotFoundException e = assertThrows(NotFoundException.class, () -> target.delete(OWN));

        assertEquals(
                "Story 501 does not exist or you do not have permission to see it.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void delete_shouldKeepTheAuthorOutOfTheAudit_whenTheStoryIsAnonymous() {
        givenStory(aFailureStory().anonymous().build());

        target.delete(OWN);

        assertFalse(audited().summary().contains(Users.MARIA.key()));
    }

    @Test
    public void delete_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.delete(OWN));

        assertNothingWritten();
    }

    @Test
    public void markHelped_shouldStoreTheCallersMark_andAuditIt_inOneTransaction() {
        boolean result = target.markHelped(COLLEAGUES);

        assertTrue(result);
        verify(stories).mark(new HelpedMark(COLLEAGUES, Users.MARIA, NOW));
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.FAILURE_STORY,
                        COLLEAGUES.value(),
                        AuditAction.MARKED,
                        "Marked a story as helpful.",
                        AuditText.of(AuditKey.STORY_MARKED_HELPFUL)),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void
            markHelped_shouldReturnFalseAndAuditNothing_whenTheCallerHadMarkedTheStoryAlready() {
        when(stories.mark(any())).thenReturn(false);

        boolean result = target.markHelped(COLLEAGUES);

        assertFalse(result);
        verify(audit, never()).record(any());
    }

    @Test
    public void markHelped_shouldSayNotFound_whenTheCallerMayNotSeeTheStory() {
        givenStory(joostsStoryFor(Departments.POLICY, COLLEAGUES));

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.markHelped(COLLEAGUES));

        assertEquals(
                "Story 502 does not exist or you do not have permission to see it.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void markHelped_shouldRefuse_whenTheCallerSharedTheStoryThemselves() {
        assertThrows(RuleViolationException.class, () -> target.markHelped(OWN));

        assertNothingWritten();
    }

    @Test
    public void markHelped_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.markHelped(COLLEAGUES));

        assertNothingWritten();
    }

    @Test
    public void unmarkHelped_shouldRemoveTheCallersMark_andAuditIt_inOneTransaction() {
        boolean result = target.unmarkHelped(COLLEAGUES);

        assertTrue(result);
        verify(stories).unmark(COLLEAGUES, Users.MARIA);
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.FAILURE_STORY,
                        COLLEAGUES.value(),
                        AuditAction.UNMARKED,
                        "Took back a helpful mark.",
                        AuditText.of(AuditKey.STORY_UNMARKED_HELPFUL)),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void unmarkHelped_shouldReturnFalseAndAuditNothing_whenTheCallerHadNoMark() {
        when(stories.unmark(any(), any())).thenReturn(false);

        boolean result = target.unmarkHelped(COLLEAGUES);

        assertFalse(result);
        verify(audit, never()).record(any());
    }

    @Test
    public void unmarkHelped_shouldSayNotFound_whenTheCallerMayNotSeeTheStory() {
        givenStory(joostsStoryFor(Departments.POLICY, COLLEAGUES));

        NotFoundException e =
                assertThrows(NotFoundException.class, () -> target.unmarkHelped(COLLEAGUES));

        assertEquals(
                "Story 502 does not exist or you do not have permission to see it.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void unmarkHelped_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.unmarkHelped(COLLEAGUES));

        assertNothingWritten();
    }

    @Test
    public void recordAppliedIn_shouldStoreWhereTheLessonWasApplied_andAuditIt_inOneTransaction() {
        AppliedIn result =
                target.recordAppliedIn(
                        new RecordAppliedIn(COLLEAGUES, "PERMIT-20", "Checked addresses first."));

        ArgumentCaptor<AppliedIn> saved = ArgumentCaptor.forClass(AppliedIn.class);
        verify(stories).add(saved.capture());
        assertEquals(
                new AppliedIn(
                        COLLEAGUES, APPLIED_ISSUE, Users.MARIA, NOW, "Checked addresses first."),
                saved.getValue());
        assertEquals(saved.getValue(), result);
        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.FAILURE_STORY,
                        COLLEAGUES.value(),
                        AuditAction.UPDATED,
                        "Recorded that a story's lesson was applied in PERMIT-20.",
                        AuditText.of(AuditKey.APPLIED_IN_RECORDED, "PERMIT-20")),
                audited());
        transactions.assertWroteInOneTransaction();
    }

    @Test
    public void recordAppliedIn_shouldSayNotFound_whenTheCallerMayNotSeeTheStory() {
        givenStory(joostsStoryFor(Departments.POLICY, COLLEAGUES));

        NotFoundException e =
                assertThrows(
                        NotFoundException.class,
                        () ->
                                target.recordAppliedIn(
                                        new RecordAppliedIn(COLLEAGUES, "PERMIT-20", null)));

        assertEquals(
                "Story 502 does not exist or you do not have permission to see it.",
                e.getMessage());
        assertNothingWritten();
    }

    @Test
    public void recordAppliedIn_shouldSayNotFound_whenTheCallerMayNotBrowseTheIssue() {
        when(access.canBrowse(Users.MARIA, APPLIED_ISSUE)).thenReturn(false);

        NotFoundException e =
                assertThrows(
                        NotFoundException.class,
                        () ->
                                target.recordAppliedIn(
                                        new RecordAppliedIn(COLLEAGUES, "PERMIT-20", null)));

        assertEquals(
                "Issue PERMIT-20 does not exist or you do not have permission to see it.",
                e.getMessage());
        assertEquals(Optional.of("issueKey"), e.field());
        assertNothingWritten();
    }

    @Test
    public void recordAppliedIn_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(
                NotAuthenticatedException.class,
                () -> target.recordAppliedIn(new RecordAppliedIn(COLLEAGUES, "PERMIT-20", null)));

        assertNothingWritten();
    }

    @Test
    public void recordAppliedIn_shouldRefuse_whenTheIssueHasNoExperiment() {
        when(experiments.findByIssue(APPLIED_ISSUE.id())).thenReturn(Optional.empty());

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                target.recordAppliedIn(
                                        new RecordAppliedIn(COLLEAGUES, "PERMIT-20", null)));

        assertEquals("Issue PERMIT-20 has no experiment to record the lesson in.", e.getMessage());
        assertEquals(Optional.of("issueKey"), e.field());
        assertNothingWritten();
    }

    @Test
    public void share_shouldNotNameTheAuthorInTheAudit_whenTheStoryIsAnonymous() {
        target.share(
                new ShareStory(
                        aStoryText(),
                        Set.of(ContributingFactor.TIME_PRESSURE),
                        Impact.LOW,
                        null,
                        null,
                        Audience.everyone(),
                        true));

        assertEquals(FailureStoryService.ANONYMOUS, audited().actor());
    }

    @Test
    public void canMarkHelped_shouldBeTrue_whenSomeoneElseWroteTheStory() {
        assertTrue(target.canMarkHelped(target.view(COLLEAGUES)));
    }

    @Test
    public void canMarkHelped_shouldBeFalse_whenTheCallerWroteTheStory() {
        assertFalse(target.canMarkHelped(target.view(OWN)));
    }

    @Test
    public void hasMarked_shouldAskAboutTheCaller() {
        when(stories.hasMarked(COLLEAGUES, Users.MARIA)).thenReturn(true);

        assertTrue(target.hasMarked(COLLEAGUES));
    }

    @Test
    public void anonymousStoriesAllowed_shouldFollowTheSettings_forAnyUser() {
        when(access.isAdministrator(Users.MARIA)).thenReturn(false);

        assertEquals(
                AppSettings.defaults().anonymousStoriesAllowed(), target.anonymousStoriesAllowed());
    }

    @Test
    public void anonymousStoriesAllowed_shouldRefuse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertThrows(NotAuthenticatedException.class, () -> target.anonymousStoriesAllowed());
    }

    @Test
    public void recordAppliedIn_shouldRefuseAndWriteNothing_whenTheCallerMayNotEditTheIssue() {
        when(access.canEdit(Users.MARIA, APPLIED_ISSUE)).thenReturn(false);

        assertThrows(
                AccessDeniedException.class,
                () ->
                        target.recordAppliedIn(
                                new RecordAppliedIn(COLLEAGUES, APPLIED_ISSUE.key(), null)));

        verify(stories, never()).add(any());
    }

    @Test
    public void view_shouldHideTheExperimentLink_whenTheCallerMayNotBrowseItsProject() {
        when(access.canBrowseProject(Users.MARIA, Experiments.ISSUE.projectKey()))
                .thenReturn(false);

        FailureStory result = target.view(COLLEAGUES);

        assertTrue(result.linkHidden());
        assertEquals(Optional.empty(), result.link());
    }
}
