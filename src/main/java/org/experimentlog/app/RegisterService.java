package org.experimentlog.app;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.PublicationRepository;
import org.experimentlog.app.port.PublishingSettingsRepository;
import org.experimentlog.app.port.RegisterFilter;
import org.experimentlog.app.port.RegistrationRepository;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.Phrase;
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
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.Deviation;
import org.experimentlog.domain.register.PlanContent;
import org.experimentlog.domain.register.PlanPart;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.Publication;
import org.experimentlog.domain.register.PublishingSettings;
import org.experimentlog.domain.register.RegisteredPlan;
import org.springframework.stereotype.Component;

/**
 * The public register: an administrator switches it on and sets its terms; whoever may edit a
 * concluded or abandoned experiment previews exactly what will be public, publishes it (a new
 * version each time) or withdraws it with a reason; anyone reads what was published while
 * publishing is on. Every change is audited.
 */
@Component
public class RegisterService {
    /** How many publications and withdrawals the feed carries. */
    public static final int FEED_SIZE = 50;

    /**
     * The audit history of the register's settings is kept under this id of the settings type (1 is
     * the app's).
     */
    public static final long REGISTER_SETTINGS_ID = 2;

    private final ExperimentRepository experiments;
    private final RegistrationRepository registrations;
    private final PublicationRepository publications;
    private final PublishingSettingsRepository publishing;
    private final SettingsRepository settings;
    private final OutcomeRepository outcomes;
    private final DepartmentRepository departments;
    private final FailureStoryRepository stories;
    private final IssueGateway issues;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;
    private final Caller caller;

    @Inject
    public RegisterService(
            ExperimentRepository experiments,
            RegistrationRepository registrations,
            PublicationRepository publications,
            PublishingSettingsRepository publishing,
            SettingsRepository settings,
            OutcomeRepository outcomes,
            DepartmentRepository departments,
            FailureStoryRepository stories,
            IssueGateway issues,
            AccessPolicy access,
            UserDirectory users,
            AuditLog audit,
            Clock clock,
            Transactions transactions,
            Caller caller) {
        this.experiments = experiments;
        this.registrations = registrations;
        this.publications = publications;
        this.publishing = publishing;
        this.settings = settings;
        this.outcomes = outcomes;
        this.departments = departments;
        this.stories = stories;
        this.issues = issues;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.caller = caller;
    }

    // ---- administration

    /**
     * The register's settings, for an administrator.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     */
    public PublishingSettings settings() {
        administrator(Attempt.CHANGE_THE_REGISTER_SETTINGS);
        return publishing.load();
    }

    /**
     * Saves the register's settings.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     * @throws InvalidInputException when a department does not exist
     * @throws StaleVersionException when someone else saved them since the caller read them
     */
    public PublishingSettings saveSettings(PublishingSettings changed) {
        UserRef user = administrator(Attempt.CHANGE_THE_REGISTER_SETTINGS);
        for (DepartmentId id : changed.departments()) {
            if (departments.find(id).isEmpty()) {
                throw new InvalidInputException(
                        "departments", ErrorKey.DEPARTMENT_NOT_FOUND, id.toString());
            }
        }
        return transactions.inTransaction(
                () -> {
                    PublishingSettings saved = publishing.save(changed);
                    audit.record(
                            new AuditEntry(
                                    user,
                                    clock.now(),
                                    AuditedType.SETTINGS,
                                    REGISTER_SETTINGS_ID,
                                    AuditAction.UPDATED,
                                    AuditText.of(
                                            AuditKey.REGISTER_SETTINGS_CHANGED,
                                            saved.enabled() ? 1 : 0,
                                            saved.licence().spdx(),
                                            saved.namesAllowed() ? 1 : 0,
                                            saved.departments().isEmpty()
                                                    ? AuditText.ALL
                                                    : saved.departments().stream()
                                                            .map(DepartmentId::toString)
                                                            .sorted()
                                                            .collect(Collectors.joining(", ")))));
                    return saved;
                });
    }

    // ---- the team's side

