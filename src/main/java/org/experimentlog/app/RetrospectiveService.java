package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.experimentlog.app.command.HoldRetrospective;
import org.experimentlog.app.command.ProposedAction;
import org.experimentlog.app.command.ReviseRetrospective;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.RetrospectiveRepository;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.app.report.ReportExperiment;
import org.experimentlog.app.report.ReportQuery;
import org.experimentlog.app.report.RetrospectiveFigures;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.retrospective.ActionId;
import org.experimentlog.domain.retrospective.RetroAction;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.retrospective.ScopeKind;
import org.springframework.stereotype.Component;

/**
 * The retrospectives teams hold. Who may hold one depends on its scope: on a project, whoever may
 * edit issues in it; on a department, its members; on everything or an outcome, administrators and
 * the outcome managers. Revising and deleting follow the same rule plus authorship (administrators
 * always may); the owner of an action may tick it done. Every change is audited.
 */
@Component
public class RetrospectiveService {
    private final RetrospectiveRepository retrospectives;
    private final RetrospectiveFigures figures;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;
    private final UserDirectory users;
    private final SettingsRepository settings;
    private final Caller caller;

    @Inject
    public RetrospectiveService(
            RetrospectiveRepository retrospectives,
            RetrospectiveFigures figures,
            AccessPolicy access,
            UserDirectory users,
            AuditLog audit,
            Clock clock,
            Transactions transactions,
            SettingsRepository settings,
            Caller caller) {
        this.settings = settings;
        this.retrospectives = retrospectives;
        this.figures = figures;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.users = users;
        this.caller = caller;
    }

    /**
     * The figures of a scope and period, counting only the experiments in projects the caller may
     * browse and the failure stories the caller may read; days in the host's time zone.
     *
     * @throws NotFoundException when the scope is a project the caller may not browse
     */
    public RetrospectiveReport report(Scope scope, Period period) {
        return figures.report(query(scope, period));
    }

    /**
     * The experiments of the same report, one at a time, for the CSV export.
     *
     * @throws NotFoundException when the scope is a project the caller may not browse
     */
    public void reportExperiments(Scope scope, Period period, Consumer<ReportExperiment> each) {
        figures.experiments(query(scope, period), each);
    }

    /**
     * The projects a retrospective can be held on for the caller: those with experiments the caller
     * may browse.
     */
    public List<ProjectKey> projects() {
        UserRef user = caller.user();
        return figures.projectsWithExperiments().stream()
                .filter(project -> access.canBrowseProject(user, project))
                .sorted(Comparator.comparing(ProjectKey::value))
                .toList();
    }

    /**
     * Checks, before anything is written, that the caller may read a scope's report: an export
     * streams its rows after the response started, when a refusal can no longer become a 404.
     *
     * @throws NotFoundException when the scope is a project the caller may not browse
     */
    public void requireReadable(Scope scope) {
        requireVisible(caller.user(), scope);
    }

    /**
     * The quarter a retrospective covers unless the reader chooses another period: the current one.
     */
    public Period defaultPeriod() {
        return Period.quarterOf(clock.today());
    }

    private ReportQuery query(Scope scope, Period period) {
        Reader reader = caller.reader();
        requireVisible(reader.user(), scope);
        Set<ProjectKey> projects =
                scope.kind() == ScopeKind.PROJECT
                        ? Set.of(new ProjectKey(scope.value()))
                        : figures.projectsWithExperiments().stream()
                                .filter(project -> access.canBrowseProject(reader.user(), project))
                                .collect(Collectors.toSet());
        return new ReportQuery(scope, period, clock.zone(), projects, reader);
    }

    /**
     * The retrospectives held on a scope, newest period first.
     *
     * @throws NotFoundException when the scope is a project the caller may not browse
     */
    public List<Retrospective> heldOn(Scope scope) {
        UserRef user = caller.user();
        requireVisible(user, scope);
        return retrospectives.listFor(scope);
    }

