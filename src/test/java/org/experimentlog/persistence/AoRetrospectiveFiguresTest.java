package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.experimentlog.app.report.Collaboration;
import org.experimentlog.app.report.OutcomeMovement;
import org.experimentlog.app.report.ReportExperiment;
import org.experimentlog.app.report.ReportQuery;
import org.experimentlog.app.report.RetrospectiveReport;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.DeviationKind;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.retrospective.ScopeKind;
import org.junit.Before;
import org.junit.Test;

/**
 * The retrospective's figures on a small hand-built dataset, in Europe/Amsterdam (UTC+2 in the
 * third quarter), so a timestamp late on the period's last day in UTC falls outside it.
 */
public class AoRetrospectiveFiguresTest extends RepositoryContract {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Period Q3 =
            new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    private static final ProjectKey PERMIT = new ProjectKey("PERMIT");
    private static final ProjectKey SECRET = new ProjectKey("SECRET");
    private static final UserRef ALICE = new UserRef("alice");
    private static final UserRef OLGA = new UserRef("olga");

    private AoRetrospectiveFigures target;
    private int policy;
    private int service;
    private int legal;
    private int issue;
    private int calls;
    private int forms;

    @Before
    public void setUp() {
        target = new AoRetrospectiveFigures(ao);
        policy = department("Policy");
        service = department("Service desk");
        legal = department("Legal");
        calls = outcome("Fewer calls", 100, 60);
        forms = outcome("Forms finished", 40, 80);
        measure(calls, "2026-06-15", 95);
        measure(calls, "2026-07-01", 90); // on the first day: the start value
        measure(calls, "2026-09-30", 70);
        measure(calls, "2026-10-01", 50); // after the period
        measure(forms, "2026-08-01", 55); // none before the period
    }

    /**
     * The dataset of the figure tests: PERMIT's experiments around the edges of the third quarter.
     */
    private void quarterDataset() {
        // concluded in the period after 10 days; started before it
        int a =
                experiment(
                        PERMIT,
                        "concluded",
                        "validated",
                        at("2026-06-25T10:00"),
                        at("2026-07-05T10:00"),
                        List.of(policy, service),
                        List.of(calls));
        iterations(a, 2);
        // started on the first day, concluded 20 days later
        int b =
                experiment(
                        PERMIT,
                        "concluded",
                        "invalidated",
                        at("2026-07-01T00:00"),
                        at("2026-07-21T09:00"),
                        List.of(policy),
                        List.of(calls));
        iterations(b, 1);
        // concluded on the last day, late evening local time
        int c =
                experiment(
                        PERMIT,
                        "concluded",
                        "inconclusive",
                        at("2026-09-01T08:00"),
                        at("2026-09-30T23:30"),
                        List.of(service),
                        List.of());
        iterations(c, 6);
        // concluded 40 days after its start, validated
        int d =
                experiment(
                        PERMIT,
                        "concluded",
                        "validated",
                        at("2026-08-01T08:00"),
                        at("2026-09-10T08:00"),
                        List.of(policy, service, legal),
                        List.of(forms));
        iterations(d, 5);
        // abandoned in the period
        experiment(
                PERMIT,
                "abandoned",
                null,
                at("2026-07-10T08:00"),
                at("2026-08-10T08:00"),
                List.of(legal),
                List.of());
        // running through the period, started before it
        int f =
                experiment(
                        PERMIT,
                        "running",
                        null,
                        at("2026-05-01T08:00"),
                        null,
                        List.of(policy),
                        List.of());
        iterations(f, 3);
        // outside: ended just before the first day (local time), started after the last day, still
        // designing
        experiment(
                PERMIT,
                "concluded",
                "validated",
                at("2026-05-01T08:00"),
                at("2026-06-30T21:59"),
                List.of(policy),
                List.of(calls));
        experiment(
                PERMIT, "running", null, at("2026-10-01T00:00"), null, List.of(policy), List.of());
        experiment(PERMIT, "designing", null, null, null, List.of(policy), List.of());
        // a project the reader may not browse
        int secret =
                experiment(
                        SECRET,
                        "concluded",
                        "validated",
                        at("2026-07-02T08:00"),
                        at("2026-07-03T08:00"),
                        List.of(policy),
                        List.of(calls));
        iterations(secret, 1);
    }

