package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.experimentlog.app.command.EditStory;
import org.experimentlog.app.command.RecordAppliedIn;
import org.experimentlog.app.command.ShareStory;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueKeys;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.failure.AppliedIn;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.HelpedMark;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.failure.StoryLink;
import org.springframework.stereotype.Component;

/**
 * The use cases of failures shared: share a blameless story, edit it, read the feed, say "this
 * helped me" and record where a lesson was applied. A story the caller may not read is reported as
 * not found, never as forbidden, so its existence does not leak. Audit summaries never name the
 * author of an anonymous story.
 */
@Component
public class FailureStoryService {
    /** The actor the audit log shows for the author of an anonymous story. */
    public static final UserRef ANONYMOUS = new UserRef("(anonymous)");

    private final FailureStoryRepository stories;
    private final ExperimentRepository experiments;
    private final DepartmentRepository departments;
    private final SettingsRepository settings;
    private final IssueGateway issues;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;
    private final Caller caller;

    @Inject
    public FailureStoryService(
            FailureStoryRepository stories,
            ExperimentRepository experiments,
            DepartmentRepository departments,
            SettingsRepository settings,
            IssueGateway issues,
            AccessPolicy access,
            AuditLog audit,
            Clock clock,
            Transactions transactions,
            Caller caller) {
        this.stories = stories;
        this.experiments = experiments;
        this.departments = departments;
        this.settings = settings;
        this.issues = issues;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.caller = caller;
    }

    /** The stories the caller may read, newest first. */
    public Page<FailureStory> feed(StoryFilter filter, PageRequest page) {
        Reader reader = caller.reader();
        Map<ProjectKey, Boolean> browsable = new HashMap<>();
        return stories.visibleTo(reader, filter, clock.zone(), page)
                .map(story -> shown(reader, story, browsable));
    }

    /**
     * The story as the caller may see it: a link to an experiment in a project the caller may not
     * browse is taken out, so neither its issue key nor its iteration shows; the story says only
     * that it is about an experiment the caller cannot see.
     *
     * @throws NotFoundException when the story does not exist or the caller may not read it
     */
    public FailureStory view(FailureStoryId id) {
        Reader reader = caller.reader();
        return shown(reader, visible(reader, id), new HashMap<>());
    }

    /** One permission check per project, not per story. */
    private FailureStory shown(
            Reader reader, FailureStory story, Map<ProjectKey, Boolean> browsable) {
        return story.link()
                .filter(
                        link ->
                                !browsable.computeIfAbsent(
                                        link.issue().projectKey(),
                                        project -> access.canBrowseProject(reader.user(), project)))
                .map(link -> story.withLinkHidden())
                .orElse(story);
    }

    /**
     * How many readers each of these stories helped, in one query; stories the caller may not read
     * are left out, and so are stories nobody marked.
     */
    public Map<FailureStoryId, Integer> helpedCounts(Collection<FailureStory> shown) {
        Reader reader = caller.reader();
        List<FailureStoryId> ids =
                shown.stream()
                        .filter(s -> s.isVisibleTo(reader))
                        .map(FailureStory::requireId)
                        .toList();
        return ids.isEmpty() ? Map.of() : stories.helpedCounts(ids);
    }

    /**
     * Where the story's lesson was applied, oldest first, leaving out issues the caller may not
     * browse: their key and the note about them belong to a project the caller may not see.
     *
     * @throws NotFoundException when the story does not exist or the caller may not read it
     */
    public List<AppliedIn> appliedIn(FailureStoryId id) {
        Reader reader = caller.reader();
        visible(reader, id);
        return stories.appliedIn(id).stream()
                .filter(a -> access.canBrowse(reader.user(), a.issue()))
                .toList();
    }

    /** Whether this caller said "this helped me" about the story. */
    public boolean hasMarked(FailureStoryId id) {
        return stories.hasMarked(id, caller.user());
    }