    /**
     * Records a retrospective; anyone who may see its scope may hold one.
     *
     * @throws InvalidInputException when an action's owner is named by a user name no user has
     */
    public Retrospective hold(HoldRetrospective command) {
        Reader reader = caller.reader();
        UserRef user = reader.user();
        requireVisible(user, command.scope());
        if (!mayHold(reader, command.scope())) {
            throw new AccessDeniedException(
                    ErrorKey.RETROSPECTIVE_HOLD_DENIED,
                    switch (command.scope().kind()) {
                        case PROJECT ->
                                Phrase.of(
                                        "experimentlog.retrospective.holders.project",
                                        "those who may edit its issues");
                        case DEPARTMENT ->
                                Phrase.of(
                                        "experimentlog.retrospective.holders.department",
                                        "its members");
                        case EVERYTHING, OUTCOME ->
                                Phrase.of(
                                        "experimentlog.retrospective.holders.managers",
                                        "administrators and outcome managers");
                    });
        }
        List<RetroAction> actions = resolve(command.actions());
        return transactions.inTransaction(
                () -> {
                    Retrospective saved =
                            retrospectives.save(
                                    Retrospective.hold(
                                            command.scope(),
                                            command.period(),
                                            command.title(),
                                            command.notes(),
                                            actions,
                                            user,
                                            clock.now()));
                    record(user, saved, AuditAction.CREATED);
                    return saved;
                });
    }

    /**
     * Whether the caller may revise a retrospective: administrators may; its author may while they
     * may still hold retrospectives on its scope.
     */
    public boolean mayRevise(Retrospective retrospective) {
        return mayRevise(caller.reader(), retrospective);
    }

    /** Whether the caller may hold a retrospective on the scope. */
    public boolean mayHold(Scope scope) {
        return mayHold(caller.reader(), scope);
    }

    private boolean mayRevise(Reader reader, Retrospective retrospective) {
        return reader.administrator()
                || (retrospective.createdBy().equals(reader.user())
                        && mayHold(reader, retrospective.scope()));
    }

    private boolean mayHold(Reader reader, Scope scope) {
        if (reader.administrator()) {
            return true;
        }
        return switch (scope.kind()) {
            case PROJECT -> access.canEditProject(reader.user(), new ProjectKey(scope.value()));
            case DEPARTMENT ->
                    reader.departments().stream().anyMatch(d -> d.toString().equals(scope.value()));
            case EVERYTHING, OUTCOME -> {
                String group = settings.load().outcomeManagerGroup();
                yield group != null && users.isMember(reader.user(), group);
            }
        };
    }

    /**
     * Deletes a retrospective with its notes and actions.
     *
     * @throws AccessDeniedException when the caller may not revise it
     * @throws NotFoundException when it does not exist or its scope is hidden from the caller
     */
    public void delete(RetrospectiveId id) {
        Reader reader = caller.reader();
        transactions.inTransaction(
                () -> {
                    Retrospective current =
                            retrospectives
                                    .find(id)
                                    .filter(r -> visible(reader.user(), r.scope()))
                                    .orElseThrow(() -> notFound(id));
                    if (!mayRevise(reader, current)) {
                        throw new AccessDeniedException(ErrorKey.RETROSPECTIVE_CHANGE_DENIED);
                    }
                    retrospectives.delete(id);
                    audit.record(
                            new AuditEntry(
                                    reader.user(),
                                    clock.now(),
                                    AuditedType.RETROSPECTIVE,
                                    id.value(),
                                    AuditAction.DELETED,
                                    AuditText.of(AuditKey.RETROSPECTIVE_DELETED, current.title())));
                    return null;
                });
    }

    /**
     * Ticks an action done (or not done). Its owner may, besides whoever may revise the
     * retrospective.
     *
     * @throws AccessDeniedException when the caller is neither the owner nor may revise the
     *     retrospective
     * @throws StaleVersionException when someone else changed the retrospective since the caller
     *     read it
     */
    public Retrospective markAction(
            RetrospectiveId id, ActionId action, boolean done, long version) {
        Reader reader = caller.reader();
        return transactions.inTransaction(
                () -> {
                    Retrospective current =
                            retrospectives
                                    .find(id)
                                    .filter(r -> visible(reader.user(), r.scope()))
                                    .orElseThrow(() -> notFound(id));
                    RetroAction target =
                            current.actions().stream()
                                    .filter(a -> action.equals(a.id()))
                                    .findFirst()
                                    .orElseThrow(
                                            () ->
                                                    new NotFoundException(
                                                            ErrorKey.ACTION_NOT_FOUND,
                                                            action.toString()));
                    boolean owner = target.ownerIfAny().map(reader.user()::equals).orElse(false);
                    if (!owner && !mayRevise(reader, current)) {
                        throw new AccessDeniedException(ErrorKey.RETROSPECTIVE_ACTION_DENIED);
                    }
                    current.requireVersion(version);
                    List<RetroAction> actions =
                            current.actions().stream()
                                    .map(
                                            a ->
                                                    a == target
                                                            ? new RetroAction(
                                                                    a.id(), a.text(), a.owner(),
                                                                    a.due(), done)
                                                            : a)
                                    .toList();
                    Retrospective saved =
                            retrospectives.save(
                                    current.revise(
                                            current.title(),
                                            current.notes().orElse(null),
                                            actions,
                                            clock.now()));
                    audit.record(
                            new AuditEntry(
                                    reader.user(),
                                    clock.now(),
                                    AuditedType.RETROSPECTIVE,
                                    id.value(),
                                    AuditAction.UPDATED,
                                    AuditText.of(
                                            done
                                                    ? AuditKey.RETROSPECTIVE_ACTION_DONE
                                                    : AuditKey.RETROSPECTIVE_ACTION_REOPENED,
                                            target.text(),
                                            current.title())));
                    return saved;
                });
    }