    @Test
    public void report_shouldCountTheExperimentsOfThePeriod_atItsEdgesInTheZone() {
        quarterDataset();

        RetrospectiveReport report = target.report(query(Scope.project(PERMIT), reader(OLGA)));

        assertEquals(new RetrospectiveReport.ExperimentCounts(4, 4, 1, 6), report.experiments());
        assertEquals(new RetrospectiveReport.VerdictMix(2, 1, 1, 1), report.verdicts());
    }

    @Test
    public void
            report_shouldCountExperimentsWithDeviationsByKind_onlyOfThePeriodAndWhatTheReaderMaySee() {
        quarterDataset();
        int a =
                experiment(
                        PERMIT,
                        "running",
                        null,
                        at("2026-07-01T08:00"),
                        null,
                        List.of(),
                        List.of());
        deviation(a, "change");
        deviation(a, "audience");
        deviation(a, "signal");
        int b =
                experiment(
                        PERMIT,
                        "running",
                        null,
                        at("2026-07-02T08:00"),
                        null,
                        List.of(),
                        List.of());
        deviation(b, "method-details");
        deviation(b, "reason");
        int outside =
                experiment(
                        PERMIT,
                        "running",
                        null,
                        at("2026-10-02T08:00"),
                        null,
                        List.of(),
                        List.of());
        deviation(outside, "outcomes");
        int hidden =
                experiment(
                        SECRET,
                        "running",
                        null,
                        at("2026-07-02T08:00"),
                        null,
                        List.of(),
                        List.of());
        deviation(hidden, "outcomes");

        RetrospectiveReport.Deviations deviations =
                target.report(query(Scope.project(PERMIT), reader(OLGA))).deviations();
        RetrospectiveReport.Deviations everything =
                target.report(query(Scope.everything(), reader(OLGA))).deviations();

        assertEquals(2, deviations.experiments());
        assertEquals(
                Map.of(
                        DeviationKind.HYPOTHESIS,
                        2,
                        DeviationKind.SIGNAL,
                        1,
                        DeviationKind.METHOD,
                        1,
                        DeviationKind.OUTCOMES,
                        0),
                deviations.byKind());
        assertEquals(deviations, everything);
    }

    @Test
    public void report_shouldGiveTheMedianAndQuartilesOfTheDaysToLearning() {
        quarterDataset();

        RetrospectiveReport.TimeToLearning time =
                target.report(query(Scope.project(PERMIT), reader(OLGA))).timeToLearning();

        // days 10, 20, 29 (23:30 local on 30 September from 1 September), 40
        assertEquals(4, time.experiments());
        assertEquals(24.5, time.medianDays(), 0.001);
        assertEquals(17.5, time.lowerQuartileDays(), 0.001);
        assertEquals(31.75, time.upperQuartileDays(), 0.001);
        assertEquals(10, time.minDays());
        assertEquals(40, time.maxDays());
    }

    @Test
    public void report_shouldDistributeIterations_withNoneAndFiveOrMore() {
        quarterDataset();

        RetrospectiveReport.IterationCounts iterations =
                target.report(query(Scope.project(PERMIT), reader(OLGA))).iterations();

        assertEquals(6, iterations.experiments());
        assertEquals(2 + 1 + 6 + 5 + 3, iterations.iterations());
        assertEquals(List.of(1, 1, 1, 1, 0, 2), iterations.distribution());
    }

    @Test
    public void report_shouldMoveTheOutcomesOfThePeriodsExperiments() {
        quarterDataset();

        List<OutcomeMovement> outcomes =
                target.report(query(Scope.project(PERMIT), reader(OLGA))).outcomes();

        assertEquals(
                List.of("Fewer calls", "Forms finished"),
                outcomes.stream().map(OutcomeMovement::title).toList());
        assertEquals(90.0, outcomes.get(0).atStart(), 0.001);
        assertEquals(70.0, outcomes.get(0).atEnd(), 0.001);
        assertEquals(100.0, outcomes.get(0).baseline(), 0.001);
        assertEquals(60.0, outcomes.get(0).target(), 0.001);
        assertNull(outcomes.get(1).atStart());
        assertEquals(55.0, outcomes.get(1).atEnd(), 0.001);
    }

    @Test
    public void report_shouldShowOnlyTheOutcomeOfAnOutcomeScope_andCountItsExperiments() {
        quarterDataset();

        RetrospectiveReport report =
                target.report(query(Scope.outcome(new OutcomeId(forms)), reader(OLGA)));

        assertEquals(
                List.of("Forms finished"),
                report.outcomes().stream().map(OutcomeMovement::title).toList());
        assertEquals(new RetrospectiveReport.ExperimentCounts(1, 1, 0, 1), report.experiments());
    }

