package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.experimentlog.app.report.Collaboration;
import org.experimentlog.app.report.FailureCounts;
import org.experimentlog.app.report.OutcomeMovement;
import org.experimentlog.app.report.ReportExperiment;
import org.experimentlog.app.report.ReportLearning;
import org.experimentlog.app.report.ReportQuery;
import org.experimentlog.app.report.RetrospectiveFigures;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.app.report.RetrospectiveReport.ExperimentCounts;
import org.experimentlog.app.report.RetrospectiveReport.IterationCounts;
import org.experimentlog.app.report.RetrospectiveReport.TimeToLearning;
import org.experimentlog.app.report.RetrospectiveReport.VerdictMix;
import org.experimentlog.app.report.ReusedLesson;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.IssueKeys;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.DeviationKind;
import org.experimentlog.domain.register.PlanPart;
import org.experimentlog.domain.retrospective.ScopeKind;
import org.springframework.stereotype.Component;

/**
 * The retrospective's figures on Active Objects, with a fixed number of statements whatever the
 * amount of data.
 *
 * <p>An experiment belongs to the period when it started before the period's last day ended and had
 * not ended before its first day began, or when it was abandoned in the period without ever
 * starting (days in the query's zone). Such an experiment counts as abandoned, in the verdicts'
 * abandoned share, among all the period's experiments, in the iterations (with none), the
 * collaboration and the export (with an empty start); not as started and not in the time to
 * learning, which needs a start. The learnings are counted with {@code COUNT(*)} in the database;
 * the rest is read as streams of narrow rows (only the columns a figure needs, never a narrative or
 * search column), ordered where that lets Java keep only counters: Active Objects renders an
 * aggregate over an aliased table as {@code alias.COUNT(…)}, which no database accepts, and the
 * scope needs aliased joins. The period's experiments are one stream that gives all four counts,
 * the verdicts and the days to learning at once, rather than three counts and a stream over the
 * same rows. The database still does the filtering, joining and ordering; only the time to learning
 * keeps a number per concluded experiment, for the median.
 *
 * <p>Scopes: a project counts its experiments and the stories about them; a department the
 * experiments it takes part in and the stories shared with it (the audience the author chose, so a
 * story never counts for a department its author did not address); an outcome the experiments aimed
 * at it and the stories about them, and only that outcome's movement; everything counts all the
 * reader may see. Experiments count only in the query's projects; stories only when the reader may
 * read them, by the same rule as the failures feed.
 *
 * <p>Statements per report, 15 at most: with visible projects, 4 streams over the period's
 * experiments (the experiments themselves, their iterations, departments and deviations) and 1 for
 * the departments' names (left out when none took part), 1 for the outcome links, 1 for the
 * outcomes and 1 for their measurements (left out when no outcome is in scope), 1 stream of
 * stories, 2 streams of reuse (applied, helped), 1 for the reused stories' titles (left out when
 * none), 1 learning count and 1 learning page with 1 for its experiments (left out when there is no
 * learning).
 */
@Component
public final class AoRetrospectiveFigures implements RetrospectiveFigures {
    private final ActiveObjects ao;
    private final int exportPage;

    @Inject
    public AoRetrospectiveFigures(ActiveObjects ao) {
        this(ao, EXPORT_PAGE);
    }

    /** With another page size for the CSV export, so a test can cross pages with a few rows. */
    AoRetrospectiveFigures(ActiveObjects ao, int exportPage) {
        this.ao = ao;
        this.exportPage = exportPage;
    }

    @Override
    public Set<ProjectKey> projectsWithExperiments() {
        Set<ProjectKey> projects = new TreeSet<>(Comparator.comparing(ProjectKey::value));
        ao.stream(
                AoExperiment.class,
                Query.select(AoExperiment.PROJECT_KEY).distinct(),
                row -> projects.add(new ProjectKey(row.getProjectKey())));
        return Set.copyOf(projects);
    }

    @Override
    public RetrospectiveReport report(ReportQuery query) {
        Window window = new Window(query);
        boolean anyExperiment = !query.projects().isEmpty();
        ExperimentCounts counts = new ExperimentCounts(0, 0, 0, 0);
        VerdictMix verdicts = new VerdictMix(0, 0, 0, 0);
        TimeToLearning time = TimeToLearning.none();
        IterationCounts iterations = new IterationCounts(0, 0, List.of(0, 0, 0, 0, 0, 0));
        Collaboration collaboration = Collaboration.none();
        RetrospectiveReport.Deviations deviations = RetrospectiveReport.Deviations.none();
        if (anyExperiment) {
            Tally tally = experimentsOf(window);
            counts =
                    new ExperimentCounts(
                            tally.started, tally.days.size(), tally.abandoned, tally.running);
            verdicts =
                    new VerdictMix(
                            tally.verdicts.get(Verdict.VALIDATED),
                            tally.verdicts.get(Verdict.INVALIDATED),
                            tally.verdicts.get(Verdict.INCONCLUSIVE),
                            tally.abandoned);
            time = tally.timeToLearning();
            iterations = iterations(window, tally.running);
            collaboration = collaboration(window);
            deviations = deviations(window);
        }
        return new RetrospectiveReport(
                query.scope(),
                query.period(),
                counts,
                verdicts,
                time,
                iterations,
                outcomes(window),
                failures(window),
                collaboration,
                reused(window),
                learnings(window),
                learningsTotal(window),
                deviations);
    }