    /**
     * The registered plan of the experiment on an issue, the deviations from it and its
     * publications, for whoever may see the issue; a fixed number of queries.
     *
     * @throws NotFoundException when the issue does not exist, the caller may not browse it, or it
     *     has no experiment
     */
    public Registration registration(String issueKey) {
        UserRef user = caller.user();
        IssueSummary issue = browsable(user, issueKey);
        Experiment experiment = experimentOf(issue);
        // The issue view shows this section: an experiment in design has no plan yet, and only a
        // closed one has a
        // publication to show or can be published, so those queries are made only when they can
        // find something.
        Optional<RegisteredPlan> plan =
                experiment.startedAt().isEmpty()
                        ? Optional.empty()
                        : registrations.planOf(experiment.requireId());
        List<Deviation> deviations =
                plan.isEmpty() ? List.of() : registrations.deviationsOf(experiment.requireId());
        Set<OutcomeId> named = new HashSet<>();
        plan.ifPresent(p -> p.content().outcomes().forEach(l -> named.add(l.outcome())));
        Map<String, String> authors = new HashMap<>();
        plan.ifPresent(p -> authors.put(p.registeredBy().key(), nameOf(p.registeredBy())));
        for (Deviation d : deviations) {
            authors.computeIfAbsent(d.by().key(), key -> nameOf(d.by()));
            if (d.part() == PlanPart.OUTCOMES) {
                named.addAll(PlanContent.outcomeIds(d.before()));
                named.addAll(PlanContent.outcomeIds(d.after()));
            }
        }
        boolean canEdit = access.canEdit(user, issue.ref());
        boolean closed = experiment.stage().isFinal();
        PublishingSettings terms =
                closed && canEdit ? publishing.load() : PublishingSettings.defaults();
        boolean canPublish =
                canEdit && terms.enabled() && closed && terms.allows(experiment.departments());
        return new Registration(
                experiment,
                plan,
                deviations,
                named.isEmpty() ? Map.of() : outcomes.findAll(named),
                authors,
                closed ? publications.versionsOf(experiment.requireId()) : List.of(),
                canEdit,
                canPublish);
    }

    /**
     * The failure stories about the experiment that may be published: those shared with everyone.
     *
     * @throws NotFoundException when the issue does not exist, the caller may not browse it, or it
     *     has no experiment
     */
    public List<FailureStory> publishableStories(String issueKey) {
        UserRef user = caller.user();
        Experiment experiment = experimentOf(browsable(user, issueKey));
        return stories.about(experiment.requireId()).stream()
                .filter(s -> s.audience().toEveryone())
                .toList();
    }

    /**
     * Exactly what publishing the experiment now would make public, without storing anything.
     *
     * @throws AccessDeniedException when the caller may not edit the issue
     * @throws RuleViolationException when publishing is off, the experiment is not closed, or its
     *     departments may not publish, or a chosen story may not be published
     */
    public PublicRecord preview(String issueKey, Collection<FailureStoryId> chosenStories) {
        UserRef user = caller.user();
        IssueSummary issue = editable(user, issueKey, Attempt.PUBLISH_THE_EXPERIMENT);
        Experiment experiment = experimentOf(issue);
        PublishingSettings terms = publishing.load();
        requirePublishable(experiment, terms);
        return publicRecord(issue, experiment, chosenStories, terms);
    }

    /**
     * Publishes the experiment: stores the snapshot as its next version.
     *
     * @throws AccessDeniedException when the caller may not edit the issue
     * @throws RuleViolationException as {@link #preview}
     */
    public Publication publish(String issueKey, Collection<FailureStoryId> chosenStories) {
        UserRef user = caller.user();
        IssueSummary issue = editable(user, issueKey, Attempt.PUBLISH_THE_EXPERIMENT);
        return transactions.inTransaction(
                () -> {
                    Experiment experiment = experimentOf(issue);
                    PublishingSettings terms = publishing.load();
                    requirePublishable(experiment, terms);
                    PublicRecord record = publicRecord(issue, experiment, chosenStories, terms);
                    List<Publication> versions = publications.versionsOf(experiment.requireId());
                    int version =
                            versions.stream().mapToInt(Publication::version).max().orElse(0) + 1;
                    Publication saved =
                            publications.save(
                                    Publication.publish(
                                            experiment.requireId(),
                                            version,
                                            record,
                                            experiment.departments(),
                                            experiment.outcomes().stream()
                                                    .map(OutcomeLink::outcome)
                                                    .collect(Collectors.toSet()),
                                            user,
                                            clock.now()));
                    audit.record(
                            new AuditEntry(
                                    user,
                                    clock.now(),
                                    AuditedType.PUBLICATION,
                                    experiment.requireId().value(),
                                    AuditAction.PUBLISHED,
                                    version == 1
                                            ? AuditText.of(
                                                    AuditKey.PUBLISHED,
                                                    issue.ref().key(),
                                                    experiment.requireId().toString())
                                            : AuditText.of(
                                                    AuditKey.PUBLISHED_VERSION,
                                                    version,
                                                    issue.ref().key(),
                                                    experiment.requireId().toString())));
                    return saved;
                });
    }