    /**
     * Whether the caller may say "this helped me" about a story they read: everyone except its
     * author.
     */
    public boolean canMarkHelped(FailureStory story) {
        return !story.isWrittenBy(caller.user());
    }

    /** Whether the caller may edit and delete the story: its author or an administrator. */
    public boolean canEdit(FailureStory story) {
        return story.canEdit(caller.reader());
    }

    /**
     * Who may remove an "applied in" record, asked once for the whole list: the caller when they
     * recorded it, or any record when the caller administers the app.
     */
    public Predicate<AppliedIn> appliedInRemovable() {
        Reader reader = caller.reader();
        return applied -> reader.administrator() || applied.by().equals(reader.user());
    }

    /**
     * Whether stories may be shared anonymously: the one part of the administrator's settings every
     * user may know, so the share form offers the choice only when it will be accepted.
     */
    public boolean anonymousStoriesAllowed() {
        caller.user();
        return settings.load().anonymousStoriesAllowed();
    }

    /** The departments a story can be shared with or filtered by. */
    public List<Department> departments() {
        caller.user();
        return departments.list();
    }

    /**
     * @throws InvalidInputException when an audience department or the linked experiment does not
     *     exist
     */
    public FailureStory share(ShareStory command) {
        Reader reader = caller.reader();
        StoryLink link = link(reader.user(), command.experimentIssueKey(), command.iteration());
        requireDepartments(command.audience());
        boolean anonymousAllowed = settings.load().anonymousStoriesAllowed();
        return transactions.inTransaction(
                () -> {
                    FailureStory saved =
                            stories.save(
                                    FailureStory.share(
                                            command.text(),
                                            command.factors(),
                                            command.impact(),
                                            link,
                                            command.audience(),
                                            command.anonymous(),
                                            anonymousAllowed,
                                            reader.user(),
                                            clock.now()));
                    audit.record(
                            new AuditEntry(
                                    actor(saved, reader),
                                    clock.now(),
                                    AuditedType.FAILURE_STORY,
                                    saved.requireId().value(),
                                    AuditAction.CREATED,
                                    AuditText.of(AuditKey.STORY_SHARED, saved.text().title())));
                    return saved;
                });
    }

    /**
     * @throws AccessDeniedException when the caller is neither the author nor an administrator
     * @throws StaleVersionException when someone else changed the story since the caller read it
     */
    public FailureStory edit(EditStory command) {
        Reader reader = caller.reader();
        StoryLink link = link(reader.user(), command.experimentIssueKey(), command.iteration());
        requireDepartments(command.audience());
        boolean anonymousAllowed = settings.load().anonymousStoriesAllowed();
        return transactions.inTransaction(
                () -> {
                    FailureStory current = visible(reader, command.story());
                    current.requireVersion(command.version());
                    FailureStory saved =
                            stories.save(
                                    current.edit(
                                            reader,
                                            command.text(),
                                            command.factors(),
                                            command.impact(),
                                            link,
                                            command.audience(),
                                            command.anonymous(),
                                            anonymousAllowed,
                                            clock.now()));
                    audit.record(
                            new AuditEntry(
                                    actor(saved, reader),
                                    clock.now(),
                                    AuditedType.FAILURE_STORY,
                                    saved.requireId().value(),
                                    AuditAction.UPDATED,
                                    AuditText.of(AuditKey.STORY_EDITED, saved.text().title())));
                    return saved;
                });
    }

    /**
     * @throws AccessDeniedException when the caller is neither the author nor an administrator
     */
    public void delete(FailureStoryId id) {
        Reader reader = caller.reader();
        transactions.inTransaction(
                () -> {
                    FailureStory current = visible(reader, id);
                    if (!current.canEdit(reader)) {
                        throw new AccessDeniedException(ErrorKey.STORY_DELETE_DENIED);
                    }
                    stories.delete(id);
                    audit.record(
                            new AuditEntry(
                                    actor(current, reader),
                                    clock.now(),
                                    AuditedType.FAILURE_STORY,
                                    id.value(),
                                    AuditAction.DELETED,
                                    AuditText.of(AuditKey.STORY_DELETED, current.text().title())));
                    return null;
                });
    }