    /**
     * Revises the notes and actions.
     *
     * @throws AccessDeniedException when the caller is neither the author nor an administrator
     * @throws StaleVersionException when someone else changed it since the caller read it
     * @throws InvalidInputException when an action's owner is named by a user name no user has
     */
    public Retrospective revise(ReviseRetrospective command) {
        Reader reader = caller.reader();
        UserRef user = reader.user();
        List<RetroAction> actions = resolve(command.actions());
        return transactions.inTransaction(
                () -> {
                    Retrospective current =
                            retrospectives
                                    .find(command.retrospective())
                                    .filter(r -> visible(user, r.scope()))
                                    .orElseThrow(() -> notFound(command.retrospective()));
                    if (!mayRevise(reader, current)) {
                        throw new AccessDeniedException(ErrorKey.RETROSPECTIVE_CHANGE_DENIED);
                    }
                    current.requireVersion(command.version());
                    Retrospective saved =
                            retrospectives.save(
                                    current.revise(
                                            command.title(),
                                            command.notes(),
                                            actions,
                                            clock.now()));
                    record(user, saved, AuditAction.UPDATED);
                    return saved;
                });
    }

    /**
     * The actions with each owner typed by name replaced by that user's key; the field of an
     * unknown name is {@code actions[i].ownerName}, counting from 0 in the order sent, so a form
     * can show the error at its row. More actions than a retrospective holds are left as given,
     * unlooked-up: {@link Retrospective} refuses them, and resolving first would ask the user
     * directory once per action of an arbitrarily long list.
     */
    private List<RetroAction> resolve(List<ProposedAction> proposed) {
        List<RetroAction> actions = new ArrayList<>();
        if (proposed.size() > Retrospective.MAX_ACTIONS) {
            proposed.forEach(action -> actions.add(action.action()));
            return actions;
        }
        for (int i = 0; i < proposed.size(); i++) {
            ProposedAction action = proposed.get(i);
            RetroAction given = action.action();
            if (action.ownerName() != null) {
                String field = "actions[" + i + "].ownerName";
                UserRef owner =
                        users.findByName(action.ownerName())
                                .orElseThrow(
                                        () ->
                                                new InvalidInputException(
                                                        field,
                                                        ErrorKey.RETROSPECTIVE_OWNER_UNKNOWN,
                                                        action.ownerName()));
                given = new RetroAction(given.id(), given.text(), owner, given.due(), given.done());
            }
            actions.add(given);
        }
        return actions;
    }

    private void requireVisible(UserRef user, Scope scope) {
        if (!visible(user, scope)) {
            throw new NotFoundException(ErrorKey.PROJECT_NOT_FOUND, scope.value());
        }
    }

    /**
     * A project's retrospectives belong to whoever may browse the project; other scopes to every
     * user.
     */
    private boolean visible(UserRef user, Scope scope) {
        return scope.kind() != ScopeKind.PROJECT
                || access.canBrowseProject(user, new ProjectKey(scope.value()));
    }

    private static NotFoundException notFound(RetrospectiveId id) {
        return new NotFoundException(ErrorKey.RETROSPECTIVE_NOT_FOUND, id.toString());
    }

    private void record(UserRef user, Retrospective saved, AuditAction action) {
        audit.record(
                new AuditEntry(
                        user,
                        clock.now(),
                        AuditedType.RETROSPECTIVE,
                        saved.requireId().value(),
                        action,
                        AuditText.of(
                                AuditKey.RETROSPECTIVE_SAVED,
                                saved.title(),
                                saved.actions().size())));
    }
}