    @Test
    public void report_shouldCountADepartmentsExperiments_andTheirCollaboration() {
        quarterDataset();

        RetrospectiveReport report =
                target.report(query(Scope.department(new DepartmentId(legal)), reader(OLGA)));

        assertEquals(new RetrospectiveReport.ExperimentCounts(2, 1, 1, 2), report.experiments());
        // only the experiments Legal took part in: d (policy, service, legal) and the abandoned one
        // (legal)
        assertEquals(
                List.of("Legal", "Policy", "Service desk"),
                report.collaboration().departments().stream()
                        .map(Collaboration.Member::name)
                        .toList());
        assertEquals(
                Map.of(
                        "Legal/Legal",
                        2,
                        "Legal/Policy",
                        1,
                        "Legal/Service desk",
                        1,
                        "Policy/Policy",
                        1,
                        "Policy/Service desk",
                        1,
                        "Service desk/Service desk",
                        1),
                cells(report.collaboration()));
    }

    /**
     * A scope id beyond the id columns' range is valid input that names nothing: an empty report,
     * not a crash.
     */
    @Test
    public void report_shouldBeEmpty_forADepartmentOrOutcomeIdBeyondTheIdRange() {
        quarterDataset();
        String beyond = Long.toString(Integer.MAX_VALUE + 1L);

        for (ScopeKind kind : List.of(ScopeKind.DEPARTMENT, ScopeKind.OUTCOME)) {
            ReportQuery query = query(new Scope(kind, beyond), reader(OLGA));
            RetrospectiveReport report = target.report(query);
            List<ReportExperiment> rows = new ArrayList<>();
            target.experiments(query, rows::add);

            assertEquals(
                    kind.toString(),
                    new RetrospectiveReport.ExperimentCounts(0, 0, 0, 0),
                    report.experiments());
            assertEquals(kind.toString(), List.of(), report.outcomes());
            assertEquals(kind.toString(), 0, report.failures().shared());
            assertEquals(kind.toString(), List.of(), rows);
        }
    }

    @Test
    public void report_shouldCountWhoWorkedTogether_withTheDiagonal() {
        quarterDataset();

        Collaboration collaboration =
                target.report(query(Scope.project(PERMIT), reader(OLGA))).collaboration();

        assertEquals(
                Map.of(
                        "Legal/Legal",
                        2,
                        "Legal/Policy",
                        1,
                        "Legal/Service desk",
                        1,
                        "Policy/Policy",
                        4,
                        "Policy/Service desk",
                        2,
                        "Service desk/Service desk",
                        3),
                cells(collaboration));
    }

    @Test
    public void report_shouldLeaveOutExperimentsOfProjectsTheReaderMayNotBrowse() {
        quarterDataset();

        RetrospectiveReport report =
                target.report(
                        new ReportQuery(
                                Scope.everything(), Q3, ZONE, Set.of(PERMIT), reader(OLGA)));
        RetrospectiveReport both =
                target.report(
                        new ReportQuery(
                                Scope.everything(),
                                Q3,
                                ZONE,
                                Set.of(PERMIT, SECRET),
                                reader(OLGA)));

        assertEquals(6, report.experiments().running());
        assertEquals(7, both.experiments().running());
        assertEquals(3, both.verdicts().validated());
        assertEquals(Set.of(PERMIT, SECRET), target.projectsWithExperiments());
    }