    /**
     * The period's experiments that deviate from their registered plan, by kind: one statement
     * reading each experiment's distinct changed plan parts; only the experiments with deviations
     * are held, a few codes each.
     */
    private RetrospectiveReport.Deviations deviations(Window window) {
        Map<Long, Set<DeviationKind>> kinds = new HashMap<>();
        Select select =
                window.experimentsJoinedTo(AoDeviation.class, "v", AoDeviation.EXPERIMENT_ID);
        ao.stream(
                AoDeviation.class,
                select.query(
                        Query.select(AoDeviation.EXPERIMENT_ID + ", " + AoDeviation.PLAN_PART)
                                .distinct()),
                row ->
                        kinds.computeIfAbsent(
                                        row.getExperimentId(),
                                        id -> EnumSet.noneOf(DeviationKind.class))
                                .add(
                                        Coded.fromCode(PlanPart.class, row.getPlanPart(), "part")
                                                .kind()));
        Map<DeviationKind, Integer> byKind = new EnumMap<>(DeviationKind.class);
        kinds.values().forEach(set -> set.forEach(kind -> byKind.merge(kind, 1, Integer::sum)));
        return new RetrospectiveReport.Deviations(kinds.size(), byKind);
    }

    /**
     * The period's experiments in one stream of four narrow columns: how many ran, started, were
     * abandoned and concluded in it, the verdicts and the days to learning. One pass over the
     * period's experiments instead of three counts and a stream over the same rows.
     */
    private Tally experimentsOf(Window window) {
        Tally tally = new Tally();
        String abandoned = Stage.ABANDONED.code();
        String done = Stage.CONCLUDED.code();
        ao.stream(
                AoExperiment.class,
                window.experiments()
                        .query(
                                Query.select(
                                        AoExperiment.STAGE
                                                + ", "
                                                + AoExperiment.VERDICT
                                                + ", "
                                                + AoExperiment.STARTED_AT
                                                + ", "
                                                + AoExperiment.CLOSED_AT)),
                row -> {
                    tally.running++;
                    Date started = row.getStartedAt();
                    Date closed = row.getClosedAt();
                    if (started != null && !started.before(window.start)) {
                        tally.started++;
                    }
                    boolean closedInPeriod = closed != null && closed.before(window.end);
                    if (!closedInPeriod) {
                        return;
                    }
                    if (abandoned.equals(row.getStage())) {
                        tally.abandoned++;
                    } else if (done.equals(row.getStage())) {
                        if (row.getVerdict() != null) {
                            tally.verdicts.merge(
                                    Coded.fromCode(Verdict.class, row.getVerdict(), "verdict"),
                                    1,
                                    Integer::sum);
                        }
                        tally.days.add(
                                (int)
                                        ChronoUnit.DAYS.between(
                                                window.day(started), window.day(closed)));
                    }
                });
        return tally;
    }

    /**
     * The iterations of the period's experiments, read ordered by experiment so one counter
     * suffices.
     */
    private IterationCounts iterations(Window window, int experiments) {
        int[] buckets = new int[IterationCounts.BUCKETS];
        int[] run = {0, 0, 0}; // current experiment, its iterations, all iterations
        Select select =
                window.experimentsJoinedTo(AoIteration.class, "i", AoIteration.EXPERIMENT_ID);
        ao.stream(
                AoIteration.class,
                select.query(Query.select(AoIteration.EXPERIMENT_ID))
                        .order("i." + AoIteration.EXPERIMENT_ID),
                row -> {
                    if (row.getExperimentId() != run[0]) {
                        if (run[1] > 0) {
                            buckets[Math.min(run[1], IterationCounts.BUCKETS - 1)]++;
                        }
                        run[0] = row.getExperimentId();
                        run[1] = 0;
                    }
                    run[1]++;
                    run[2]++;
                });
        if (run[1] > 0) {
            buckets[Math.min(run[1], IterationCounts.BUCKETS - 1)]++;
        }
        int withIterations = Arrays.stream(buckets).sum();
        buckets[0] = experiments - withIterations;
        return new IterationCounts(experiments, run[2], Arrays.stream(buckets).boxed().toList());
    }