    /**
     * Withdraws the public version of the experiment; the register then says it was withdrawn, why
     * and when.
     *
     * @throws AccessDeniedException when the caller may not edit the issue
     * @throws InvalidInputException when no reason is given
     * @throws RuleViolationException when nothing of it is public
     */
    public Publication withdraw(String issueKey, String reason) {
        UserRef user = caller.user();
        IssueSummary issue = editable(user, issueKey, Attempt.WITHDRAW_THE_PUBLICATION);
        return transactions.inTransaction(
                () -> {
                    Experiment experiment = experimentOf(issue);
                    Publication latest =
                            publications.versionsOf(experiment.requireId()).stream()
                                    .max(Comparator.comparingInt(Publication::version))
                                    .filter(p -> !p.isWithdrawn())
                                    .orElseThrow(
                                            () ->
                                                    new RuleViolationException(
                                                            "publication",
                                                            ErrorKey.PUBLICATION_NONE,
                                                            issue.ref().key()));
                    Publication saved =
                            publications.save(latest.withdraw(reason, user, clock.now()));
                    audit.record(
                            new AuditEntry(
                                    user,
                                    clock.now(),
                                    AuditedType.PUBLICATION,
                                    experiment.requireId().value(),
                                    AuditAction.WITHDRAWN,
                                    AuditText.of(
                                            AuditKey.PUBLICATION_WITHDRAWN,
                                            latest.version(),
                                            issue.ref().key(),
                                            saved.withdrawal().reason())));
                    return saved;
                });
    }

    // ---- the public side: anyone, while publishing is on

    /**
     * The register's terms for its public pages.
     *
     * @throws NotFoundException when publishing is off, so the register does not exist for the
     *     public
     */
    public PublishingSettings publicTerms() {
        PublishingSettings terms = publishing.load();
        if (!terms.enabled()) {
            throw new NotFoundException(ErrorKey.REGISTER_ENTRY_NOT_FOUND, "");
        }
        return terms;
    }

    /** The register's terms as a team's preview shows them, whether publishing is on or not. */
    public PublishingSettings publicTermsForTeams() {
        caller.user();
        return publishing.load();
    }

    /**
     * A page of the register: the latest version of each published experiment matching the filter.
     *
     * @throws NotFoundException when publishing is off
     */
    public Page<Publication> register(RegisterFilter filter, PageRequest page) {
        publicTerms();
        return publications.latest(filter, page);
    }

    /**
     * The departments and outcomes the public experiments name, by name: what the register's
     * filters offer. Read from the published records, so a filter never reveals anything that was
     * not published.
     *
     * @throws NotFoundException when publishing is off
     */
    public Facets facets() {
        publicTerms();
        Map<Long, String> departmentNames = new TreeMap<>();
        Map<Long, String> outcomeNames = new TreeMap<>();
        for (PublicRecord r : publications.publicRecords()) {
            r.departments().forEach(d -> departmentNames.put(d.id(), d.name()));
            r.outcomes().forEach(o -> outcomeNames.put(o.id(), o.title()));
        }
        return new Facets(refs(departmentNames), refs(outcomeNames));
    }

