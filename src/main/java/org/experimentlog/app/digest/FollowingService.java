package org.experimentlog.app.digest;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.DigestStore;
import org.experimentlog.app.port.FollowRepository;
import org.experimentlog.app.port.FollowRepository.FollowRow;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.Recipients;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.follow.DigestFrequency;
import org.experimentlog.domain.follow.DigestPreferences;
import org.experimentlog.domain.follow.Follow;
import org.experimentlog.domain.follow.FollowKind;
import org.experimentlog.domain.follow.FollowTarget;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.springframework.stereotype.Component;

/**
 * Following: what a person follows (their own choices and their department's default), their digest
 * preferences, the unsubscribe link from a digest, and, for administrators, department defaults and
 * follower counts without names.
 */
@Component
public class FollowingService {
    /** How many things one person can follow. */
    public static final int MAX_FOLLOWS = 200;

    /** One thing followed, with the name to show. */
    public record Followed(Follow follow, String name) {}

    /** Everything on the person's following page. */
    public record Following(List<Followed> follows, DigestPreferences preferences) {
        public Following {
            follows = List.copyOf(follows);
        }
    }

    /**
     * How many people follow one thing, never who: by their own choice, and members who follow it
     * by default.
     */
    public record FollowerCount(FollowTarget target, String name, int ownChoice, int byDefault) {}

    private final FollowRepository follows;
    private final DigestStore store;
    private final DepartmentRepository departments;
    private final OutcomeRepository outcomes;
    private final Recipients recipients;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;