    /** Says "this helped me"; returns false when the caller had said so already. */
    public boolean markHelped(FailureStoryId id) {
        Reader reader = caller.reader();
        return transactions.inTransaction(
                () -> {
                    boolean added =
                            stories.mark(HelpedMark.by(visible(reader, id), reader, clock.now()));
                    if (added) {
                        audit.record(
                                new AuditEntry(
                                        reader.user(),
                                        clock.now(),
                                        AuditedType.FAILURE_STORY,
                                        id.value(),
                                        AuditAction.MARKED,
                                        AuditText.of(AuditKey.STORY_MARKED_HELPFUL)));
                    }
                    return added;
                });
    }

    /** Takes back "this helped me"; returns false when there was nothing to take back. */
    public boolean unmarkHelped(FailureStoryId id) {
        Reader reader = caller.reader();
        return transactions.inTransaction(
                () -> {
                    visible(reader, id);
                    boolean removed = stories.unmark(id, reader.user());
                    if (removed) {
                        audit.record(
                                new AuditEntry(
                                        reader.user(),
                                        clock.now(),
                                        AuditedType.FAILURE_STORY,
                                        id.value(),
                                        AuditAction.UNMARKED,
                                        AuditText.of(AuditKey.STORY_UNMARKED_HELPFUL)));
                    }
                    return removed;
                });
    }

    /**
     * Records that the story's lesson was applied in an experiment; once per story and issue.
     *
     * @throws NotFoundException when the story or the experiment issue cannot be seen by the caller
     * @throws AccessDeniedException when the caller may not edit the issue
     * @throws RuleViolationException when it is recorded for this issue already
     */
    public AppliedIn recordAppliedIn(RecordAppliedIn command) {
        return recordAppliedIn(command, false);
    }

    /**
     * Records where a lesson was applied as {@link #recordAppliedIn(RecordAppliedIn)} does; with
     * {@code restore} it re-creates a removed record (the undo of a removal), audited as restored.
     */
    public AppliedIn recordAppliedIn(RecordAppliedIn command, boolean restore) {
        Reader reader = caller.reader();
        visible(reader, command.story());
        IssueSummary issue = browsableExperiment(reader.user(), command.issueKey(), "issueKey");
        if (!access.canEdit(reader.user(), issue.ref())) {
            throw new AccessDeniedException(
                    ErrorKey.EDIT_PERMISSION_MISSING,
                    Attempt.RECORD_WHERE_THE_LESSON_WAS_APPLIED,
                    issue.ref().key());
        }
        if (experiments.findByIssue(issue.ref().id()).isEmpty()) {
            throw new InvalidInputException(
                    "issueKey", ErrorKey.LESSON_NO_EXPERIMENT, issue.ref().key());
        }
        return transactions.inTransaction(
                () -> {
                    visible(reader, command.story());
                    AppliedIn saved =
                            stories.add(
                                    new AppliedIn(
                                            command.story(),
                                            issue.ref(),
                                            reader.user(),
                                            clock.now(),
                                            command.note()));
                    audit.record(
                            new AuditEntry(
                                    reader.user(),
                                    clock.now(),
                                    AuditedType.FAILURE_STORY,
                                    command.story().value(),
                                    restore ? AuditAction.RESTORED : AuditAction.UPDATED,
                                    AuditText.of(
                                            restore
                                                    ? AuditKey.APPLIED_IN_RESTORED
                                                    : AuditKey.APPLIED_IN_RECORDED,
                                            issue.ref().key())));
                    return saved;
                });
    }