    private static List<PublicRecord.Ref> refs(Map<Long, String> names) {
        return names.entrySet().stream()
                .map(e -> new PublicRecord.Ref(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(PublicRecord.Ref::name))
                .toList();
    }

    /** What the register's department and outcome filters offer. */
    public record Facets(List<PublicRecord.Ref> departments, List<PublicRecord.Ref> outcomes) {}

    /**
     * Every version of one published experiment, oldest first.
     *
     * @throws NotFoundException when publishing is off or nothing was published under this number
     */
    public List<Publication> entry(long number) {
        publicTerms();
        List<Publication> versions =
                number <= 0 ? List.of() : publications.versionsOf(new ExperimentId(number));
        if (versions.isEmpty()) {
            throw new NotFoundException(ErrorKey.REGISTER_ENTRY_NOT_FOUND, Long.toString(number));
        }
        return versions;
    }

    /**
     * The feed's entries: one per publication and one per withdrawal, newest first.
     *
     * @throws NotFoundException when publishing is off
     */
    public List<FeedEvent> feed() {
        publicTerms();
        List<FeedEvent> events = new ArrayList<>();
        publications
                .recentlyPublished(FEED_SIZE)
                .forEach(p -> events.add(new FeedEvent(p, false, p.publishedAt())));
        publications
                .recentlyWithdrawn(FEED_SIZE)
                .forEach(p -> events.add(new FeedEvent(p, true, p.withdrawal().at())));
        events.sort(
                Comparator.comparing(FeedEvent::at)
                        .reversed()
                        .thenComparing(e -> e.publication().id(), Comparator.reverseOrder()));
        return events.size() > FEED_SIZE ? events.subList(0, FEED_SIZE) : events;
    }

    /**
     * One entry of the feed.
     *
     * @param withdrawal true for the withdrawal of the publication, false for its publication
     */
    public record FeedEvent(Publication publication, boolean withdrawal, Instant at) {}

    // ---- building the public record

    private PublicRecord publicRecord(
            IssueSummary issue,
            Experiment experiment,
            Collection<FailureStoryId> chosen,
            PublishingSettings terms) {
        ExperimentRecord record = experiments.recordOf(experiment.requireId()).orElseThrow();
        Optional<RegisteredPlan> plan = registrations.planOf(experiment.requireId());
        List<Deviation> deviations =
                plan.isEmpty() ? List.of() : registrations.deviationsOf(experiment.requireId());
        Set<OutcomeId> outcomeIds = new LinkedHashSet<>();
        experiment.outcomes().forEach(l -> outcomeIds.add(l.outcome()));
        plan.ifPresent(p -> p.content().outcomes().forEach(l -> outcomeIds.add(l.outcome())));
        deviations.stream()
                .filter(d -> d.part() == PlanPart.OUTCOMES)
                .forEach(
                        d -> {
                            outcomeIds.addAll(PlanContent.outcomeIds(d.before()));
                            outcomeIds.addAll(PlanContent.outcomeIds(d.after()));
                        });
        record.results().forEach(r -> r.outcomeId().ifPresent(outcomeIds::add));
        Map<OutcomeId, Outcome> named =
                outcomeIds.isEmpty() ? Map.of() : outcomes.findAll(outcomeIds);
        List<FailureStory> included = storiesFor(experiment, chosen);
        boolean names = terms.namesAllowed();

        Map<DepartmentId, String> departmentNames =
                departments.list().stream()
                        .collect(Collectors.toMap(Department::requireId, Department::name));
        List<PublicRecord.Ref> departmentList =
                experiment.departments().stream()
                        .filter(departmentNames::containsKey)
                        .map(id -> new PublicRecord.Ref(id.value(), departmentNames.get(id)))
                        .sorted(Comparator.comparing(PublicRecord.Ref::name))
                        .toList();
        List<PublicRecord.Trend> trends = new ArrayList<>();
        for (OutcomeLink link : experiment.outcomes()) {
            Outcome outcome = named.get(link.outcome());
            if (outcome != null) {
                trends.add(trend(outcome, link));
            }
        }
        return new PublicRecord(
                PublicRecord.SCHEMA_VERSION,
                issue.summary(),
                experiment.stage().code(),
                experiment.verdict().map(v -> v.code()).orElse(null),
                experiment.closingNote().orElse(null),
                departmentList,
                experiment.startedAt().map(RegisterService::day).orElse(null),
                experiment.closedAt().map(RegisterService::day).orElse(null),
                hypothesis(experiment.hypothesis()),
                experiment.method().map(m -> m.code()).orElse(null),
                experiment.methodDetails().orElse(null),
                experiment.plannedSampleSize().orElse(null),
                plan.map(p -> plan(p, named, names)).orElse(null),
                deviations.stream().map(d -> change(d, named, names)).toList(),
                record.iterations().stream().map(i -> round(record, i, named)).toList(),
                record.generalLearnings().stream().map(RegisterService::lesson).toList(),
                trends,
                included.stream().map(s -> story(s, names)).toList(),
                settings.load().confidenceLevel());
    }

    private List<FailureStory> storiesFor(
            Experiment experiment, Collection<FailureStoryId> chosen) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<FailureStoryId, FailureStory> publishable =
                stories.about(experiment.requireId()).stream()
                        .filter(s -> s.audience().toEveryone())
                        .collect(Collectors.toMap(FailureStory::requireId, s -> s));
        List<FailureStory> included = new ArrayList<>();
        for (FailureStoryId id : new LinkedHashSet<>(chosen)) {
            FailureStory story = publishable.get(id);
            if (story == null) {
                throw new RuleViolationException(
                        "stories", ErrorKey.PUBLISH_STORY_NOT_ALLOWED, id.toString());
            }
            included.add(story);
        }
        return included;
    }

