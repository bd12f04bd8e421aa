package org.experimentlog.app.digest;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.DigestComposer;
import org.experimentlog.app.port.DigestSource;
import org.experimentlog.app.port.DigestStore;
import org.experimentlog.app.port.ExclusiveRuns;
import org.experimentlog.app.port.FollowRepository;
import org.experimentlog.app.port.MailOutbox;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.Recipients;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.SiteLinks;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.follow.FollowTarget;
import org.experimentlog.domain.outcome.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the digests: for each person who follows something and whose digest is due, what happened
 * since their last one that they follow and may see at sending time, by mail through the host's
 * queue. Runs on one node at a time.
 *
 * <p>Recipients are handled in batches of {@value #BATCH}: each batch reads their states, follows,
 * earlier items and the period's activity in a fixed number of queries, whatever its size. Per
 * recipient, the digest is recorded as prepared with its items (one transaction), queued, then
 * marked queued with the watermark moved (a second transaction); see {@link DigestStore} for what
 * happens when a node dies in between.
 */
@Component
public class DigestService {
    /** How many recipients one batch reads at once. */
    public static final int BATCH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(DigestService.class);
    private static final String RUN_LOCK = "org.experimentlog.experiment-log.digests";

    /** What a run did. */
    public record RunSummary(
            Instant startedAt,
            Instant finishedAt,
            String trigger,
            int recipients,
            int mails,
            int inDoubt) {}

    private final FollowRepository follows;
    private final DigestStore store;
    private final DigestSource source;
    private final Recipients recipients;
    private final DigestComposer composer;
    private final MailOutbox outbox;
    private final SiteLinks site;
    private final ExclusiveRuns exclusive;
    private final DepartmentRepository departments;
    private final OutcomeRepository outcomes;
    private final SettingsRepository settings;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;

    @Inject
    public DigestService(
            FollowRepository follows,
            DigestStore store,
            DigestSource source,
            Recipients recipients,
            DigestComposer composer,
            MailOutbox outbox,
            SiteLinks site,
            ExclusiveRuns exclusive,
            DepartmentRepository departments,
            OutcomeRepository outcomes,
            SettingsRepository settings,
            AccessPolicy access,
            UserDirectory users,
            AuditLog audit,
            Clock clock,
            Transactions transactions) {
        this.follows = follows;
        this.store = store;
        this.source = source;
        this.recipients = recipients;
        this.composer = composer;
        this.outbox = outbox;
        this.site = site;
        this.exclusive = exclusive;
        this.departments = departments;
        this.outcomes = outcomes;
        this.settings = settings;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Sends every digest that is due, as the scheduled job does.
     *
     * @throws RuleViolationException when another node is sending the digests right now
     */
    public RunSummary sendDue() {
        return exclusively("scheduled", false);
    }

    /**
     * An administrator sends the digests now: everyone who follows something gets what happened
     * since their last digest, whatever their frequency; nobody with nothing to report gets mail.
     *
     * @throws NotAuthenticatedException when nobody is logged in
     * @throws AccessDeniedException when the caller is not an administrator
     * @throws RuleViolationException when the digests are being sent right now
     */
    public RunSummary sendNow() {
        UserRef admin = users.currentUser().orElseThrow(NotAuthenticatedException::new);
        if (!access.isAdministrator(admin)) {
            throw new AccessDeniedException(ErrorKey.ADMINISTRATORS_ONLY, Attempt.SEND_THE_DIGESTS);
        }
        RunSummary summary = exclusively("manual", true);
        transactions.inTransaction(
                () -> {
                    long runId = store.lastRun().map(DigestStore.RunRecord::id).orElse(1L);
                    audit.record(
                            new AuditEntry(
                                    admin,
                                    clock.now(),
                                    AuditedType.DIGEST_RUN,
                                    runId,
                                    AuditAction.CREATED,
                                    AuditText.of(
                                            AuditKey.DIGESTS_SENT,
                                            summary.mails(),
                                            summary.recipients())));
                    return null;
                });
        return summary;
    }

    /**
     * When the digests last ran and what they sent; administrators only.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     */
    public Optional<DigestStore.RunRecord> lastRun() {
        UserRef user = users.currentUser().orElseThrow(NotAuthenticatedException::new);
        if (!access.isAdministrator(user)) {
            throw new AccessDeniedException(ErrorKey.ADMINISTRATORS_ONLY, Attempt.SEND_THE_DIGESTS);
        }
        return transactions.inTransaction(store::lastRun);
    }

    private RunSummary exclusively(String trigger, boolean force) {
        return exclusive
                .tryRun(RUN_LOCK, () -> run(trigger, force))
                .orElseThrow(() -> new RuleViolationException(ErrorKey.DIGESTS_ALREADY_RUNNING));
    }

    private RunSummary run(String trigger, boolean force) {
        Instant now = clock.now();
        long runId = transactions.inTransaction(() -> store.startRun(now, trigger));
        int inDoubt = transactions.inTransaction(store::settleInDoubt);
        if (inDoubt > 0) {
            LOG.warn(
                    "{} digests were prepared by a run that stopped before it could confirm them; they are not sent "
                            + "again",
                    inDoubt);
        }
        Context context = transactions.inTransaction(this::context);
        int seen = 0;
        int mails = 0;
        String after = "";
        List<UserRef> defaultOnly = new ArrayList<>(context.defaultMembers().keySet());
        Set<UserRef> handled = new HashSet<>();
        while (true) {
            String from = after;
            List<UserRef> batch = transactions.inTransaction(() -> follows.usersAfter(from, BATCH));
            if (batch.isEmpty()) {
                break;
            }
            after = batch.get(batch.size() - 1).key();
            handled.addAll(batch);
            mails += sendBatch(batch, context, now, trigger, force);
            seen += batch.size();
        }
        defaultOnly.removeAll(handled);
        defaultOnly.sort(Comparator.comparing(UserRef::key));
        for (int i = 0; i < defaultOnly.size(); i += BATCH) {
            List<UserRef> batch = defaultOnly.subList(i, Math.min(defaultOnly.size(), i + BATCH));
            mails += sendBatch(batch, context, now, trigger, force);
            seen += batch.size();
        }
        Instant finished = clock.now();
        int recipientsSeen = seen;
        int mailsSent = mails;
        transactions.inTransaction(
                () -> {
                    store.finishRun(runId, finished, recipientsSeen, mailsSent, inDoubt);
                    return null;
                });
        LOG.info("Digests ({}): {} people, {} mails, {} in doubt", trigger, seen, mails, inDoubt);
        return new RunSummary(now, finished, trigger, seen, mails, inDoubt);
    }

    /**
     * What every batch shares: departments, outcome names, the default departments and their
     * members.
     */
    private record Context(
            List<Department> departments,
            Map<Long, String> departmentNames,
            Map<Long, String> outcomeNames,
            Map<UserRef, Set<Long>> defaultMembers,
            double confidence,
            UnsubscribeTokens tokens) {}

    private Context context() {
        List<Department> all = departments.list();
        Set<Long> defaults = store.defaultDepartments();
        Map<UserRef, Set<Long>> members = new HashMap<>();
        for (Department d : all) {
            long id = d.requireId().value();
            if (defaults.contains(id) && d.groupName().isPresent()) {
                for (UserRef member : recipients.membersOf(d.groupName().get())) {
                    members.computeIfAbsent(member, m -> new TreeSet<>()).add(id);
                }
            }
        }
        return new Context(
                all,
                all.stream()
                        .collect(Collectors.toMap(d -> d.requireId().value(), Department::name)),
                outcomes.list().stream()
                        .collect(Collectors.toMap(o -> o.requireId().value(), Outcome::title)),
                members,
                settings.load().confidenceLevel(),
                new UnsubscribeTokens(store.signingKey()));
    }

    private int sendBatch(
            List<UserRef> batch, Context context, Instant now, String trigger, boolean force) {
        Map<UserRef, DigestStore.RecipientState> states =
                transactions.inTransaction(() -> store.states(batch));
        List<UserRef> unstarted = batch.stream().filter(u -> !states.containsKey(u)).toList();
        if (!unstarted.isEmpty()) {
            // Someone who never had a digest (e.g. just made a default follower) gets news from now
            // on.
            transactions.inTransaction(
                    () -> {
                        store.start(unstarted, now);
                        return null;
                    });
        }
        List<UserRef> due =
                batch.stream()
                        .filter(states::containsKey)
                        .filter(u -> isDue(states.get(u), now, force))
                        .toList();
        if (due.isEmpty()) {
            return 0;
        }
        Instant from =
                due.stream()
                        .map(u -> states.get(u).reportedUntil().orElse(now))
                        .min(Instant::compareTo)
                        .orElse(now);
        Map<UserRef, List<FollowRepository.FollowRow>> rows =
                transactions.inTransaction(() -> follows.rowsOf(due));
        DigestSource.Activity activity =
                transactions.inTransaction(() -> source.between(from, now));
        Map<UserRef, Set<String>> sent =
                transactions.inTransaction(() -> store.sentSince(due, from));
        DigestBuilder builder = new DigestBuilder(access, context.confidence());
        int mails = 0;
        for (UserRef user : due) {
            DigestStore.RecipientState state = states.get(user);
            Instant userFrom = state.reportedUntil().orElse(now);
            Optional<Recipients.Recipient> recipient = recipients.find(user);
            List<FollowTarget> targets = targets(user, rows.getOrDefault(user, List.of()), context);
            if (recipient.isEmpty() || targets.isEmpty()) {
                transactions.inTransaction(
                        () -> {
                            store.reportedUntil(user, now);
                            return null;
                        });
                continue;
            }
            Locale locale =
                    state.preferences()
                            .language()
                            .map(Locale::forLanguageTag)
                            .orElse(recipient.get().locale());
            DigestBuilder.Built built =
                    builder.build(
                            reader(user, context),
                            recipient.get().displayName(),
                            locale,
                            userFrom,
                            now,
                            targets,
                            target -> name(target, context),
                            activity,
                            sent.getOrDefault(user, Set.of()),
                            links(user, context.tokens()));
            if (built.items().isEmpty()) {
                transactions.inTransaction(
                        () -> {
                            store.reportedUntil(user, now);
                            return null;
                        });
                continue;
            }
            if (deliver(user, recipient.get(), built, userFrom, now, trigger)) {
                mails++;
            }
        }
        return mails;
    }

    private boolean deliver(
            UserRef user,
            Recipients.Recipient recipient,
            DigestBuilder.Built built,
            Instant from,
            Instant until,
            String trigger) {
        DigestComposer.ComposedDigest mail = composer.compose(built.digest());
        long digestId;
        try {
            digestId =
                    transactions.inTransaction(
                            () -> store.prepare(user, from, until, built.items(), trigger));
        } catch (RuntimeException e) {
            LOG.warn(
                    "Could not record the digest of {}; it is left for the next run: {}",
                    user,
                    e.toString());
            return false;
        }
        String unsubscribe =
                built.digest().groups().isEmpty()
                        ? built.digest().followingUrl()
                        : built.digest().groups().get(0).unsubscribeUrl();
        outbox.queue(
                new MailOutbox.OutgoingMail(
                        recipient.emailAddress(),
                        mail.subject(),
                        mail.text(),
                        mail.html(),
                        unsubscribe));
        transactions.inTransaction(
                () -> {
                    store.queued(digestId, clock.now());
                    return null;
                });
        return true;
    }

    private static boolean isDue(DigestStore.RecipientState state, Instant now, boolean force) {
        if (state.reportedUntil().isEmpty()) {
            return false;
        }
        Instant last = state.reportedUntil().get();
        return force
                ? last.isBefore(now)
                : !last.plus(state.preferences().frequency().dueAfter()).isAfter(now);
    }

    /** Own follows in the order they were made, then the department defaults not turned off. */
    private static List<FollowTarget> targets(
            UserRef user, List<FollowRepository.FollowRow> rows, Context context) {
        Set<FollowTarget> result = new LinkedHashSet<>();
        Set<FollowTarget> optedOut = new HashSet<>();
        for (FollowRepository.FollowRow row : rows) {
            if (row.optedOut()) {
                optedOut.add(row.target());
            } else {
                result.add(row.target());
            }
        }
        for (long department : context.defaultMembers().getOrDefault(user, Set.of())) {
            FollowTarget target = FollowTarget.department(department);
            if (!optedOut.contains(target)) {
                result.add(target);
            }
        }
        return new ArrayList<>(result);
    }

    private Reader reader(UserRef user, Context context) {
        Set<DepartmentId> memberOf =
                context.departments().stream()
                        .filter(
                                d ->
                                        d.groupName()
                                                .map(group -> users.isMember(user, group))
                                                .orElse(false))
                        .map(Department::requireId)
                        .collect(Collectors.toSet());
        return new Reader(user, memberOf, access.isAdministrator(user));
    }

    private static String name(FollowTarget target, Context context) {
        return switch (target.kind()) {
            case DEPARTMENT -> context.departmentNames().getOrDefault(target.id(), target.value());
            case OUTCOME -> context.outcomeNames().getOrDefault(target.id(), target.value());
            case TAG, PROJECT -> target.value();
        };
    }

    private DigestBuilder.Links links(UserRef user, UnsubscribeTokens tokens) {
        String base = site.baseUrl();
        return new DigestBuilder.Links() {
            @Override
            public String issue(String issueKey) {
                return base + "/browse/" + issueKey;
            }

            @Override
            public String story(long storyId) {
                return base + "/plugins/servlet/experiment-log/failures/" + storyId;
            }

            @Override
            public String following() {
                return base + "/plugins/servlet/experiment-log/following";
            }

            @Override
            public String library(FollowTarget target) {
                String library = base + "/plugins/servlet/experiment-log/library";
                return switch (target.kind()) {
                    case DEPARTMENT -> library + "?department=" + target.value();
                    case OUTCOME -> library + "?outcome=" + target.value();
                    case TAG ->
                            library
                                    + "?tag="
                                    + URLEncoder.encode(target.value(), StandardCharsets.UTF_8);
                    case PROJECT ->
                            base
                                    + "/plugins/servlet/experiment-log/retrospective?scope=project&value="
                                    + target.value();
                };
            }

            @Override
            public String unsubscribe(FollowTarget target) {
                return base
                        + "/plugins/servlet/experiment-log/unsubscribe?token="
                        + tokens.token(user, target);
            }
        };
    }
}