    @Test
    public void report_shouldCountFailureStoriesByFactorAndImpact_asTheReaderMaySeeThem() {
        int a =
                experiment(
                        PERMIT,
                        "concluded",
                        "invalidated",
                        at("2026-07-01T08:00"),
                        at("2026-07-05T08:00"),
                        List.of(policy),
                        List.of());
        story(
                "Everyone",
                a,
                true,
                List.of(),
                List.of("data-quality", "time-pressure"),
                "high",
                at("2026-07-06T08:00"));
        story(
                "Policy only",
                a,
                false,
                List.of(policy),
                List.of("data-quality"),
                "low",
                at("2026-07-07T08:00"));
        story(
                "Before the period",
                a,
                true,
                List.of(),
                List.of("data-quality"),
                "low",
                at("2026-06-30T21:00"));

        RetrospectiveReport outsider = target.report(query(Scope.project(PERMIT), reader(OLGA)));
        RetrospectiveReport member =
                target.report(
                        query(
                                Scope.project(PERMIT),
                                new Reader(OLGA, Set.of(new DepartmentId(policy)), false)));
        RetrospectiveReport legalScope =
                target.report(
                        query(
                                Scope.department(new DepartmentId(legal)),
                                new Reader(OLGA, Set.of(new DepartmentId(policy)), false)));
        RetrospectiveReport policyScope =
                target.report(
                        query(
                                Scope.department(new DepartmentId(policy)),
                                new Reader(OLGA, Set.of(new DepartmentId(policy)), false)));

        assertEquals(1, outsider.failures().shared());
        assertEquals(1, (int) outsider.failures().byFactor().get(ContributingFactor.DATA_QUALITY));
        assertEquals(1, (int) outsider.failures().byFactor().get(ContributingFactor.TIME_PRESSURE));
        assertEquals(1, (int) outsider.failures().byImpact().get(Impact.HIGH));
        assertEquals(0, (int) outsider.failures().byImpact().get(Impact.LOW));
        assertEquals(2, member.failures().shared());
        assertEquals(2, (int) member.failures().byFactor().get(ContributingFactor.DATA_QUALITY));
        assertEquals(1, (int) member.failures().byImpact().get(Impact.LOW));
        assertEquals(0, legalScope.failures().shared());
        assertEquals(1, policyScope.failures().shared());
    }

    @Test
    public void report_shouldListTheMostReusedLessonsFirst_appliedBeforeHelpedOnATie() {
        int a =
                experiment(
                        PERMIT,
                        "running",
                        null,
                        at("2026-07-01T08:00"),
                        null,
                        List.of(policy),
                        List.of());
        int once =
                story("Applied once", a, true, List.of(), List.of(), "low", at("2026-05-01T08:00"));
        int twice =
                story(
                        "Applied twice",
                        a,
                        true,
                        List.of(),
                        List.of(),
                        "low",
                        at("2026-05-01T08:00"));
        int helped =
                story("Helped once", a, true, List.of(), List.of(), "low", at("2026-05-01T08:00"));
        int hidden =
                story(
                        "Policy only",
                        a,
                        false,
                        List.of(policy),
                        List.of(),
                        "low",
                        at("2026-05-01T08:00"));
        applied(once, at("2026-07-10T08:00"));
        applied(twice, at("2026-07-10T08:00"));
        applied(twice, at("2026-08-10T08:00"));
        applied(twice, at("2026-06-10T08:00")); // before the period
        helped(helped, "bob", at("2026-07-11T08:00"));
        applied(hidden, at("2026-07-12T08:00"));
        applied(hidden, at("2026-07-13T08:00"));
        applied(hidden, at("2026-07-14T08:00"));

        List<String> reused =
                target.report(query(Scope.everything(), reader(OLGA))).reused().stream()
                        .map(r -> r.title() + " " + r.appliedIn() + "/" + r.helped())
                        .toList();

        assertEquals(List.of("Applied twice 2/0", "Applied once 1/0", "Helped once 0/1"), reused);
    }

    @Test
    public void
            report_shouldNotCountAnAppliedInRecord_whenItsIssueIsInAProjectTheReaderMayNotBrowse() {
        int a =
                experiment(
                        PERMIT,
                        "concluded",
                        "validated",
                        at("2026-07-01T08:00"),
                        at("2026-07-05T08:00"),
                        List.of(),
                        List.of());
        int shared =
                story(
                        "Applied in secret",
                        a,
                        true,
                        List.of(),
                        List.of(),
                        "low",
                        at("2026-05-01T08:00"));
        applied(shared, "SECRET", at("2026-07-10T08:00"));
        applied(shared, at("2026-07-11T08:00"));

        List<String> reused =
                target.report(query(Scope.everything(), reader(OLGA))).reused().stream()
                        .map(r -> r.title() + " " + r.appliedIn() + "/" + r.helped())
                        .toList();

        assertEquals(List.of("Applied in secret 1/0"), reused);
    }