    private PublicRecord.Trend trend(Outcome outcome, OutcomeLink link) {
        List<PublicRecord.Point> points =
                outcomes.measurementsOf(outcome.requireId()).stream()
                        .sorted(Comparator.comparing(Measurement::measuredOn))
                        .map(m -> new PublicRecord.Point(m.measuredOn().toString(), m.value()))
                        .toList();
        return new PublicRecord.Trend(
                outcome.requireId().value(),
                outcome.title(),
                outcome.metric().unit(),
                outcome.metric().direction().code(),
                link.expected().code(),
                outcome.baseline().value(),
                outcome.baseline().date().toString(),
                outcome.target().value(),
                outcome.target().date().toString(),
                points);
    }

    private PublicRecord.Plan plan(RegisteredPlan p, Map<OutcomeId, Outcome> named, boolean names) {
        PlanContent c = p.content();
        return new PublicRecord.Plan(
                hypothesis(c.hypothesis()),
                c.method() == null ? null : c.method().code(),
                c.methodDetails(),
                c.outcomes().stream()
                        .map(
                                l ->
                                        new PublicRecord.Aim(
                                                titleOf(named, l.outcome()), l.expected().code()))
                        .toList(),
                p.plannedEndDate().map(LocalDate::toString).orElse(null),
                c.sampleSize(),
                day(p.registeredAt()),
                p.late(),
                names ? nameOf(p.registeredBy()) : null);
    }

    private PublicRecord.Change change(Deviation d, Map<OutcomeId, Outcome> named, boolean names) {
        String before = d.before();
        String after = d.after();
        if (d.part() == PlanPart.OUTCOMES) {
            before = outcomesText(before, named);
            after = outcomesText(after, named);
        }
        return new PublicRecord.Change(
                d.planVersion(),
                d.part().code(),
                d.kind().code(),
                before,
                after,
                d.reason(),
                day(d.at()),
                names ? nameOf(d.by()) : null);
    }