    @Inject
    public FollowingService(
            FollowRepository follows,
            DigestStore store,
            DepartmentRepository departments,
            OutcomeRepository outcomes,
            Recipients recipients,
            AccessPolicy access,
            UserDirectory users,
            AuditLog audit,
            Clock clock,
            Transactions transactions) {
        this.follows = follows;
        this.store = store;
        this.departments = departments;
        this.outcomes = outcomes;
        this.recipients = recipients;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * What the caller follows, oldest first, and their digest preferences.
     *
     * @throws NotAuthenticatedException when nobody is logged in
     */
    public Following following() {
        UserRef user = user();
        return transactions.inTransaction(
                () -> {
                    List<Follow> all = effective(user);
                    Map<Long, String> departmentNames = departmentNames();
                    Map<Long, String> outcomeNames = outcomeNames(all);
                    List<Followed> named =
                            all.stream()
                                    .map(
                                            f ->
                                                    new Followed(
                                                            f,
                                                            name(
                                                                    f.target(),
                                                                    departmentNames,
                                                                    outcomeNames)))
                                    .toList();
                    DigestPreferences preferences =
                            store.state(user)
                                    .map(DigestStore.RecipientState::preferences)
                                    .orElse(DigestPreferences.defaults(user));
                    return new Following(named, preferences);
                });
    }

    /**
     * Whether the caller follows the target (by choice or by their department's default); false
     * when logged out.
     */
    public boolean isFollowing(FollowTarget target) {
        Optional<UserRef> user = users.currentUser();
        if (user.isEmpty()) {
            return false;
        }
        return transactions.inTransaction(
                () -> effective(user.get()).stream().anyMatch(f -> f.target().equals(target)));
    }

    /**
     * The caller follows the target; following it again changes nothing.
     *
     * @throws InvalidInputException when the department or outcome does not exist, or the project
     *     is not one the caller may browse
     * @throws RuleViolationException when the caller already follows {@value #MAX_FOLLOWS} things
     */
    public Follow follow(FollowTarget target) {
        UserRef user = user();
        checkExists(user, target);
        return transactions.inTransaction(
                () -> {
                    List<FollowRow> rows = follows.rowsOf(user);
                    Optional<FollowRow> existing =
                            rows.stream()
                                    .filter(r -> r.target().equals(target) && !r.optedOut())
                                    .findFirst();
                    if (existing.isPresent()) {
                        return toFollow(existing.get());
                    }
                    if (rows.stream().filter(r -> !r.optedOut()).count() >= MAX_FOLLOWS) {
                        throw new RuleViolationException(ErrorKey.FOLLOW_LIMIT, MAX_FOLLOWS);
                    }
                    Instant now = clock.now();
                    FollowRow row = follows.follow(user, target, now);
                    store.start(List.of(user), now);
                    audit.record(
                            new AuditEntry(
                                    user,
                                    now,
                                    AuditedType.FOLLOW,
                                    row.id(),
                                    AuditAction.CREATED,
                                    AuditText.of(
                                            AuditKey.FOLLOWED,
                                            AuditText.word(target.kind()),
                                            target.value())));
                    return toFollow(row);
                });
    }

    /**
     * The caller stops following the target: their own follow is removed, and a department they
     * follow by default is turned off for them. Stopping something not followed changes nothing.
     *
     * @throws NotAuthenticatedException when nobody is logged in
     */
    public void unfollow(FollowTarget target) {
        UserRef user = user();
        transactions.inTransaction(
                () -> {
                    stop(user, target, user);
                    return null;
                });
    }

    /**
     * Stops the one subscription an unsubscribe link names, without logging in.
     *
     * @return what was stopped, with its name
     * @throws InvalidInputException when the link is not valid
     */
    public Followed unsubscribe(String token) {
        return transactions.inTransaction(
                () -> {
                    UnsubscribeTokens.Subscription subscription =
                            new UnsubscribeTokens(store.signingKey())
                                    .read(token)
                                    .orElseThrow(
                                            () ->
                                                    new InvalidInputException(
                                                            "token",
                                                            ErrorKey.UNSUBSCRIBE_LINK_INVALID));
                    stop(subscription.user(), subscription.target(), subscription.user());
                    Follow stopped =
                            new Follow(
                                    0,
                                    subscription.user(),
                                    subscription.target(),
                                    clock.now(),
                                    false);
                    return new Followed(
                            stopped,
                            name(
                                    subscription.target(),
                                    departmentNames(),
                                    outcomeNames(List.of(stopped))));
                });
    }

    /**
     * What an unsubscribe link names, to ask before stopping it; empty when the link is not valid.
     */
    public Optional<Followed> peek(String token) {
        return transactions.inTransaction(
                () ->
                        new UnsubscribeTokens(store.signingKey())
                                .read(token)
                                .map(
                                        s -> {
                                            Follow named =
                                                    new Follow(
                                                            0,
                                                            s.user(),
                                                            s.target(),
                                                            clock.now(),
                                                            false);
                                            return new Followed(
                                                    named,
                                                    name(
                                                            s.target(),
                                                            departmentNames(),
                                                            outcomeNames(List.of(named))));
                                        }));
    }

    /**
     * Saves how often and in which language the caller gets their digest.
     *
     * @throws InvalidInputException when the language is not one of the app's
     */
    public DigestPreferences savePreferences(DigestFrequency frequency, Optional<String> language) {
        UserRef user = user();
        DigestPreferences own = new DigestPreferences(user, frequency, language);
        return transactions.inTransaction(
                () -> {
                    long id = store.savePreferences(own, clock.now());
                    audit.record(
                            new AuditEntry(
                                    user,
                                    clock.now(),
                                    AuditedType.DIGEST_PREFERENCES,
                                    id,
                                    AuditAction.UPDATED,
                                    own.language()
                                            .map(
                                                    chosen ->
                                                            AuditText.of(
                                                                    AuditKey
                                                                            .DIGEST_PREFERENCES_SAVED,
                                                                    AuditText.word(own.frequency()),
                                                                    chosen))
                                            .orElseGet(
                                                    () ->
                                                            AuditText.of(
                                                                    AuditKey
                                                                            .DIGEST_PREFERENCES_SAVED_PROFILE_LANGUAGE,
                                                                    AuditText.word(
                                                                            own.frequency())))));
                    return own;
                });
    }

    /**
     * Makes the members of a department follow it by default (each can turn it off), or stops that.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     * @throws NotFoundException when there is no such department
     */
    public void setDefaultFollow(DepartmentId department, boolean followByDefault) {
        UserRef admin = administrator(Attempt.CHANGE_THE_DEFAULT_FOLLOWERS);
        transactions.inTransaction(
                () -> {
                    Department d =
                            departments
                                    .find(department)
                                    .orElseThrow(
                                            () ->
                                                    new InvalidInputException(
                                                            "departmentId",
                                                            ErrorKey.FOLLOW_DEPARTMENT_UNKNOWN,
                                                            department.value()));
                    store.defaultDepartment(department.value(), followByDefault);
                    audit.record(
                            new AuditEntry(
                                    admin,
                                    clock.now(),
                                    AuditedType.DEPARTMENT,
                                    department.value(),
                                    AuditAction.UPDATED,
                                    AuditText.of(
                                            followByDefault
                                                    ? AuditKey.DEPARTMENT_FOLLOWED_BY_DEFAULT
                                                    : AuditKey.DEPARTMENT_NOT_FOLLOWED_BY_DEFAULT,
                                            d.name())));
                    return null;
                });
    }

    /** The departments whose members follow them by default. */
    public Set<Long> defaultDepartments() {
        administrator(Attempt.SEE_THE_FOLLOWER_COUNTS);
        return transactions.inTransaction(store::defaultDepartments);
    }

    /**
     * How many people follow each thing, most followed first; never who.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     */
    public List<FollowerCount> followerCounts() {
        administrator(Attempt.SEE_THE_FOLLOWER_COUNTS);
        return transactions.inTransaction(
                () -> {
                    Map<Long, String> departmentNames = departmentNames();
                    Map<Long, String> outcomeNames =
                            outcomes.list().stream()
                                    .collect(
                                            Collectors.toMap(
                                                    o -> o.requireId().value(), Outcome::title));
                    Map<FollowTarget, Integer> own =
                            follows.counts().stream()
                                    .collect(
                                            Collectors.toMap(
                                                    FollowRepository.FollowerCount::target,
                                                    FollowRepository.FollowerCount::followers));
                    Set<Long> defaults = store.defaultDepartments();
                    List<FollowerCount> result = new ArrayList<>();
                    Set<FollowTarget> seen = new HashSet<>();
                    for (Department d : departments.list()) {
                        FollowTarget target = FollowTarget.department(d.requireId().value());
                        int byDefault =
                                defaults.contains(d.requireId().value())
                                        ? d.groupName()
                                                .map(g -> recipients.membersOf(g).size())
                                                .orElse(0)
                                        : 0;
                        int mine = own.getOrDefault(target, 0);
                        if (mine > 0 || byDefault > 0) {
                            result.add(new FollowerCount(target, d.name(), mine, byDefault));
                        }
                        seen.add(target);
                    }
                    own.forEach(
                            (target, count) -> {
                                if (!seen.contains(target)) {
                                    result.add(
                                            new FollowerCount(
                                                    target,
                                                    name(target, departmentNames, outcomeNames),
                                                    count,
                                                    0));
                                }
                            });
                    result.sort(
                            (a, b) ->
                                    Integer.compare(
                                            b.ownChoice() + b.byDefault(),
                                            a.ownChoice() + a.byDefault()));
                    return result;
                });
    }

    private void stop(UserRef user, FollowTarget target, UserRef actor) {
        Instant now = clock.now();
        Optional<Long> removed = follows.unfollow(user, target);
        removed.ifPresent(
                id ->
                        audit.record(
                                new AuditEntry(
                                        actor,
                                        now,
                                        AuditedType.FOLLOW,
                                        id,
                                        AuditAction.DELETED,
                                        AuditText.of(
                                                AuditKey.UNFOLLOWED,
                                                AuditText.word(target.kind()),
                                                target.value()))));
        if (target.kind() == FollowKind.DEPARTMENT && defaultMemberOf(user).contains(target.id())) {
            FollowRow row = follows.optOut(user, target, now);
            audit.record(
                    new AuditEntry(
                            actor,
                            now,
                            AuditedType.FOLLOW,
                            row.id(),
                            AuditAction.UPDATED,
                            AuditText.of(AuditKey.DEFAULT_FOLLOW_TURNED_OFF, target.value())));
        }
    }

    /** Own follows, oldest first, then the department defaults the person did not turn off. */
    private List<Follow> effective(UserRef user) {
        List<FollowRow> rows = follows.rowsOf(user);
        List<Follow> result = new ArrayList<>();
        Set<FollowTarget> optedOut = new HashSet<>();
        Set<FollowTarget> own = new HashSet<>();
        for (FollowRow row : rows) {
            if (row.optedOut()) {
                optedOut.add(row.target());
            } else {
                own.add(row.target());
                result.add(toFollow(row));
            }
        }
        for (long department : defaultMemberOf(user)) {
            FollowTarget target = FollowTarget.department(department);
            if (!optedOut.contains(target) && !own.contains(target)) {
                result.add(new Follow(0, user, target, clock.now(), true));
            }
        }
        return result;
    }

    /** The default-follow departments the user is a member of. */
    private Set<Long> defaultMemberOf(UserRef user) {
        Set<Long> defaults = store.defaultDepartments();
        if (defaults.isEmpty()) {
            return Set.of();
        }
        return departments.list().stream()
                .filter(d -> defaults.contains(d.requireId().value()))
                .filter(d -> d.groupName().map(g -> users.isMember(user, g)).orElse(false))
                .map(d -> d.requireId().value())
                .collect(Collectors.toSet());
    }

    private void checkExists(UserRef user, FollowTarget target) {
        switch (target.kind()) {
            case DEPARTMENT -> {
                if (transactions
                        .inTransaction(() -> departments.find(new DepartmentId(target.id())))
                        .isEmpty()) {
                    throw new InvalidInputException(
                            "value", ErrorKey.FOLLOW_DEPARTMENT_UNKNOWN, target.value());
                }
            }
            case OUTCOME -> {
                if (transactions
                        .inTransaction(() -> outcomes.find(new OutcomeId(target.id())))
                        .isEmpty()) {
                    throw new InvalidInputException(
                            "value", ErrorKey.FOLLOW_OUTCOME_UNKNOWN, target.value());
                }
            }
            case PROJECT -> {
                if (!access.canBrowseProject(user, new ProjectKey(target.value()))) {
                    throw new InvalidInputException(
                            "value", ErrorKey.FOLLOW_PROJECT_HIDDEN, target.value());
                }
            }
            case TAG -> {
                // any well-formed tag: following a tag before anyone uses it is how a newcomer
                // subscribes to a topic
            }
            default -> throw new IllegalStateException(target.kind().toString());
        }
    }

    private Map<Long, String> departmentNames() {
        return departments.list().stream()
                .collect(Collectors.toMap(d -> d.requireId().value(), Department::name));
    }

    private Map<Long, String> outcomeNames(List<Follow> all) {
        List<OutcomeId> ids =
                all.stream()
                        .filter(f -> f.target().kind() == FollowKind.OUTCOME)
                        .map(f -> new OutcomeId(f.target().id()))
                        .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return outcomes.findAll(ids).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), e -> e.getValue().title()));
    }

    private static String name(
            FollowTarget target,
            Map<Long, String> departmentNames,
            Map<Long, String> outcomeNames) {
        return switch (target.kind()) {
            case DEPARTMENT -> departmentNames.getOrDefault(target.id(), target.value());
            case OUTCOME -> outcomeNames.getOrDefault(target.id(), target.value());
            case TAG, PROJECT -> target.value();
        };
    }

    private static Follow toFollow(FollowRow row) {
        return new Follow(row.id(), row.user(), row.target(), row.since(), false);
    }

    private UserRef user() {
        return users.currentUser().orElseThrow(NotAuthenticatedException::new);
    }

    private UserRef administrator(Attempt attempt) {
        UserRef user = user();
        if (!access.isAdministrator(user)) {
            throw new AccessDeniedException(ErrorKey.ADMINISTRATORS_ONLY, attempt);
        }
        return user;
    }
}
