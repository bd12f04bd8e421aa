package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.experimentlog.app.report.Collaboration;
import org.experimentlog.app.report.FailureCounts;
import org.experimentlog.app.report.OutcomeMovement;
import org.experimentlog.app.report.ReportLearning;
import org.experimentlog.app.report.ReportQuery;
import org.experimentlog.app.report.RetrospectiveFigures;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.app.report.RetrospectiveReport.ExperimentCounts;
import org.experimentlog.app.report.RetrospectiveReport.IterationCounts;
import org.experimentlog.app.report.RetrospectiveReport.TimeToLearning;
import org.experimentlog.app.report.RetrospectiveReport.VerdictMix;
import org.experimentlog.app.report.ReusedLesson;
import org.experimentlog.domain.IssueKeys;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.LearningId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStoryId;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.DeviationKind;
import org.experimentlog.domain.register.PlanPart;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.retrospective.ScopeKind;
import org.junit.Test;

/**
 * The retrospective's figures as {@link AoRetrospectiveFigures} computes them (narrow streams and
 * counts in SQL) against a straightforward computation of the same figures in Java from every row
 * of every table, on random data from fixed seeds: every scope, several readers, periods and sets
 * of visible projects. The two must give equal reports, figure by figure.
 */
public class AoRetrospectiveFiguresEquivalenceTest extends RepositoryContract {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final List<String> PROJECTS = List.of("ALPHA", "BETA", "GAMMA");
    private static final List<String> USERS = List.of("ann", "ben", "cor", "dee");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 730;