    /**
     * Outcomes by title with an arrow for the expected direction: "Online applications ↑; Waiting
     * time ↓".
     */
    public static String outcomesText(String stored, Map<OutcomeId, Outcome> named) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String pair : stored.split(",")) {
            String[] idAndDirection = pair.split(":", 2);
            OutcomeId id = new OutcomeId(Long.parseLong(idAndDirection[0]));
            parts.add(
                    titleOf(named, id)
                            + ("increase".equals(idAndDirection[1]) ? " \u2191" : " \u2193"));
        }
        return String.join("; ", parts);
    }

    private static String titleOf(Map<OutcomeId, Outcome> named, OutcomeId id) {
        Outcome outcome = named.get(id);
        return outcome == null ? "#" + id : outcome.title();
    }

    private static PublicRecord.Round round(
            ExperimentRecord record, Iteration i, Map<OutcomeId, Outcome> named) {
        return new PublicRecord.Round(
                i.number(),
                i.change(),
                i.startDate().map(LocalDate::toString).orElse(null),
                i.endDate().map(LocalDate::toString).orElse(null),
                i.decision().map(d -> d.code()).orElse(null),
                i.rationale().orElse(null),
                record.resultsOf(i.requireId()).stream().map(r -> measure(r, named)).toList(),
                record.learningsOf(i.requireId()).stream().map(RegisterService::lesson).toList());
    }

    /** A result's figures; its working note is left out, as notes are the team's own. */
    private static PublicRecord.Measure measure(Result r, Map<OutcomeId, Outcome> named) {
        String outcome = r.outcomeId().map(id -> titleOf(named, id)).orElse(null);
        ResultMeasure m = r.measure();
        String kind = m.kind().code();
        if (m instanceof ResultMeasure.Observed o) {
            return new PublicRecord.Measure(
                    r.title(),
                    kind,
                    outcome,
                    o.before(),
                    o.after(),
                    o.unit(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (m instanceof ResultMeasure.Proportion p) {
            return new PublicRecord.Measure(
                    r.title(),
                    kind,
                    outcome,
                    null,
                    null,
                    null,
                    p.controlSize(),
                    p.controlConversions(),
                    p.variantSize(),
                    p.variantConversions(),
                    p.plannedVariantShare(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (m instanceof ResultMeasure.Mean mean) {
            return new PublicRecord.Measure(
                    r.title(),
                    kind,
                    outcome,
                    null,
                    null,
                    null,
                    mean.controlSize(),
                    null,
                    mean.variantSize(),
                    null,
                    null,
                    mean.controlMean(),
                    mean.controlSd(),
                    mean.variantMean(),
                    mean.variantSd(),
                    null,
                    null);
        }
        ResultMeasure.Qualitative q = (ResultMeasure.Qualitative) m;
        return new PublicRecord.Measure(
                r.title(),
                kind,
                outcome,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                q.finding(),
                q.evidenceLink().map(Object::toString).orElse(null));
    }

    private static PublicRecord.Lesson lesson(Learning l) {
        return new PublicRecord.Lesson(l.statement(), l.tags().stream().map(Tag::value).toList());
    }

    private PublicRecord.Story story(FailureStory s, boolean names) {
        return new PublicRecord.Story(
                s.text().title(),
                s.text().whatWeTried(),
                s.text().whatHappened(),
                s.text().whatWeLearned(),
                s.text().whatWeWillDoDifferently(),
                s.factors().stream().map(f -> f.code()).sorted().toList(),
                s.impact().code(),
                names ? s.shownAuthor().map(this::nameOf).orElse(null) : null);
    }

    private static PublicRecord.Hypothesis hypothesis(Hypothesis h) {
        return new PublicRecord.Hypothesis(
                h.change(), h.audience(), h.expectedResult(), h.reason(), h.signal());
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    // ---- checks

    private void requirePublishable(Experiment experiment, PublishingSettings terms) {
        if (!terms.enabled()) {
            throw new RuleViolationException("publishing", ErrorKey.PUBLISHING_OFF);
        }
        if (!experiment.stage().isFinal()) {
            throw new RuleViolationException(
                    "stage",
                    ErrorKey.PUBLISH_NOT_CLOSED,
                    Phrase.of(
                            "experimentlog.stage." + experiment.stage().code(),
                            experiment.stage().code()));
        }
        if (!terms.allows(experiment.departments())) {
            throw new RuleViolationException(
                    "departments", ErrorKey.PUBLISH_DEPARTMENT_NOT_ALLOWED);
        }
    }

    private Experiment experimentOf(IssueSummary issue) {
        return experiments
                .findByIssue(issue.ref().id())
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        ErrorKey.ISSUE_HAS_NO_EXPERIMENT, issue.ref().key()))
                .onIssue(issue.ref());
    }

    private IssueSummary browsable(UserRef user, String issueKey) {
        return issues.findByKey(issueKey)
                .filter(i -> access.canBrowse(user, i.ref()))
                .orElseThrow(() -> new NotFoundException(ErrorKey.ISSUE_NOT_FOUND, issueKey));
    }

    private IssueSummary editable(UserRef user, String issueKey, Attempt action) {
        IssueSummary issue = browsable(user, issueKey);
        if (!access.canEdit(user, issue.ref())) {
            throw new AccessDeniedException(
                    ErrorKey.EDIT_PERMISSION_MISSING, action, issue.ref().key());
        }
        return issue;
    }

    private UserRef administrator(Attempt action) {
        UserRef user = caller.user();
        if (!access.isAdministrator(user)) {
            throw new AccessDeniedException(ErrorKey.ADMINISTRATORS_ONLY, action);
        }
        return user;
    }

    private String nameOf(UserRef user) {
        return users.displayName(user).orElse(user.key());
    }
}