    /**
     * Which departments worked together: their links to the period's experiments, ordered by
     * experiment, so only one experiment's departments are held at a time. A department scope needs
     * the experiment's other departments, so its filter is applied here rather than by a second
     * join on the same table.
     */
    private Collaboration collaboration(Window window) {
        Long scopeDepartment =
                window.query.scope().kind() == ScopeKind.DEPARTMENT
                        ? Long.valueOf(window.query.scope().value())
                        : null;
        Map<Long, Map<Long, Integer>> cells = new TreeMap<>();
        List<Long> current = new ArrayList<>();
        int[] experiment = {0};
        Consumer<List<Long>> flush =
                departments -> {
                    if (scopeDepartment != null && !departments.contains(scopeDepartment)) {
                        return;
                    }
                    for (Long row : departments) {
                        for (Long column : departments) {
                            if (row <= column) {
                                cells.computeIfAbsent(row, r -> new TreeMap<>())
                                        .merge(column, 1, Integer::sum);
                            }
                        }
                    }
                };
        Select select =
                window.experimentsWithoutScopeJoinFor(ScopeKind.DEPARTMENT)
                        .joinedFrom(
                                AoExperimentDepartment.class,
                                "x",
                                AoExperimentDepartment.EXPERIMENT_ID);
        ao.stream(
                AoExperimentDepartment.class,
                select.query(
                                Query.select(
                                        AoExperimentDepartment.EXPERIMENT_ID
                                                + ", "
                                                + AoExperimentDepartment.DEPARTMENT_ID))
                        .order("x." + AoExperimentDepartment.EXPERIMENT_ID),
                row -> {
                    if (row.getExperimentId() != experiment[0]) {
                        flush.accept(current);
                        current.clear();
                        experiment[0] = row.getExperimentId();
                    }
                    current.add((long) row.getDepartmentId());
                });
        flush.accept(current);
        if (cells.isEmpty()) {
            return Collaboration.none();
        }
        Map<Long, String> names = departmentNames();
        List<Collaboration.Member> members =
                cells.keySet().stream()
                        .map(
                                id ->
                                        new Collaboration.Member(
                                                new DepartmentId(id),
                                                names.getOrDefault(id, "#" + id)))
                        .sorted(
                                Comparator.comparing(
                                                Collaboration.Member::name,
                                                String.CASE_INSENSITIVE_ORDER)
                                        .thenComparingLong(m -> m.id().value()))
                        .toList();
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            position.put(members.get(i).id().value(), i);
        }
        List<Collaboration.Cell> list = new ArrayList<>();
        cells.forEach(
                (a, columns) ->
                        columns.forEach(
                                (b, n) -> {
                                    long row =
                                            position.get(a)
                                                            <= position.getOrDefault(
                                                                    b, Integer.MAX_VALUE)
                                                    ? a
                                                    : b;
                                    long column = row == a ? b : a;
                                    list.add(
                                            new Collaboration.Cell(
                                                    new DepartmentId(row),
                                                    new DepartmentId(column),
                                                    n));
                                }));
        list.sort(
                Comparator.comparingInt((Collaboration.Cell c) -> position.get(c.row().value()))
                        .thenComparingInt(c -> position.get(c.column().value())));
        return new Collaboration(members, list);
    }

    /** Every department's name: there are few, and one query reads them. */
    private Map<Long, String> departmentNames() {
        Map<Long, String> names = new HashMap<>();
        ao.stream(
                AoDepartment.class,
                Query.select("ID, " + AoDepartment.NAME),
                row -> names.put((long) row.getID(), row.getName()));
        return names;
    }

    /**
     * The outcomes in scope (the period's experiments aim at them, or the scope is one) and how
     * they moved.
     */
    private List<OutcomeMovement> outcomes(Window window) {
        Set<Integer> ids = new TreeSet<>();
        if (window.query.scope().kind() == ScopeKind.OUTCOME) {
            ids.add(rowId(window.query.scope().value()));
        } else if (!window.query.projects().isEmpty()) {
            Select select =
                    window.experimentsJoinedTo(
                            AoOutcomeLink.class, "l", AoOutcomeLink.EXPERIMENT_ID);
            ao.stream(
                    AoOutcomeLink.class,
                    select.query(Query.select(AoOutcomeLink.OUTCOME_ID).distinct()),
                    row -> ids.add(row.getOutcomeId()));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<OutcomeRow> outcomes = new ArrayList<>();
        Rows.streamIn(
                ao,
                AoOutcome.class,
                "ID, "
                        + AoOutcome.TITLE
                        + ", "
                        + AoOutcome.UNIT
                        + ", "
                        + AoOutcome.DIRECTION
                        + ", "
                        + AoOutcome.BASELINE_VALUE
                        + ", "
                        + AoOutcome.TARGET_VALUE,
                "ID",
                ids,
                "ID",
                row ->
                        outcomes.add(
                                new OutcomeRow(
                                        row.getID(),
                                        row.getTitle(),
                                        row.getUnit(),
                                        row.getDirection(),
                                        row.getBaselineValue(),
                                        row.getTargetValue())));
        if (outcomes.isEmpty()) {
            return List.of();
        }
        String first = Days.format(window.query.period().from());
        String last = Days.format(window.query.period().to());
        Map<Integer, Double> atStart = new HashMap<>();
        Map<Integer, Double> atEnd = new HashMap<>();
        List<Integer> found = outcomes.stream().map(OutcomeRow::id).toList();
        // Oldest first, so the last value seen on or before a day is the latest one.
        ao.stream(
                AoMeasurement.class,
                Query.select(
                                AoMeasurement.OUTCOME_ID
                                        + ", "
                                        + AoMeasurement.MEASURED_VALUE
                                        + ", "
                                        + AoMeasurement.MEASURED_ON)
                        .where(
                                InClause.of(AoMeasurement.OUTCOME_ID, found.size())
                                        + " AND "
                                        + AoMeasurement.MEASURED_ON
                                        + " <= ?",
                                params(found, last))
                        .order(AoMeasurement.MEASURED_ON + ", ID"),
                row -> {
                    if (row.getMeasuredOn().compareTo(first) <= 0) {
                        atStart.put(row.getOutcomeId(), row.getMeasuredValue());
                    }
                    atEnd.put(row.getOutcomeId(), row.getMeasuredValue());
                });
        return outcomes.stream()
                .sorted(
                        Comparator.comparing(OutcomeRow::title, String.CASE_INSENSITIVE_ORDER)
                                .thenComparingInt(OutcomeRow::id))
                .map(
                        o ->
                                new OutcomeMovement(
                                        new OutcomeId(o.id()),
                                        o.title(),
                                        o.unit(),
                                        Coded.fromCode(Direction.class, o.direction(), "direction"),
                                        o.baseline(),
                                        atStart.get(o.id()),
                                        atEnd.get(o.id()),
                                        o.target()))
                .toList();
    }

    /** The columns of an outcome the movement needs, without its description. */
    private record OutcomeRow(
            int id, String title, String unit, String direction, double baseline, double target) {}

    /**
     * A department or outcome id of a scope as the id columns hold it. A scope accepts any positive
     * id, but the columns are integers: an id beyond their range names no row, so it becomes 0,
     * which no row has either.
     */
    static int rowId(String scopeValue) {
        long id = Long.parseLong(scopeValue);
        return id > Integer.MAX_VALUE ? 0 : (int) id;
    }

    private static Object[] params(List<Integer> ids, Object... more) {
        List<Object> all = new ArrayList<>(ids);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }

    /** The stories shared in the period that count, by factor and impact, in one stream. */
    private FailureCounts failures(Window window) {
        Map<ContributingFactor, Integer> byFactor = new EnumMap<>(ContributingFactor.class);
        Map<Impact, Integer> byImpact = new EnumMap<>(Impact.class);
        int[] shared = {0};
        Select select = window.stories();
        if (select == null) {
            return new FailureCounts(0, byFactor, byImpact);
        }
        select.and("s." + AoFailureStory.CREATED_AT + " >= ?", window.start)
                .and("s." + AoFailureStory.CREATED_AT + " < ?", window.end);
        ao.stream(
                AoFailureStory.class,
                select.query(Query.select(AoFailureStory.FACTORS + ", " + AoFailureStory.IMPACT)),
                row -> {
                    shared[0]++;
                    byImpact.merge(
                            Coded.fromCode(Impact.class, row.getImpact(), "impact"),
                            1,
                            Integer::sum);
                    for (String code : StoryCodes.split(row.getFactors())) {
                        byFactor.merge(
                                Coded.fromCode(ContributingFactor.class, code, "factors"),
                                1,
                                Integer::sum);
                    }
                });
        return new FailureCounts(shared[0], byFactor, byImpact);
    }

    /** The stories that count, applied or marked helpful in the period, most reused first. */
    private List<ReusedLesson> reused(Window window) {
        Map<Integer, int[]> reuse = new HashMap<>();
        Select applied = window.stories();
        if (applied == null) {
            return List.of();
        }
        applied =
                applied.joinedFrom(AoAppliedIn.class, "a", AoAppliedIn.STORY_ID)
                        .and("a." + AoAppliedIn.APPLIED_AT + " >= ?", window.start)
                        .and("a." + AoAppliedIn.APPLIED_AT + " < ?", window.end);
        // A record about an issue in a project the reader may not browse does not count: even its
        // number would tell
        // the reader something about that project.
        Set<String> visible =
                window.query.projects().stream().map(ProjectKey::value).collect(Collectors.toSet());
        ao.stream(
                AoAppliedIn.class,
                applied.query(Query.select(AoAppliedIn.STORY_ID + ", " + AoAppliedIn.ISSUE_KEY)),
                row -> {
                    if (visible.contains(IssueKeys.projectOf(row.getIssueKey()))) {
                        reuse.computeIfAbsent(row.getStoryId(), id -> new int[2])[0]++;
                    }
                });
        Select helped =
                window.stories()
                        .joinedFrom(AoHelpedMark.class, "h", AoHelpedMark.STORY_ID)
                        .and("h." + AoHelpedMark.MARKED_AT + " >= ?", window.start)
                        .and("h." + AoHelpedMark.MARKED_AT + " < ?", window.end);
        ao.stream(
                AoHelpedMark.class,
                helped.query(Query.select(AoHelpedMark.STORY_ID)),
                row -> reuse.computeIfAbsent(row.getStoryId(), id -> new int[2])[1]++);
        if (reuse.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Integer, int[]>> top =
                reuse.entrySet().stream()
                        .sorted(
                                Comparator.comparingInt(
                                                (Map.Entry<Integer, int[]> e) ->
                                                        e.getValue()[0] + e.getValue()[1])
                                        .reversed()
                                        .thenComparing(
                                                Comparator.comparingInt(
                                                                (Map.Entry<Integer, int[]> e) ->
                                                                        e.getValue()[0])
                                                        .reversed())
                                        .thenComparingInt(Map.Entry::getKey))
                        .limit(REUSED_LISTED)
                        .toList();
        Map<Integer, String> titles = new HashMap<>();
        Rows.streamIn(
                ao,
                AoFailureStory.class,
                "ID, " + AoFailureStory.TITLE,
                "ID",
                top.stream().map(Map.Entry::getKey).toList(),
                "ID",
                story -> titles.put(story.getID(), story.getTitle()));
        return top.stream()
                .filter(e -> titles.containsKey(e.getKey()))
                .map(
                        e ->
                                new ReusedLesson(
                                        new FailureStoryId(e.getKey()),
                                        titles.get(e.getKey()),
                                        e.getValue()[0],
                                        e.getValue()[1]))
                .toList();
    }

    /**
     * The learnings of the period in scope. For the page ({@code page}), the visible projects are a
     * condition the database cannot answer from the project index ({@code OR PROJECT_KEY IS NULL},
     * which the column's NOT NULL makes change nothing): H2 otherwise looks the projects up in that
     * index, which for everything means reading every learning and sorting them, where the index on
     * the creation time gives the newest {@value #LEARNINGS_LISTED} after reading about as many (on
     * the Data Center data set, 87 rows read instead of 30,001).
     */
    private Query learningQuery(Window window, Query base, boolean page) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<String> projects =
                window.query.projects().stream().map(ProjectKey::value).sorted().toList();
        conditions.add(
                page
                        ? "("
                                + InClause.of(AoLearning.PROJECT_KEY, projects.size())
                                + " OR "
                                + AoLearning.PROJECT_KEY
                                + " IS NULL)"
                        : InClause.of(AoLearning.PROJECT_KEY, projects.size()));
        params.addAll(projects);
        conditions.add(AoLearning.CREATED_AT + " >= ?");
        params.add(window.start);
        conditions.add(AoLearning.CREATED_AT + " < ?");
        params.add(window.end);
        String value = window.query.scope().value();
        switch (window.query.scope().kind()) {
            case PROJECT -> {
                conditions.add(AoLearning.PROJECT_KEY + " = ?");
                params.add(value);
            }
            case DEPARTMENT -> {
                conditions.add(AoLearning.DEPARTMENTS + " LIKE ?");
                params.add(StoryCodes.containing(value));
            }
            case OUTCOME -> {
                conditions.add(AoLearning.OUTCOMES + " LIKE ?");
                params.add(StoryCodes.containing(value));
            }
            default -> {
                // every visible project
            }
        }
        return base.where(String.join(" AND ", conditions), params.toArray());
    }

    private int learningsTotal(Window window) {
        if (window.query.projects().isEmpty()) {
            return 0;
        }
        return ao.count(AoLearning.class, learningQuery(window, Query.select(), false));
    }

    private List<ReportLearning> learnings(Window window) {
        if (window.query.projects().isEmpty()) {
            return List.of();
        }
        List<LearningRow> rows = new ArrayList<>();
        ao.stream(
                AoLearning.class,
                learningQuery(
                                window,
                                Query.select(
                                        "ID, "
                                                + AoLearning.EXPERIMENT_ID
                                                + ", "
                                                + AoLearning.STATEMENT
                                                + ", "
                                                + AoLearning.CREATED_AT
                                                + ", "
                                                + AoLearning.VERDICT),
                                true)
                        .order(AoLearning.CREATED_AT + " DESC, ID DESC")
                        .limit(LEARNINGS_LISTED),
                row ->
                        rows.add(
                                new LearningRow(
                                        row.getID(),
                                        row.getExperimentId(),
                                        row.getStatement(),
                                        row.getCreatedAt(),
                                        row.getVerdict())));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Integer, IssueRef> issues = new HashMap<>();
        Rows.streamIn(
                ao,
                AoExperiment.class,
                "ID, " + AoExperiment.ISSUE_ID + ", " + AoExperiment.ISSUE_KEY,
                "ID",
                rows.stream().map(LearningRow::experiment).toList(),
                "ID",
                row -> issues.put(row.getID(), new IssueRef(row.getIssueId(), row.getIssueKey())));
        List<ReportLearning> learnings = new ArrayList<>();
        for (LearningRow row : rows) {
            IssueRef issue = issues.get(row.experiment());
            if (issue != null) {
                learnings.add(
                        new ReportLearning(
                                new LearningId(row.id()),
                                issue,
                                row.statement() == null ? "" : row.statement(),
                                row.createdAt().toInstant(),
                                row.verdict() == null
                                        ? null
                                        : Coded.fromCode(Verdict.class, row.verdict(), "verdict")));
            }
        }
        return learnings;
    }

    /** The columns of a listed learning, without its search columns. */
    private record LearningRow(
            int id, int experiment, String statement, Date createdAt, String verdict) {}

    /**
     * The CSV rows, oldest start first, then the experiments abandoned before they started, oldest
     * end first; a page of {@value #EXPORT_PAGE} experiments at a time: one query for the page and
     * one each for its iterations, departments and outcomes (plus one for all department names and
     * one for all outcome titles up front), so memory holds one page whatever the number of
     * experiments. The two parts are read one after the other rather than in one order because
     * databases disagree on where an empty start sorts; that costs one query more.
     */
    @Override
    public void experiments(ReportQuery query, Consumer<ReportExperiment> each) {
        if (query.projects().isEmpty()) {
            return;
        }
        Window window = new Window(query);
        Map<Long, String> departmentNames = departmentNames();
        Map<Integer, String> outcomeTitles = new HashMap<>();
        ao.stream(
                AoOutcome.class,
                Query.select("ID, " + AoOutcome.TITLE),
                row -> outcomeTitles.put(row.getID(), row.getTitle()));
        exportPages(
                window,
                "e." + AoExperiment.STARTED_AT + " IS NOT NULL",
                AoExperiment.STARTED_AT,
                AoExperiment::getStartedAt,
                departmentNames,
                outcomeTitles,
                each);
        exportPages(
                window,
                "e." + AoExperiment.STARTED_AT + " IS NULL",
                AoExperiment.CLOSED_AT,
                AoExperiment::getClosedAt,
                departmentNames,
                outcomeTitles,
                each);
    }

    /**
     * The export's rows that meet {@code part}, paged by {@code orderColumn} (never empty in that
     * part) and id.
     */
    private void exportPages(
            Window window,
            String part,
            String orderColumn,
            Function<AoExperiment, Date> orderValue,
            Map<Long, String> departmentNames,
            Map<Integer, String> outcomeTitles,
            Consumer<ReportExperiment> each) {
        Date after = null;
        int afterId = 0;
        while (true) {
            Select select = window.experiments().and(part);
            if (after != null) {
                select.and(
                        "(e." + orderColumn + " > ? OR (e." + orderColumn + " = ? AND e.ID > ?))",
                        after,
                        after,
                        afterId);
            }
            AoExperiment[] page =
                    ao.find(
                            AoExperiment.class,
                            select.query(
                                            Query.select(
                                                    "ID, "
                                                            + AoExperiment.ISSUE_ID
                                                            + ", "
                                                            + AoExperiment.ISSUE_KEY
                                                            + ", "
                                                            + AoExperiment.HYP_CHANGE
                                                            + ", "
                                                            + AoExperiment.METHOD
                                                            + ", "
                                                            + AoExperiment.STAGE
                                                            + ", "
                                                            + AoExperiment.VERDICT
                                                            + ", "
                                                            + AoExperiment.STARTED_AT
                                                            + ", "
                                                            + AoExperiment.CLOSED_AT))
                                    .order("e." + orderColumn + ", e.ID")
                                    .limit(exportPage));
            if (page.length == 0) {
                return;
            }
            List<Integer> ids = Arrays.stream(page).map(AoExperiment::getID).toList();
            Map<Integer, Integer> iterations = new HashMap<>();
            ao.stream(
                    AoIteration.class,
                    Query.select(AoIteration.EXPERIMENT_ID)
                            .where(
                                    InClause.of(AoIteration.EXPERIMENT_ID, ids.size()),
                                    ids.toArray()),
                    row -> iterations.merge(row.getExperimentId(), 1, Integer::sum));
            Map<Integer, List<String>> departments = new HashMap<>();
            ao.stream(
                    AoExperimentDepartment.class,
                    Query.select(
                                    AoExperimentDepartment.EXPERIMENT_ID
                                            + ", "
                                            + AoExperimentDepartment.DEPARTMENT_ID)
                            .where(
                                    InClause.of(AoExperimentDepartment.EXPERIMENT_ID, ids.size()),
                                    ids.toArray()),
                    row ->
                            departments
                                    .computeIfAbsent(row.getExperimentId(), id -> new ArrayList<>())
                                    .add(
                                            departmentNames.getOrDefault(
                                                    (long) row.getDepartmentId(),
                                                    "#" + row.getDepartmentId())));
            Map<Integer, List<String>> outcomes = new HashMap<>();
            ao.stream(
                    AoOutcomeLink.class,
                    Query.select(
                                    AoOutcomeLink.EXPERIMENT_ID
                                            + ", "
                                            + AoOutcomeLink.OUTCOME_ID
                                            + ", "
                                            + AoOutcomeLink.POSITION)
                            .where(
                                    InClause.of(AoOutcomeLink.EXPERIMENT_ID, ids.size()),
                                    ids.toArray())
                            .order(AoOutcomeLink.POSITION),
                    row ->
                            outcomes.computeIfAbsent(row.getExperimentId(), id -> new ArrayList<>())
                                    .add(
                                            outcomeTitles.getOrDefault(
                                                    row.getOutcomeId(), "#" + row.getOutcomeId())));
            for (AoExperiment row : page) {
                List<String> names =
                        new ArrayList<>(departments.getOrDefault(row.getID(), List.of()));
                names.sort(String.CASE_INSENSITIVE_ORDER);
                each.accept(
                        new ReportExperiment(
                                new IssueRef(row.getIssueId(), row.getIssueKey()),
                                row.getHypChange() == null ? "" : row.getHypChange(),
                                row.getMethod() == null
                                        ? null
                                        : Coded.fromCode(Method.class, row.getMethod(), "method"),
                                Coded.fromCode(Stage.class, row.getStage(), "stage"),
                                row.getVerdict() == null
                                        ? null
                                        : Coded.fromCode(
                                                Verdict.class, row.getVerdict(), "verdict"),
                                row.getStartedAt() == null ? null : window.day(row.getStartedAt()),
                                row.getClosedAt() == null ? null : window.day(row.getClosedAt()),
                                iterations.getOrDefault(row.getID(), 0),
                                names,
                                outcomes.getOrDefault(row.getID(), List.of())));
            }
            if (page.length < exportPage) {
                return;
            }
            AoExperiment last = page[page.length - 1];
            after = orderValue.apply(last);
            afterId = last.getID();
        }
    }

    /** How many experiments the CSV export reads per query. */
    static final int EXPORT_PAGE = 500;

    /**
     * The period's experiment counts, and the verdicts and durations of the concluded experiments.
     */
    private static final class Tally {
        private int running;
        private int started;
        private int abandoned;
        private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        private final List<Integer> days = new ArrayList<>();

        Tally() {
            for (Verdict verdict : Verdict.values()) {
                verdicts.put(verdict, 0);
            }
        }

        TimeToLearning timeToLearning() {
            if (days.isEmpty()) {
                return TimeToLearning.none();
            }
            int[] sorted = days.stream().mapToInt(Integer::intValue).sorted().toArray();
            return new TimeToLearning(
                    sorted.length,
                    percentile(sorted, 0.5),
                    percentile(sorted, 0.25),
                    percentile(sorted, 0.75),
                    sorted[0],
                    sorted[sorted.length - 1]);
        }
    }

    /**
     * The percentile by linear interpolation between the closest ranks (so the median of 2, 4 is
     * 3).
     */
    static double percentile(int[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /**
     * The period as instants in the query's zone, and the conditions that put an experiment in it.
     */
    private static final class Window {
        private final ReportQuery query;
        private final Date start;
        private final Date end;
        private final ZoneId zone;

        Window(ReportQuery query) {
            this.query = query;
            this.zone = query.zone();
            this.start = Date.from(query.period().from().atStartOfDay(zone).toInstant());
            this.end = Date.from(query.period().to().plusDays(1).atStartOfDay(zone).toInstant());
        }

        LocalDate day(Date at) {
            return LocalDate.ofInstant(Instant.ofEpochMilli(at.getTime()), zone);
        }

        /** The experiments of the period in scope, the experiment table aliased {@code e}. */
        Select experiments() {
            return experimentsWithoutScopeJoinFor(null);
        }

        /**
         * As {@link #experiments()}, leaving a department scope's join to the caller when {@code
         * kind} is it.
         */
        Select experimentsWithoutScopeJoinFor(ScopeKind skipped) {
            Select select = new Select(AoExperiment.class, "e");
            inPeriod(select);
            scope(select, skipped);
            return select;
        }

        /**
         * The rows of {@code type} (aliased) that belong to an experiment of the period in scope.
         */
        Select experimentsJoinedTo(
                Class<? extends RawEntity<Integer>> type, String alias, String experimentColumn) {
            return experiments().joinedFrom(type, alias, experimentColumn);
        }

        /**
         * Started before the period's end and not ended before its start; or abandoned in the
         * period without ever starting, which is a decision worth seeing too.
         */
        private void inPeriod(Select select) {
            List<String> projects =
                    query.projects().stream().map(ProjectKey::value).sorted().toList();
            select.and(
                            InClause.of("e." + AoExperiment.PROJECT_KEY, projects.size()),
                            projects.toArray())
                    .and(
                            "(e."
                                    + AoExperiment.STARTED_AT
                                    + " < ? OR (e."
                                    + AoExperiment.STARTED_AT
                                    + " IS NULL AND e."
                                    + AoExperiment.STAGE
                                    + " = ? AND e."
                                    + AoExperiment.CLOSED_AT
                                    + " < ?))",
                            end,
                            Stage.ABANDONED.code(),
                            end)
                    .and(
                            "(e."
                                    + AoExperiment.CLOSED_AT
                                    + " IS NULL OR e."
                                    + AoExperiment.CLOSED_AT
                                    + " >= ?)",
                            start);
        }

        private void scope(Select select, ScopeKind skipped) {
            String value = query.scope().value();
            switch (query.scope().kind()) {
                case PROJECT -> select.and("e." + AoExperiment.PROJECT_KEY + " = ?", value);
                case DEPARTMENT -> {
                    if (skipped != ScopeKind.DEPARTMENT) {
                        select.join(
                                        AoExperimentDepartment.class,
                                        "d",
                                        "d." + AoExperimentDepartment.EXPERIMENT_ID + " = e.ID")
                                .and(
                                        "d." + AoExperimentDepartment.DEPARTMENT_ID + " = ?",
                                        rowId(value));
                    }
                }
                case OUTCOME ->
                        select.join(
                                        AoOutcomeLink.class,
                                        "o",
                                        "o." + AoOutcomeLink.EXPERIMENT_ID + " = e.ID")
                                .and("o." + AoOutcomeLink.OUTCOME_ID + " = ?", rowId(value));
                default -> {
                    // every experiment in the visible projects
                }
            }
        }

        /**
         * The failure stories that count, aliased {@code s}; null when none can (a project or
         * outcome scope without a visible project). Project and outcome scopes take the stories
         * about their experiments (of any time); a department scope the stories shared with it.
         */
        Select stories() {
            Select select = new Select(AoFailureStory.class, "s");
            List<String> visible = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            AoFailureStoryRepository.visibility(query.reader(), visible, params);
            if (!visible.isEmpty()) {
                select.and(visible.get(0), params.toArray());
            }
            String value = query.scope().value();
            switch (query.scope().kind()) {
                case PROJECT, OUTCOME -> {
                    if (query.projects().isEmpty()) {
                        return null;
                    }
                    List<String> projects =
                            query.projects().stream().map(ProjectKey::value).sorted().toList();
                    select.join(AoExperiment.class, "e", "e.ID = s." + AoFailureStory.EXPERIMENT_ID)
                            .and(
                                    InClause.of("e." + AoExperiment.PROJECT_KEY, projects.size()),
                                    projects.toArray());
                    if (query.scope().kind() == ScopeKind.PROJECT) {
                        select.and("e." + AoExperiment.PROJECT_KEY + " = ?", value);
                    } else {
                        select.join(
                                        AoOutcomeLink.class,
                                        "o",
                                        "o." + AoOutcomeLink.EXPERIMENT_ID + " = e.ID")
                                .and("o." + AoOutcomeLink.OUTCOME_ID + " = ?", rowId(value));
                    }
                }
                case DEPARTMENT ->
                        select.and(
                                "s." + AoFailureStory.AUDIENCE + " LIKE ?",
                                StoryCodes.containing(value));
                default -> {
                    // every story the reader may read
                }
            }
            return select;
        }
    }

    /**
     * A query being built on one aliased table with joins: Active Objects prefixes the selected
     * columns with the main table's alias and quotes {@code alias.COLUMN} in conditions, so
     * conditions name their table's alias.
     */
    private static final class Select {
        private Class<? extends RawEntity<Integer>> main;
        private String mainAlias;
        private final Map<Class<? extends RawEntity<Integer>>, String[]> joins =
                new LinkedHashMap<>();
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        Select(Class<? extends RawEntity<Integer>> main, String alias) {
            this.main = main;
            this.mainAlias = alias;
        }

        Select and(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(Arrays.asList(values));
            return this;
        }

        Select join(Class<? extends RawEntity<Integer>> type, String alias, String on) {
            joins.put(type, new String[] {alias, on});
            return this;
        }

        /**
         * The same rows seen from a table that points at this one's main table: {@code type}
         * becomes the main table, joined to the former main table on its id.
         */
        Select joinedFrom(Class<? extends RawEntity<Integer>> type, String alias, String column) {
            Map<Class<? extends RawEntity<Integer>>, String[]> former = new LinkedHashMap<>(joins);
            joins.clear();
            joins.put(main, new String[] {mainAlias, mainAlias + ".ID = " + alias + "." + column});
            joins.putAll(former);
            main = type;
            mainAlias = alias;
            return this;
        }

        Query query(Query base) {
            Query query = base.alias(main, mainAlias);
            for (Map.Entry<Class<? extends RawEntity<Integer>>, String[]> join : joins.entrySet()) {
                query =
                        query.join(join.getKey(), join.getValue()[1])
                                .alias(join.getKey(), join.getValue()[0]);
            }
            return conditions.isEmpty()
                    ? query
                    : query.where(String.join(" AND ", conditions), params.toArray());
        }
    }
}