    @Test
    public void report_shouldListTheLearningsOfThePeriod_newestFirst_withTheirTotal() {
        int a =
                experiment(
                        PERMIT,
                        "concluded",
                        "validated",
                        at("2026-07-01T08:00"),
                        at("2026-07-05T08:00"),
                        List.of(policy),
                        List.of());
        int secret =
                experiment(
                        SECRET,
                        "running",
                        null,
                        at("2026-07-01T08:00"),
                        null,
                        List.of(policy),
                        List.of());
        learning(a, PERMIT, "validated", "Older", at("2026-07-02T08:00"));
        learning(a, PERMIT, "validated", "Newer", at("2026-07-04T08:00"));
        learning(a, PERMIT, "validated", "Before", at("2026-06-30T08:00"));
        learning(secret, SECRET, null, "Secret", at("2026-07-04T08:00"));
        for (int i = 0; i < 55; i++) {
            learning(a, PERMIT, "validated", "Bulk " + i, at("2026-07-03T08:00"));
        }

        RetrospectiveReport report = target.report(query(Scope.everything(), reader(OLGA)));

        assertEquals(57, report.learningsTotal());
        assertEquals(50, report.learnings().size());
        assertEquals("Newer", report.learnings().get(0).statement());
        assertEquals("PERMIT-" + a, report.learnings().get(0).issue().key());
        assertEquals(Verdict.VALIDATED, report.learnings().get(0).verdict());
    }

    @Test
    public void experiments_shouldGiveOneRowPerExperimentOfTheReport_oldestStartFirst() {
        quarterDataset();
        List<ReportExperiment> rows = new ArrayList<>();

        target.experiments(query(Scope.project(PERMIT), reader(OLGA)), rows::add);

        assertEquals(6, rows.size());
        ReportExperiment first = rows.get(0);
        assertEquals(LocalDate.of(2026, 5, 1), first.started());
        assertEquals(3, first.iterations());
        ReportExperiment second = rows.get(1);
        assertEquals(List.of("Policy", "Service desk"), second.departments());
        assertEquals(List.of("Fewer calls"), second.outcomes());
        assertEquals(LocalDate.of(2026, 7, 5), second.ended());
        assertEquals(Verdict.VALIDATED, second.verdict());
    }

    @Test
    public void report_shouldIssueAFixedNumberOfStatements_forTenTimesTheData() {
        int few = statementsFor(1);
        database.clear();
        setUp();
        int many = statementsFor(10);

        assertEquals(PINNED_STATEMENTS, few);
        assertEquals(few, many);
    }