    /** The first days of the fixed periods compared, and the days after their last days. */
    private static final List<LocalDate> EDGES =
            List.of(
                    LocalDate.of(2025, 7, 1),
                    LocalDate.of(2025, 10, 1),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 7, 1));

    private final List<Integer> departments = new ArrayList<>();
    private final List<Integer> outcomes = new ArrayList<>();
    private final List<Integer> experiments = new ArrayList<>();
    private final List<Integer> stories = new ArrayList<>();
    private final Map<Class<?>, Object[]> tables = new HashMap<>();
    private long issue;

    @Test
    public void report_shouldGiveTheFiguresOfAStraightforwardComputation_onRandomData() {
        for (long seed = 1; seed <= 2; seed++) {
            database.clear();
            clearIds();
            Random random = new Random(seed);
            fill(random);
            AoRetrospectiveFigures target = new AoRetrospectiveFigures(ao);
            int compared = 0;
            for (Period period : periods(random)) {
                for (Set<ProjectKey> projects : projectSets()) {
                    for (Reader reader : readers()) {
                        for (Scope scope : scopes()) {
                            ReportQuery query =
                                    new ReportQuery(scope, period, ZONE, projects, reader);
                            RetrospectiveReport expected = new Straightforward(query).report();
                            assertEquals(
                                    "seed " + seed + ", " + scope + ", " + period + ", " + projects
                                            + ", " + reader,
                                    expected,
                                    target.report(query));
                            compared++;
                        }
                    }
                }
            }
            assertTrue(compared > 100);
        }
    }

    @Test
    public void report_shouldCountSomethingInEveryFigure_onTheRandomData() {
        // the comparison above means little if the random data leave the figures empty
        fill(new Random(1));
        RetrospectiveReport report =
                new AoRetrospectiveFigures(ao)
                        .report(
                                new ReportQuery(
                                        Scope.everything(),
                                        new Period(
                                                LocalDate.of(2025, 7, 1),
                                                LocalDate.of(2026, 6, 30)),
                                        ZONE,
                                        PROJECTS.stream()
                                                .map(ProjectKey::new)
                                                .collect(Collectors.toSet()),
                                        new Reader(new UserRef("ann"), Set.of(), true)));
        assertTrue(report.experiments().started() > 0);
        assertTrue(report.experiments().concluded() > 0);
        assertTrue(report.experiments().abandoned() > 0);
        assertTrue(report.timeToLearning().experiments() > 0);
        assertTrue(report.iterations().iterations() > 0);
        assertTrue(report.iterations().distribution().get(0) > 0);
        assertTrue(report.iterations().distribution().get(5) > 0);
        assertTrue(report.collaboration().cells().size() > 3);
        assertTrue(report.deviations().experiments() > 0);
        assertTrue(report.outcomes().stream().anyMatch(o -> o.atStart() != null));
        assertTrue(report.failures().shared() > 0);
        assertTrue(report.reused().size() > 3);
        assertTrue(report.learningsTotal() > RetrospectiveFigures.LEARNINGS_LISTED);
    }

    /**
     * Every row of a table, read once per data set: the straightforward computation reads whole
     * tables for every report it computes.
     */
    @SuppressWarnings("unchecked")
    private <T extends RawEntity<Integer>> T[] all(Class<T> type) {
        return (T[]) tables.computeIfAbsent(type, t -> ao.find(type));
    }

    private void clearIds() {
        tables.clear();
        departments.clear();
        outcomes.clear();
        experiments.clear();
        stories.clear();
    }

    // ---- the random data ----

    private void fill(Random random) {
        for (String name : List.of("Policy", "service desk", "Legal", "Data", "Zoning")) {
            departments.add(
                    ao.create(
                                    AoDepartment.class,
                                    Map.of(
                                            AoDepartment.NAME,
                                            name,
                                            AoDepartment.NAME_KEY,
                                            name.toLowerCase(Locale.ROOT),
                                            AoDepartment.ROW_VERSION,
                                            1L))
                            .getID());
        }
        for (int o = 0; o < 6; o++) {
            Map<String, Object> c = new HashMap<>();
            c.put(AoOutcome.TITLE, o % 2 == 0 ? "outcome " + o : "Outcome " + (o - 1));
            c.put(AoOutcome.METRIC_KIND, "custom");
            c.put(AoOutcome.UNIT, "%");
            c.put(AoOutcome.DIRECTION, o % 2 == 0 ? "lower-is-better" : "higher-is-better");
            c.put(AoOutcome.BASELINE_VALUE, random.nextInt(100) / 2.0);
            c.put(AoOutcome.BASELINE_DATE, "2025-01-01");
            c.put(AoOutcome.TARGET_VALUE, random.nextInt(100) / 4.0);
            c.put(AoOutcome.TARGET_DATE, "2027-01-01");
            c.put(AoOutcome.OWNER_DEPARTMENT_ID, departments.get(0));
            c.put(AoOutcome.STATUS, "active");
            c.put(AoOutcome.CREATED_BY, "ann");
            c.put(AoOutcome.CREATED_AT, new Date(0));
            c.put(AoOutcome.ROW_VERSION, 1L);
            int id = ao.create(AoOutcome.class, c).getID();
            outcomes.add(id);
            int measurements = o == 5 ? 0 : random.nextInt(25);
            for (int m = 0; m < measurements; m++) {
                ao.create(
                        AoMeasurement.class,
                        Map.of(
                                AoMeasurement.OUTCOME_ID,
                                id,
                                AoMeasurement.MEASURED_ON,
                                FIRST_DAY.plusDays(random.nextInt(DAYS)).toString(),
                                AoMeasurement.MEASURED_VALUE,
                                random.nextInt(1000) / 10.0,
                                AoMeasurement.RECORDED_BY,
                                "ann",
                                AoMeasurement.RECORDED_AT,
                                new Date(0)));
            }
        }
        for (int e = 0; e < 150; e++) {
            experiments.add(experiment(random));
        }
        for (int s = 0; s < 80; s++) {
            stories.add(story(random));
        }
        for (int a = 0; a < 70; a++) {
            issue++;
            ao.create(
                    AoAppliedIn.class,
                    Map.of(
                            AoAppliedIn.STORY_ID,
                            pick(random, stories),
                            AoAppliedIn.ISSUE_ID,
                            issue,
                            AoAppliedIn.ISSUE_KEY,
                            pick(random, PROJECTS) + "-" + issue,
                            AoAppliedIn.APPLIED_BY,
                            pick(random, USERS),
                            AoAppliedIn.APPLIED_AT,
                            instant(random)));
        }
        for (int h = 0; h < 90; h++) {
            int story = pick(random, stories);
            String reader = "reader" + h;
            ao.create(
                    AoHelpedMark.class,
                    Map.of(
                            AoHelpedMark.STORY_ID,
                            story,
                            AoHelpedMark.READER,
                            reader,
                            AoHelpedMark.MARK_KEY,
                            story + ":" + reader,
                            AoHelpedMark.MARKED_AT,
                            instant(random)));
        }
        for (int l = 0; l < 160; l++) {
            learning(random);
        }
    }

    private int experiment(Random random) {
        issue++;
        String project = pick(random, PROJECTS);
        Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
        Date started = null;
        Date closed = null;
        String verdict = null;
        switch (stage) {
            case DESIGNING -> {}
            case RUNNING, ANALYSING -> started = instant(random);
            case CONCLUDED -> {
                started = instant(random);
                closed = after(random, started);
                verdict =
                        List.of(Verdict.values())
                                .get(random.nextInt(Verdict.values().length))
                                .code();
            }
            case ABANDONED -> {
                // a third never started
                started = random.nextInt(3) == 0 ? null : instant(random);
                closed = started == null ? instant(random) : after(random, started);
            }
        }
        Map<String, Object> c = new HashMap<>();
        c.put(AoExperiment.ISSUE_ID, issue);
        c.put(AoExperiment.PROJECT_KEY, project);
        c.put(AoExperiment.HYP_CHANGE, "Change " + issue);
        c.put(AoExperiment.STAGE, stage.code());
        c.put(AoExperiment.VERDICT, verdict);
        c.put(AoExperiment.CREATED_BY, "ann");
        c.put(AoExperiment.CREATED_AT, new Date(0));
        c.put(AoExperiment.STARTED_AT, started);
        c.put(AoExperiment.CLOSED_AT, closed);
        c.put(AoExperiment.ROW_VERSION, 1L);
        c.put(AoExperiment.ISSUE_KEY, project + "-" + issue);
        int id = ao.create(AoExperiment.class, c).getID();
        for (int department : someOf(random, departments, 3)) {
            ao.create(
                    AoExperimentDepartment.class,
                    Map.of(
                            AoExperimentDepartment.EXPERIMENT_ID,
                            id,
                            AoExperimentDepartment.DEPARTMENT_ID,
                            department));
        }
        int position = 0;
        for (int outcome : someOf(random, outcomes, 2)) {
            ao.create(
                    AoOutcomeLink.class,
                    Map.of(
                            AoOutcomeLink.EXPERIMENT_ID,
                            id,
                            AoOutcomeLink.OUTCOME_ID,
                            outcome,
                            AoOutcomeLink.DIRECTION,
                            "increase",
                            AoOutcomeLink.POSITION,
                            position++));
        }
        int iterations = random.nextInt(8);
        for (int i = 1; i <= iterations; i++) {
            ao.create(
                    AoIteration.class,
                    Map.of(
                            AoIteration.EXPERIMENT_ID,
                            id,
                            AoIteration.SEQ_NO,
                            i,
                            AoIteration.ROW_VERSION,
                            1L));
        }
        if (random.nextInt(4) == 0) {
            for (int d = 0; d < 1 + random.nextInt(3); d++) {
                ao.create(
                        AoDeviation.class,
                        Map.of(
                                AoDeviation.EXPERIMENT_ID,
                                (long) id,
                                AoDeviation.PLAN_VERSION,
                                1,
                                AoDeviation.PLAN_PART,
                                PlanPart.values()[random.nextInt(PlanPart.values().length)].code(),
                                AoDeviation.REASON,
                                "Because",
                                AoDeviation.AUTHOR,
                                "ann",
                                AoDeviation.CREATED_AT,
                                instant(random)));
            }
        }
        return id;
    }

    private int story(Random random) {
        Map<String, Object> c = new HashMap<>();
        Date at = instant(random);
        c.put(AoFailureStory.TITLE, "Story " + random.nextInt(1000));
        c.put(AoFailureStory.IMPACT, Impact.values()[random.nextInt(3)].code());
        c.put(
                AoFailureStory.EXPERIMENT_ID,
                random.nextInt(6) == 0 ? null : pick(random, experiments));
        c.put(AoFailureStory.TO_EVERYONE, random.nextBoolean());
        c.put(
                AoFailureStory.AUDIENCE,
                StoryCodes.join(
                        someOf(random, departments, 2).stream().map(String::valueOf).toList()));
        c.put(
                AoFailureStory.FACTORS,
                StoryCodes.join(
                        someOf(random, List.of(ContributingFactor.values()), 3).stream()
                                .map(ContributingFactor::code)
                                .toList()));
        c.put(AoFailureStory.ANONYMOUS, random.nextBoolean());
        c.put(AoFailureStory.AUTHOR, pick(random, USERS));
        c.put(AoFailureStory.CREATED_AT, at);
        c.put(AoFailureStory.UPDATED_AT, at);
        c.put(AoFailureStory.ROW_VERSION, 1L);
        return ao.create(AoFailureStory.class, c).getID();
    }

    private void learning(Random random) {
        int experiment = pick(random, experiments);
        AoExperiment row = ao.get(AoExperiment.class, experiment);
        Map<String, Object> c = new HashMap<>();
        c.put(AoLearning.EXPERIMENT_ID, experiment);
        c.put(AoLearning.STATEMENT, "Learning " + random.nextInt(1000));
        c.put(AoLearning.AUTHOR, pick(random, USERS));
        // some on the same instant, so the order by id counts
        c.put(
                AoLearning.CREATED_AT,
                random.nextInt(5) == 0
                        ? Date.from(Instant.parse("2025-10-01T10:00:00Z"))
                        : instant(random));
        c.put(AoLearning.ROW_VERSION, 1L);
        c.put(AoLearning.PROJECT_KEY, row.getProjectKey());
        c.put(AoLearning.VERDICT, row.getVerdict());
        List<String> in = new ArrayList<>();
        ao.stream(
                AoExperimentDepartment.class,
                Query.select(AoExperimentDepartment.DEPARTMENT_ID)
                        .where(AoExperimentDepartment.EXPERIMENT_ID + " = ?", experiment),
                d -> in.add(String.valueOf(d.getDepartmentId())));
        List<String> aimed = new ArrayList<>();
        ao.stream(
                AoOutcomeLink.class,
                Query.select(AoOutcomeLink.OUTCOME_ID)
                        .where(AoOutcomeLink.EXPERIMENT_ID + " = ?", experiment),
                o -> aimed.add(String.valueOf(o.getOutcomeId())));
        c.put(AoLearning.DEPARTMENTS, StoryCodes.join(in));
        c.put(AoLearning.OUTCOMES, StoryCodes.join(aimed));
        c.put(AoLearning.TAGS, StoryCodes.EMPTY);
        ao.create(AoLearning.class, c);
    }

    /**
     * An instant in the two years, often exactly on a day's start in the zone (the period's edges),
     * else at a random minute.
     */
    private static Date instant(Random random) {
        LocalDate day =
                random.nextInt(5) == 0
                        ? pick(random, EDGES)
                        : FIRST_DAY.plusDays(random.nextInt(DAYS));
        if (random.nextInt(4) == 0) {
            return Date.from(day.atStartOfDay(ZONE).toInstant());
        }
        return Date.from(
                day.atStartOfDay(ZONE)
                        .toInstant()
                        .plus(random.nextInt(24 * 60), ChronoUnit.MINUTES));
    }

    private static Date after(Random random, Date start) {
        return new Date(start.getTime() + random.nextInt(200) * 3_600_000L * 12);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> List<T> someOf(Random random, List<T> values, int most) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, random.nextInt(most + 1));
    }

    // ---- the queries compared ----

    private static List<Period> periods(Random random) {
        List<Period> periods = new ArrayList<>();
        periods.add(new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)));
        periods.add(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        LocalDate from = FIRST_DAY.plusDays(random.nextInt(DAYS));
        periods.add(new Period(from, from.plusDays(random.nextInt(120))));
        return periods;
    }

    private static List<Set<ProjectKey>> projectSets() {
        return List.of(
                Set.of(new ProjectKey("ALPHA"), new ProjectKey("BETA"), new ProjectKey("GAMMA")),
                Set.of(new ProjectKey("BETA")),
                Set.of());
    }

    private List<Reader> readers() {
        return List.of(
                new Reader(new UserRef("ann"), Set.of(), true),
                new Reader(new UserRef("ben"), Set.of(new DepartmentId(departments.get(1))), false),
                new Reader(new UserRef("cor"), Set.of(), false));
    }

    private List<Scope> scopes() {
        return List.of(
                Scope.everything(),
                Scope.project(new ProjectKey("BETA")),
                Scope.department(new DepartmentId(departments.get(0))),
                Scope.department(new DepartmentId(departments.get(2))),
                Scope.outcome(new OutcomeId(outcomes.get(1))),
                Scope.outcome(new OutcomeId(outcomes.get(5))));
    }

    // ---- the straightforward computation ----

    /**
     * Every figure computed in Java from every row of the tables, following the report's
     * definitions as {@link RetrospectiveReport} and {@link AoRetrospectiveFigures} state them.
     */
    private final class Straightforward {
        private final ReportQuery query;
        private final Instant start;
        private final Instant end;
        private final Set<String> projects;
        private final Map<Integer, List<Integer>> departmentsOf = new HashMap<>();
        private final Map<Integer, List<Integer>> outcomesOf = new HashMap<>();
        private final Map<Integer, AoExperiment> experimentRows = new HashMap<>();

        Straightforward(ReportQuery query) {
            this.query = query;
            this.start = query.period().from().atStartOfDay(ZONE).toInstant();
            this.end = query.period().to().plusDays(1).atStartOfDay(ZONE).toInstant();
            this.projects =
                    query.projects().stream().map(ProjectKey::value).collect(Collectors.toSet());
            for (AoExperimentDepartment link : all(AoExperimentDepartment.class)) {
                departmentsOf
                        .computeIfAbsent(link.getExperimentId(), id -> new ArrayList<>())
                        .add(link.getDepartmentId());
            }
            for (AoOutcomeLink link : all(AoOutcomeLink.class)) {
                outcomesOf
                        .computeIfAbsent(link.getExperimentId(), id -> new ArrayList<>())
                        .add(link.getOutcomeId());
            }
            for (AoExperiment row : all(AoExperiment.class)) {
                experimentRows.put(row.getID(), row);
            }
        }

        RetrospectiveReport report() {
            List<AoExperiment> ofPeriod =
                    experimentRows.values().stream().filter(this::inPeriodAndScope).toList();
            int started = 0;
            int abandoned = 0;
            List<Integer> days = new ArrayList<>();
            Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
            for (AoExperiment e : ofPeriod) {
                if (e.getStartedAt() != null && !e.getStartedAt().toInstant().isBefore(start)) {
                    started++;
                }
                boolean ended =
                        e.getClosedAt() != null && e.getClosedAt().toInstant().isBefore(end);
                if (ended && Stage.ABANDONED.code().equals(e.getStage())) {
                    abandoned++;
                }
                if (ended && Stage.CONCLUDED.code().equals(e.getStage())) {
                    days.add(
                            (int)
                                    ChronoUnit.DAYS.between(
                                            day(e.getStartedAt()), day(e.getClosedAt())));
                    for (Verdict v : Verdict.values()) {
                        if (v.code().equals(e.getVerdict())) {
                            verdicts.merge(v, 1, Integer::sum);
                        }
                    }
                }
            }
            boolean none = projects.isEmpty();
            return new RetrospectiveReport(
                    query.scope(),
                    query.period(),
                    new ExperimentCounts(started, days.size(), abandoned, ofPeriod.size()),
                    new VerdictMix(
                            verdicts.getOrDefault(Verdict.VALIDATED, 0),
                            verdicts.getOrDefault(Verdict.INVALIDATED, 0),
                            verdicts.getOrDefault(Verdict.INCONCLUSIVE, 0),
                            abandoned),
                    timeToLearning(days),
                    iterations(ofPeriod),
                    outcomes(ofPeriod),
                    failures(),
                    none ? Collaboration.none() : collaboration(ofPeriod),
                    reused(),
                    none
                            ? List.of()
                            : learnings().stream()
                                    .limit(RetrospectiveFigures.LEARNINGS_LISTED)
                                    .toList(),
                    none ? 0 : learnings().size(),
                    deviations(ofPeriod));
        }

        private boolean inPeriodAndScope(AoExperiment e) {
            if (!projects.contains(e.getProjectKey())) {
                return false;
            }
            Date started = e.getStartedAt();
            Date closed = e.getClosedAt();
            boolean begun =
                    started != null
                            ? started.toInstant().isBefore(end)
                            : Stage.ABANDONED.code().equals(e.getStage())
                                    && closed != null
                                    && closed.toInstant().isBefore(end);
            if (!begun || (closed != null && closed.toInstant().isBefore(start))) {
                return false;
            }
            String value = query.scope().value();
            return switch (query.scope().kind()) {
                case EVERYTHING -> true;
                case PROJECT -> e.getProjectKey().equals(value);
                case DEPARTMENT ->
                        departmentsOf
                                .getOrDefault(e.getID(), List.of())
                                .contains(Integer.valueOf(value));
                case OUTCOME ->
                        outcomesOf
                                .getOrDefault(e.getID(), List.of())
                                .contains(Integer.valueOf(value));
            };
        }

        private LocalDate day(Date at) {
            return at.toInstant().atZone(ZONE).toLocalDate();
        }

        private TimeToLearning timeToLearning(List<Integer> days) {
            if (days.isEmpty()) {
                return TimeToLearning.none();
            }
            List<Integer> sorted = days.stream().sorted().toList();
            return new TimeToLearning(
                    sorted.size(),
                    quantile(sorted, 0.5),
                    quantile(sorted, 0.25),
                    quantile(sorted, 0.75),
                    sorted.get(0),
                    sorted.get(sorted.size() - 1));
        }

        /** Linear interpolation between the closest ranks. */
        private double quantile(List<Integer> sorted, double p) {
            double rank = p * (sorted.size() - 1);
            int low = (int) Math.floor(rank);
            int high = Math.min(low + 1, sorted.size() - 1);
            return sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low));
        }

        private IterationCounts iterations(List<AoExperiment> ofPeriod) {
            Map<Integer, Integer> per = new HashMap<>();
            for (AoIteration i : all(AoIteration.class)) {
                per.merge(i.getExperimentId(), 1, Integer::sum);
            }
            int[] buckets = new int[IterationCounts.BUCKETS];
            int total = 0;
            for (AoExperiment e : ofPeriod) {
                int n = per.getOrDefault(e.getID(), 0);
                buckets[Math.min(n, IterationCounts.BUCKETS - 1)]++;
                total += n;
            }
            return new IterationCounts(
                    ofPeriod.size(), total, Arrays.stream(buckets).boxed().toList());
        }

        private Collaboration collaboration(List<AoExperiment> ofPeriod) {
            Map<Integer, String> names = new HashMap<>();
            for (AoDepartment d : all(AoDepartment.class)) {
                names.put(d.getID(), d.getName());
            }
            Set<Integer> members = new TreeSet<>();
            Map<List<Integer>, Integer> pairs = new HashMap<>();
            for (AoExperiment e : ofPeriod) {
                List<Integer> in = departmentsOf.getOrDefault(e.getID(), List.of());
                members.addAll(in);
                for (int a : in) {
                    for (int b : in) {
                        if (a <= b) {
                            pairs.merge(List.of(a, b), 1, Integer::sum);
                        }
                    }
                }
            }
            if (members.isEmpty()) {
                return Collaboration.none();
            }
            List<Integer> order =
                    members.stream()
                            .sorted(
                                    Comparator.comparing(
                                                    (Integer id) -> names.get(id),
                                                    String.CASE_INSENSITIVE_ORDER)
                                            .thenComparing(id -> id))
                            .toList();
            List<Collaboration.Cell> cells = new ArrayList<>();
            for (int r = 0; r < order.size(); r++) {
                for (int c = r; c < order.size(); c++) {
                    int a = Math.min(order.get(r), order.get(c));
                    int b = Math.max(order.get(r), order.get(c));
                    Integer n = pairs.get(List.of(a, b));
                    if (n != null) {
                        cells.add(
                                new Collaboration.Cell(
                                        new DepartmentId(order.get(r)),
                                        new DepartmentId(order.get(c)),
                                        n));
                    }
                }
            }
            return new Collaboration(
                    order.stream()
                            .map(
                                    id ->
                                            new Collaboration.Member(
                                                    new DepartmentId(id), names.get(id)))
                            .toList(),
                    cells);
        }

        private RetrospectiveReport.Deviations deviations(List<AoExperiment> ofPeriod) {
            Set<Integer> ids =
                    ofPeriod.stream().map(AoExperiment::getID).collect(Collectors.toSet());
            Map<Long, Set<DeviationKind>> kinds = new HashMap<>();
            for (AoDeviation d : all(AoDeviation.class)) {
                if (ids.contains((int) d.getExperimentId())) {
                    for (PlanPart part : PlanPart.values()) {
                        if (part.code().equals(d.getPlanPart())) {
                            kinds.computeIfAbsent(
                                            d.getExperimentId(),
                                            id -> EnumSet.noneOf(DeviationKind.class))
                                    .add(part.kind());
                        }
                    }
                }
            }
            Map<DeviationKind, Integer> byKind = new EnumMap<>(DeviationKind.class);
            kinds.values().forEach(set -> set.forEach(k -> byKind.merge(k, 1, Integer::sum)));
            return new RetrospectiveReport.Deviations(kinds.size(), byKind);
        }

        private List<OutcomeMovement> outcomes(List<AoExperiment> ofPeriod) {
            Set<Integer> ids = new HashSet<>();
            if (query.scope().kind() == ScopeKind.OUTCOME) {
                ids.add(Integer.valueOf(query.scope().value()));
            } else {
                ofPeriod.forEach(e -> ids.addAll(outcomesOf.getOrDefault(e.getID(), List.of())));
            }
            String first = query.period().from().toString();
            String last = query.period().to().toString();
            List<AoMeasurement> measurements =
                    Arrays.stream(all(AoMeasurement.class))
                            .sorted(
                                    Comparator.comparing(AoMeasurement::getMeasuredOn)
                                            .thenComparingInt(AoMeasurement::getID))
                            .toList();
            List<OutcomeMovement> moved = new ArrayList<>();
            for (AoOutcome o : all(AoOutcome.class)) {
                if (!ids.contains(o.getID())) {
                    continue;
                }
                Double atStart = null;
                Double atEnd = null;
                for (AoMeasurement m : measurements) {
                    if (m.getOutcomeId() != o.getID()) {
                        continue;
                    }
                    if (m.getMeasuredOn().compareTo(first) <= 0) {
                        atStart = m.getMeasuredValue();
                    }
                    if (m.getMeasuredOn().compareTo(last) <= 0) {
                        atEnd = m.getMeasuredValue();
                    }
                }
                Direction direction =
                        Arrays.stream(Direction.values())
                                .filter(d -> d.code().equals(o.getDirection()))
                                .findFirst()
                                .orElseThrow();
                moved.add(
                        new OutcomeMovement(
                                new OutcomeId(o.getID()),
                                o.getTitle(),
                                o.getUnit(),
                                direction,
                                o.getBaselineValue(),
                                atStart,
                                atEnd,
                                o.getTargetValue()));
            }
            moved.sort(
                    Comparator.comparing(OutcomeMovement::title, String.CASE_INSENSITIVE_ORDER)
                            .thenComparingLong(m -> m.outcome().value()));
            return moved;
        }

        /** The stories that count for the scope and reader, of any time. */
        private List<AoFailureStory> storiesInScope() {
            Reader reader = query.reader();
            String value = query.scope().value();
            List<AoFailureStory> in = new ArrayList<>();
            for (AoFailureStory s : all(AoFailureStory.class)) {
                List<String> audience = StoryCodes.split(s.getAudience());
                boolean visible =
                        reader.administrator()
                                || s.isToEveryone()
                                || reader.user().key().equals(s.getAuthor())
                                || reader.departments().stream()
                                        .anyMatch(d -> audience.contains(d.toString()));
                if (!visible) {
                    continue;
                }
                AoExperiment e =
                        s.getExperimentId() == null
                                ? null
                                : experimentRows.get(s.getExperimentId());
                boolean counts =
                        switch (query.scope().kind()) {
                            case EVERYTHING -> true;
                            case DEPARTMENT -> audience.contains(value);
                            case PROJECT ->
                                    e != null
                                            && projects.contains(e.getProjectKey())
                                            && e.getProjectKey().equals(value);
                            case OUTCOME ->
                                    e != null
                                            && projects.contains(e.getProjectKey())
                                            && outcomesOf
                                                    .getOrDefault(e.getID(), List.of())
                                                    .contains(Integer.valueOf(value));
                        };
                if (counts) {
                    in.add(s);
                }
            }
            return in;
        }

        private boolean inPeriod(Date at) {
            Instant i = at.toInstant();
            return !i.isBefore(start) && i.isBefore(end);
        }

        private FailureCounts failures() {
            Map<ContributingFactor, Integer> byFactor = new EnumMap<>(ContributingFactor.class);
            Map<Impact, Integer> byImpact = new EnumMap<>(Impact.class);
            int shared = 0;
            for (AoFailureStory s : storiesInScope()) {
                if (!inPeriod(s.getCreatedAt())) {
                    continue;
                }
                shared++;
                for (Impact i : Impact.values()) {
                    if (i.code().equals(s.getImpact())) {
                        byImpact.merge(i, 1, Integer::sum);
                    }
                }
                for (String code : StoryCodes.split(s.getFactors())) {
                    for (ContributingFactor f : ContributingFactor.values()) {
                        if (f.code().equals(code)) {
                            byFactor.merge(f, 1, Integer::sum);
                        }
                    }
                }
            }
            return new FailureCounts(shared, byFactor, byImpact);
        }

        private List<ReusedLesson> reused() {
            Map<Integer, AoFailureStory> counted = new HashMap<>();
            storiesInScope().forEach(s -> counted.put(s.getID(), s));
            Map<Integer, int[]> reuse = new TreeMap<>();
            for (AoAppliedIn a : all(AoAppliedIn.class)) {
                if (counted.containsKey(a.getStoryId())
                        && inPeriod(a.getAppliedAt())
                        && projects.contains(IssueKeys.projectOf(a.getIssueKey()))) {
                    reuse.computeIfAbsent(a.getStoryId(), id -> new int[2])[0]++;
                }
            }
            for (AoHelpedMark h : all(AoHelpedMark.class)) {
                if (counted.containsKey(h.getStoryId()) && inPeriod(h.getMarkedAt())) {
                    reuse.computeIfAbsent(h.getStoryId(), id -> new int[2])[1]++;
                }
            }
            return reuse.entrySet().stream()
                    .map(
                            e ->
                                    new ReusedLesson(
                                            new FailureStoryId(e.getKey()),
                                            counted.get(e.getKey()).getTitle(),
                                            e.getValue()[0],
                                            e.getValue()[1]))
                    .sorted(
                            Comparator.comparingInt(
                                            (ReusedLesson r) -> -(r.appliedIn() + r.helped()))
                                    .thenComparingInt(r -> -r.appliedIn())
                                    .thenComparingLong(r -> r.story().value()))
                    .limit(RetrospectiveFigures.REUSED_LISTED)
                    .toList();
        }

        private List<ReportLearning> learnings() {
            String value = query.scope().value();
            List<ReportLearning> all = new ArrayList<>();
            for (AoLearning l : all(AoLearning.class)) {
                boolean counts =
                        projects.contains(l.getProjectKey())
                                && inPeriod(l.getCreatedAt())
                                && switch (query.scope().kind()) {
                                    case EVERYTHING -> true;
                                    case PROJECT -> l.getProjectKey().equals(value);
                                    case DEPARTMENT ->
                                            StoryCodes.split(l.getDepartments()).contains(value);
                                    case OUTCOME ->
                                            StoryCodes.split(l.getOutcomes()).contains(value);
                                };
                if (counts) {
                    AoExperiment e = experimentRows.get(l.getExperimentId());
                    all.add(
                            new ReportLearning(
                                    new LearningId(l.getID()),
                                    new IssueRef(e.getIssueId(), e.getIssueKey()),
                                    l.getStatement(),
                                    l.getCreatedAt().toInstant(),
                                    Arrays.stream(Verdict.values())
                                            .filter(v -> v.code().equals(l.getVerdict()))
                                            .findFirst()
                                            .orElse(null)));
                }
            }
            all.sort(
                    Comparator.comparing(ReportLearning::createdAt)
                            .thenComparingLong(r -> r.learning().value())
                            .reversed());
            return all;
        }
    }
}