    /**
     * Removes the record that the story's lesson was applied in an issue; whoever recorded it and
     * administrators may.
     *
     * @throws NotFoundException when the story cannot be read, the issue cannot be browsed or there
     *     is no record
     * @throws AccessDeniedException when the caller neither recorded it nor administers the app
     */
    public void removeAppliedIn(FailureStoryId id, String issueKey) {
        Reader reader = caller.reader();
        IssueSummary issue = browsableExperiment(reader.user(), issueKey, "issueKey");
        transactions.inTransaction(
                () -> {
                    visible(reader, id);
                    AppliedIn current =
                            stories.findAppliedIn(id, issue.ref().id())
                                    .orElseThrow(
                                            () ->
                                                    new NotFoundException(
                                                            ErrorKey.APPLIED_IN_NOT_FOUND,
                                                            issue.ref().key()));
                    if (!reader.administrator() && !current.by().equals(reader.user())) {
                        throw new AccessDeniedException(ErrorKey.APPLIED_IN_DELETE_DENIED);
                    }
                    stories.removeAppliedIn(id, issue.ref().id());
                    audit.record(
                            new AuditEntry(
                                    reader.user(),
                                    clock.now(),
                                    AuditedType.FAILURE_STORY,
                                    id.value(),
                                    AuditAction.UPDATED,
                                    AuditText.of(AuditKey.APPLIED_IN_REMOVED, issue.ref().key())));
                    return null;
                });
    }

    /**
     * Who the audit log names for a change to a story: the author of an anonymous story is recorded
     * as {@link #ANONYMOUS}, so the history never reveals what the story hides. Administrators
     * acting on a story are always named.
     */
    private static UserRef actor(FailureStory story, Reader reader) {
        return story.anonymous() && story.isWrittenBy(reader.user()) ? ANONYMOUS : reader.user();
    }

    private FailureStory visible(Reader reader, FailureStoryId id) {
        return stories.find(id)
                .filter(s -> s.isVisibleTo(reader))
                .orElseThrow(() -> new NotFoundException(ErrorKey.STORY_NOT_FOUND, id.toString()));
    }

    /**
     * The issue a request field names, if the user may browse it; the error names that field, for
     * the form.
     */
    private IssueSummary browsableExperiment(UserRef user, String issueKey, String field) {
        return issues.findByKey(IssueKeys.normalized(issueKey))
                .filter(i -> access.canBrowse(user, i.ref()))
                .orElseThrow(
                        () -> new NotFoundException(field, ErrorKey.ISSUE_NOT_FOUND, issueKey));
    }

    private StoryLink link(UserRef user, String issueKey, IterationId iteration) {
        if (issueKey == null || issueKey.isBlank()) {
            if (iteration != null) {
                throw new InvalidInputException(
                        "iteration", ErrorKey.LINK_ITERATION_WITHOUT_EXPERIMENT);
            }
            return null;
        }
        IssueSummary issue = browsableExperiment(user, issueKey, "experimentIssueKey");
        Experiment experiment =
                experiments
                        .findByIssue(issue.ref().id())
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "experimentIssueKey",
                                                ErrorKey.LINK_NO_EXPERIMENT,
                                                issue.ref().key()));
        if (iteration != null
                && experiments
                        .findIteration(iteration)
                        .filter(i -> i.experimentId().equals(experiment.requireId()))
                        .isEmpty()) {
            throw new InvalidInputException(
                    "iteration",
                    ErrorKey.ITERATION_NOT_PART,
                    iteration.toString(),
                    issue.ref().key());
        }
        return new StoryLink(experiment.requireId(), issue.ref(), iteration);
    }

    private void requireDepartments(Audience audience) {
        for (DepartmentId id : audience.departments()) {
            if (departments.find(id).isEmpty()) {
                throw new InvalidInputException(
                        "audience.departments", ErrorKey.DEPARTMENT_NOT_FOUND, id.toString());
            }
        }
    }
}