    @Test
    public void experiments_shouldReadAPageOfExperimentsWithFourStatements_plusTwoForTheNames() {
        for (int i = 0; i < 10; i++) {
            quarterDataset();
        }
        List<ReportExperiment> rows = new ArrayList<>();
        database.statements().reset();

        target.experiments(
                query(Scope.department(new DepartmentId(policy)), reader(OLGA)), rows::add);

        // a, b, d and f of each copy: the department scope reads through the join
        assertEquals(40, rows.size());
        // one more finds no experiment abandoned before it started
        assertEquals(2 + 4 + 1, database.statements().count());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(!rows.get(i).started().isBefore(rows.get(i - 1).started()));
        }
    }

    @Test
    public void
            experiments_shouldCrossPages_withoutLosingOrRepeatingExperimentsThatStartedAtTheSameMoment() {
        for (int i = 0; i < 10; i++) {
            quarterDataset();
        }
        List<ReportExperiment> all = new ArrayList<>();
        List<ReportExperiment> paged = new ArrayList<>();
        target.experiments(query(Scope.everything(), reader(OLGA)), all::add);
        database.statements().reset();

        new AoRetrospectiveFigures(ao, 7)
                .experiments(query(Scope.everything(), reader(OLGA)), paged::add);

        assertEquals(60, all.size());
        assertEquals(all, paged);
        assertEquals(60, paged.stream().map(e -> e.issue().key()).distinct().count());
        // department names and outcome titles, then nine pages (eight of seven, one of four), four
        // statements each,
        // and one that finds no experiment abandoned before it started
        assertEquals(2 + 4 * 8 + 4 + 1, database.statements().count());
    }

    /**
     * Experiments abandoned while still being designed, around the third quarter's edges in
     * Amsterdam time (UTC+2): one on the first day just after midnight, one on the last day late in
     * the evening, one in the middle with departments, and three outside it.
     */
    private int abandonedInDesign() {
        experiment(
                PERMIT,
                "abandoned",
                null,
                null,
                at("2026-07-01T00:00"),
                List.of(service),
                List.of());
        experiment(PERMIT, "abandoned", null, null, at("2026-09-30T23:30"), List.of(), List.of());
        int middle =
                experiment(
                        PERMIT,
                        "abandoned",
                        null,
                        null,
                        at("2026-08-15T10:00"),
                        List.of(policy, legal),
                        List.of(forms));
        experiment(
                PERMIT,
                "abandoned",
                null,
                null,
                at("2026-06-30T23:59"),
                List.of(policy),
                List.of());
        experiment(
                PERMIT,
                "abandoned",
                null,
                null,
                at("2026-10-01T00:00"),
                List.of(policy),
                List.of());
        experiment(
                PERMIT,
                "abandoned",
                null,
                null,
                at("2026-04-01T08:00"),
                List.of(policy),
                List.of());
        return middle;
    }

    @Test
    public void report_shouldCountExperimentsAbandonedBeforeTheyStarted_inThePeriodInTheZoneOnly() {
        quarterDataset();
        abandonedInDesign();

        RetrospectiveReport report = target.report(query(Scope.project(PERMIT), reader(OLGA)));

        // three more abandoned and in the period; none more started or concluded
        assertEquals(
                new RetrospectiveReport.ExperimentCounts(4, 4, 1 + 3, 6 + 3), report.experiments());
        assertEquals(new RetrospectiveReport.VerdictMix(2, 1, 1, 1 + 3), report.verdicts());
        assertEquals(4, report.timeToLearning().experiments());
        assertEquals(6 + 3, report.iterations().experiments());
        assertEquals(1 + 3, (int) report.iterations().distribution().get(0));
    }

    @Test
    public void report_shouldNotCountExperimentsAbandonedBeforeTheyStarted_outsideThePeriod() {
        experiment(
                PERMIT,
                "abandoned",
                null,
                null,
                at("2026-06-30T23:59"),
                List.of(policy),
                List.of());
        experiment(
                PERMIT,
                "abandoned",
                null,
                null,
                at("2026-10-01T00:00"),
                List.of(policy),
                List.of());

        RetrospectiveReport report = target.report(query(Scope.project(PERMIT), reader(OLGA)));

        assertEquals(new RetrospectiveReport.ExperimentCounts(0, 0, 0, 0), report.experiments());
        assertEquals(new RetrospectiveReport.VerdictMix(0, 0, 0, 0), report.verdicts());
        assertEquals(Collaboration.none(), report.collaboration());
    }

    @Test
    public void report_shouldLetExperimentsAbandonedBeforeTheyStartedCountForTheirDepartments() {
        abandonedInDesign();

        RetrospectiveReport report =
                target.report(query(Scope.department(new DepartmentId(legal)), reader(OLGA)));

        assertEquals(new RetrospectiveReport.ExperimentCounts(0, 0, 1, 1), report.experiments());
        assertEquals(
                Map.of("Legal/Legal", 1, "Policy/Policy", 1, "Legal/Policy", 1),
                cells(report.collaboration()));
        assertEquals(
                List.of("Forms finished"),
                report.outcomes().stream().map(OutcomeMovement::title).toList());
    }

    @Test
    public void
            experiments_shouldListExperimentsAbandonedBeforeTheyStarted_afterTheStarted_withAnEmptyStart() {
        quarterDataset();
        int middle = abandonedInDesign();
        List<ReportExperiment> rows = new ArrayList<>();

        target.experiments(query(Scope.project(PERMIT), reader(OLGA)), rows::add);

        assertEquals(6 + 3, rows.size());
        rows.subList(0, 6).forEach(row -> assertNotNull(row.started()));
        List<ReportExperiment> unstarted = rows.subList(6, 9);
        unstarted.forEach(row -> assertNull(row.started()));
        unstarted.forEach(row -> assertEquals(Stage.ABANDONED, row.stage()));
        assertEquals(
                List.of(
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 8, 15),
                        LocalDate.of(2026, 9, 30)),
                unstarted.stream().map(ReportExperiment::ended).toList());
        ReportExperiment inTheMiddle = unstarted.get(1);
        assertEquals("PERMIT-" + middle, inTheMiddle.issue().key());
        assertEquals(List.of("Legal", "Policy"), inTheMiddle.departments());
        assertEquals(List.of("Forms finished"), inTheMiddle.outcomes());
        assertEquals(0, inTheMiddle.iterations());
    }

    @Test
    public void
            experiments_shouldCrossPages_amongExperimentsAbandonedBeforeTheyStartedAtTheSameMoment() {
        for (int i = 0; i < 5; i++) {
            abandonedInDesign();
        }
        List<ReportExperiment> all = new ArrayList<>();
        List<ReportExperiment> paged = new ArrayList<>();
        target.experiments(query(Scope.everything(), reader(OLGA)), all::add);

        new AoRetrospectiveFigures(ao, 4)
                .experiments(query(Scope.everything(), reader(OLGA)), paged::add);

        assertEquals(15, all.size());
        assertEquals(all, paged);
        assertEquals(15, paged.stream().map(e -> e.issue().key()).distinct().count());
    }

    /**
     * Statements per report with experiments, outcomes, stories, reuse and learnings all present.
     */
    private static final int PINNED_STATEMENTS = 15;

    private int statementsFor(int copies) {
        for (int i = 0; i < copies; i++) {
            quarterDataset();
            int a =
                    experiment(
                            PERMIT,
                            "running",
                            null,
                            at("2026-07-01T08:00"),
                            null,
                            List.of(policy),
                            List.of());
            int s =
                    story(
                            "Story " + i,
                            a,
                            true,
                            List.of(),
                            List.of("data-quality"),
                            "low",
                            at("2026-07-02T08:00"));
            applied(s, at("2026-07-03T08:00"));
            helped(s, "bob" + i, at("2026-07-03T08:00"));
            learning(a, PERMIT, null, "Learning " + i, at("2026-07-03T08:00"));
        }
        database.statements().reset();
        RetrospectiveReport report = target.report(query(Scope.everything(), reader(OLGA)));
        assertEquals(7 * copies, report.experiments().running());
        return database.statements().count();
    }

    private static Map<String, Integer> cells(Collaboration collaboration) {
        Map<Long, String> names = new HashMap<>();
        collaboration.departments().forEach(m -> names.put(m.id().value(), m.name()));
        Map<String, Integer> cells = new HashMap<>();
        collaboration
                .cells()
                .forEach(
                        c ->
                                cells.put(
                                        names.get(c.row().value())
                                                + "/"
                                                + names.get(c.column().value()),
                                        c.experiments()));
        return cells;
    }

    private static ReportQuery query(Scope scope, Reader reader) {
        return new ReportQuery(scope, Q3, ZONE, Set.of(PERMIT), reader);
    }

    private static Reader reader(UserRef user) {
        return new Reader(user, Set.of(), false);
    }

    private static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
    }

    private int department(String name) {
        return ao.create(
                        AoDepartment.class,
                        Map.of(
                                AoDepartment.NAME,
                                name,
                                AoDepartment.NAME_KEY,
                                name.toLowerCase(Locale.ROOT),
                                AoDepartment.ROW_VERSION,
                                1L))
                .getID();
    }

    private int outcome(String title, double baseline, double target) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoOutcome.TITLE, title);
        c.put(AoOutcome.METRIC_KIND, "custom");
        c.put(AoOutcome.UNIT, "%");
        c.put(AoOutcome.DIRECTION, baseline > target ? "lower-is-better" : "higher-is-better");
        c.put(AoOutcome.BASELINE_VALUE, baseline);
        c.put(AoOutcome.BASELINE_DATE, "2026-01-01");
        c.put(AoOutcome.TARGET_VALUE, target);
        c.put(AoOutcome.TARGET_DATE, "2027-01-01");
        c.put(AoOutcome.OWNER_DEPARTMENT_ID, policy);
        c.put(AoOutcome.STATUS, "active");
        c.put(AoOutcome.CREATED_BY, ALICE.key());
        c.put(AoOutcome.CREATED_AT, new Date(0));
        c.put(AoOutcome.ROW_VERSION, 1L);
        return ao.create(AoOutcome.class, c).getID();
    }

    private void measure(int outcome, String day, double value) {
        ao.create(
                AoMeasurement.class,
                Map.of(
                        AoMeasurement.OUTCOME_ID,
                        outcome,
                        AoMeasurement.MEASURED_ON,
                        day,
                        AoMeasurement.MEASURED_VALUE,
                        value,
                        AoMeasurement.RECORDED_BY,
                        ALICE.key(),
                        AoMeasurement.RECORDED_AT,
                        new Date(0)));
    }

    private int experiment(
            ProjectKey project,
            String stage,
            String verdict,
            Date started,
            Date closed,
            List<Integer> departments,
            List<Integer> outcomes) {
        issue++;
        Map<String, Object> c = new HashMap<>();
        c.put(AoExperiment.ISSUE_ID, (long) issue);
        c.put(AoExperiment.PROJECT_KEY, project.value());
        c.put(AoExperiment.HYP_CHANGE, "Change " + issue);
        c.put(AoExperiment.STAGE, stage);
        c.put(AoExperiment.VERDICT, verdict);
        c.put(AoExperiment.CREATED_BY, ALICE.key());
        c.put(AoExperiment.CREATED_AT, new Date(0));
        c.put(AoExperiment.STARTED_AT, started);
        c.put(AoExperiment.CLOSED_AT, closed);
        c.put(AoExperiment.ROW_VERSION, 1L);
        c.put(AoExperiment.ISSUE_KEY, "placeholder");
        AoExperiment row = ao.create(AoExperiment.class, c);
        row.setIssueKey(project.value() + "-" + row.getID());
        row.save();
        for (int department : departments) {
            ao.create(
                    AoExperimentDepartment.class,
                    Map.of(
                            AoExperimentDepartment.EXPERIMENT_ID,
                            row.getID(),
                            AoExperimentDepartment.DEPARTMENT_ID,
                            department));
        }
        int position = 0;
        for (int outcome : outcomes) {
            ao.create(
                    AoOutcomeLink.class,
                    Map.of(
                            AoOutcomeLink.EXPERIMENT_ID,
                            row.getID(),
                            AoOutcomeLink.OUTCOME_ID,
                            outcome,
                            AoOutcomeLink.DIRECTION,
                            "increase",
                            AoOutcomeLink.POSITION,
                            position++));
        }
        return row.getID();
    }

    private void deviation(int experiment, String part) {
        ao.create(
                AoDeviation.class,
                Map.of(
                        AoDeviation.EXPERIMENT_ID,
                        (long) experiment,
                        AoDeviation.PLAN_VERSION,
                        1,
                        AoDeviation.PLAN_PART,
                        part,
                        AoDeviation.REASON,
                        "Because",
                        AoDeviation.AUTHOR,
                        "alice",
                        AoDeviation.CREATED_AT,
                        at("2026-07-20T08:00")));
    }

    private void iterations(int experiment, int count) {
        for (int i = 1; i <= count; i++) {
            ao.create(
                    AoIteration.class,
                    Map.of(
                            AoIteration.EXPERIMENT_ID,
                            experiment,
                            AoIteration.SEQ_NO,
                            i,
                            AoIteration.ROW_VERSION,
                            1L));
        }
    }

    private int story(
            String title,
            int experiment,
            boolean toEveryone,
            List<Integer> audience,
            List<String> factors,
            String impact,
            Date at) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoFailureStory.TITLE, title);
        c.put(AoFailureStory.IMPACT, impact);
        c.put(AoFailureStory.EXPERIMENT_ID, experiment);
        c.put(AoFailureStory.TO_EVERYONE, toEveryone);
        c.put(
                AoFailureStory.AUDIENCE,
                StoryCodes.join(audience.stream().map(String::valueOf).toList()));
        c.put(AoFailureStory.FACTORS, StoryCodes.join(factors));
        c.put(AoFailureStory.ANONYMOUS, false);
        c.put(AoFailureStory.AUTHOR, ALICE.key());
        c.put(AoFailureStory.CREATED_AT, at);
        c.put(AoFailureStory.UPDATED_AT, at);
        c.put(AoFailureStory.ROW_VERSION, 1L);
        return ao.create(AoFailureStory.class, c).getID();
    }

    private void applied(int story, Date at) {
        applied(story, "PERMIT", at);
    }

    private void applied(int story, String project, Date at) {
        issue++;
        ao.create(
                AoAppliedIn.class,
                Map.of(
                        AoAppliedIn.STORY_ID,
                        story,
                        AoAppliedIn.ISSUE_ID,
                        (long) issue,
                        AoAppliedIn.ISSUE_KEY,
                        project + "-" + issue,
                        AoAppliedIn.APPLIED_BY,
                        "bob",
                        AoAppliedIn.APPLIED_AT,
                        at));
    }

    private void helped(int story, String reader, Date at) {
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
                        at));
    }

    private void learning(
            int experiment, ProjectKey project, String verdict, String statement, Date at) {
        Map<String, Object> c = new HashMap<>();
        c.put(AoLearning.EXPERIMENT_ID, experiment);
        c.put(AoLearning.STATEMENT, statement);
        c.put(AoLearning.AUTHOR, ALICE.key());
        c.put(AoLearning.CREATED_AT, at);
        c.put(AoLearning.ROW_VERSION, 1L);
        c.put(AoLearning.PROJECT_KEY, project.value());
        c.put(AoLearning.VERDICT, verdict);
        c.put(AoLearning.DEPARTMENTS, StoryCodes.join(List.of(String.valueOf(policy))));
        c.put(AoLearning.OUTCOMES, StoryCodes.EMPTY);
        c.put(AoLearning.TAGS, StoryCodes.EMPTY);
        ao.create(AoLearning.class, c);
    }
}
