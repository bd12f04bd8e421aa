package org.experimentlog.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import net.java.ao.Query;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.AppliedIn;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.HelpedMark;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.StoryLink;
import org.experimentlog.domain.failure.StoryText;
import org.experimentlog.domain.outcome.Direction;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.Reference;
import org.experimentlog.persistence.AoDepartmentRepository;
import org.experimentlog.persistence.AoExperiment;
import org.experimentlog.persistence.AoOutcomeRepository;
import org.experimentlog.persistence.BulkRows;
import org.experimentlog.persistence.upgrade.v1.Upgrade1LatestMeasurement;
import org.experimentlog.persistence.upgrade.v4.Upgrade4TermIndex;
import org.experimentlog.persistence.upgrade.v5.Upgrade5PanelCopies;
import org.experimentlog.testing.ao.AoDatabase;

/**
 * A data set the size of a large Data Center site, from a fixed seed: by default 10,000 experiments
 * in 50 projects (one sandbox issue each), 40,000 iterations, 150,000 results, 30,000 learnings,
 * 20,000 failure stories with helped marks and applied-in records, 200 outcomes with 50,000
 * measurements, 10 departments and 500 users. The rows are the ones the app writes ({@link
 * BulkRows} uses the repositories' own mappers and search columns), in batches of {@value #BATCH}
 * inside transactions. The first experiment ({@link #TWENTY_ITERATIONS}) has 20 iterations; the
 * first outcome is linked to the most experiments. Progress (percent and rows per second per table)
 * goes to the given stream.
 *
 * <p>In the sandbox: {@code mvn -Psandbox -Dsandbox.dataset=datacenter} fills an empty database
 * with it on the first start and serves it; the users are {@code dc001}…{@code dc500} (password =
 * user name) besides the demo users.
 */
public final class DataCenterDataset {
    /** The issue key of the experiment with 20 iterations. */
    public static final String TWENTY_ITERATIONS = "DCA-1";

    /** When the data set's story ends; everything happened in the two years before. */
    public static final Instant END = Instant.parse("2026-11-01T12:00:00Z");

    public static final Instant START = END.minus(Duration.ofDays(730));
    static final int BATCH = 1_000;
    private static final long SEED = 20261128L;
    private static final String[] DEPARTMENTS = {
        "Product",
        "Design",
        "Technology",
        "Operations",
        "Policy",
        "Finance",
        "Legal",
        "Communication",
        "Data",
        "Customer contact"
    };
    private static final List<String> WORDS =
            List.of(
                    "form",
                    "letter",
                    "residents",
                    "permit",
                    "address",
                    "phone",
                    "online",
                    "queue",
                    "waiting",
                    "trust",
                    "plain",
                    "language",
                    "pilot",
                    "counter",
                    "appointment",
                    "reminder",
                    "parking",
                    "moving",
                    "benefit",
                    "portal",
                    "chat",
                    "survey",
                    "privacy",
                    "consent",
                    "deadline",
                    "fee",
                    "housing",
                    "waste",
                    "school",
                    "transport",
                    "subsidy",
                    "licence",
                    "registration",
                    "complaint",
                    "library",
                    "youth",
                    "care",
                    "elderly",
                    "employment",
                    "tax",
                    "notice",
                    "payment",
                    "refund",
                    "identity",
                    "login",
                    "mobile",
                    "video",
                    "translation",
                    "interpreter",
                    "checklist",
                    "template",
                    "helpdesk",
                    "callback",
                    "newsletter",
                    "sms",
                    "email",
                    "map",
                    "route",
                    "bin",
                    "collection",
                    "festival",
                    "event",
                    "market",
                    "inspection",
                    "noise",
                    "tree",
                    "bicycle",
                    "bridge",
                    "road",
                    "works",
                    "delay",
                    "outage",
                    "backlog",
                    "caseworker",
                    "priority",
                    "urgent",
                    "simple",
                    "faster",
                    "cheaper",
                    "clearer",
                    "fewer",
                    "calls",
                    "visits",
                    "errors",
                    "returns",
                    "drop-off",
                    "completion",
                    "satisfaction",
                    "accessible",
                    "screen",
                    "reader",
                    "contrast",
                    "button",
                    "step",
                    "page",
                    "question",
                    "answer");
    private static final List<String> TAGS =
            List.of(
                    "forms",
                    "letters",
                    "trust",
                    "digital",
                    "service-design",
                    "policy",
                    "data",
                    "accessibility",
                    "channels",
                    "pilots",
                    "onboarding",
                    "payments",
                    "language",
                    "mobile",
                    "caseload",
                    "privacy",
                    "waiting-times",
                    "self-service",
                    "outreach",
                    "procurement");

    /** How many rows of each kind. */
    public record Scale(
            int projects,
            int users,
            int departments,
            int experiments,
            int iterations,
            int results,
            int learnings,
            int stories,
            int helpedMarks,
            int appliedIn,
            int outcomes,
            int measurements) {
        /** The size of a large Data Center site. */
        public static final Scale DATA_CENTER =
                new Scale(
                        50, 500, 10, 10_000, 40_000, 150_000, 30_000, 20_000, 30_000, 3_000, 200,
                        50_000);

        /**
         * A fraction for fast tests: rows divided by {@code by}, users and projects by 10, a few of
         * each at least.
         */
        public Scale divided(int by) {
            return new Scale(
                    Math.max(2, projects / 10),
                    Math.max(5, users / 10),
                    Math.max(2, departments / 5),
                    Math.max(2, experiments / by),
                    Math.max(21, iterations / by),
                    Math.max(21, results / by),
                    Math.max(2, learnings / by),
                    Math.max(2, stories / by),
                    Math.max(2, helpedMarks / by),
                    Math.max(1, appliedIn / by),
                    Math.max(1, outcomes / by),
                    Math.max(2, measurements / by));
        }
    }

    /** What was generated, for callers that go on to read it. */
    public record Summary(Scale scale, Duration took, Map<String, Integer> rows) {}

    private final ActiveObjects ao;
    private final Scale scale;
    private final PrintStream out;
    private final Random random = new Random(SEED);
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private DataCenterDataset(AoDatabase database, Scale scale, PrintStream out) {
        this.ao = database.activeObjects();
        this.scale = scale;
        this.out = out;
    }

    /** The projects of the data set: {@code DCA}, {@code DCB}, … */
    public static List<String> projectKeys(Scale scale) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < scale.projects(); i++) {
            keys.add("D" + (char) ('C' + i / 26) + (char) ('A' + i % 26));
        }
        return keys;
    }

    public static String userName(int index) {
        return String.format(Locale.ROOT, "dc%03d", index + 1);
    }

    private static String groupOf(String department) {
        return "dc-" + department.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /**
     * The sandbox directory with the data set's users and projects added: each user is in one
     * department group and the teams of three projects, which may browse and edit them; the group
     * {@code dc-readers} (every fifth user) may browse every project, and administrators may too.
     */
    public static SandboxDirectory directory(SandboxDirectory demo, Scale scale) {
        List<String> keys = projectKeys(scale);
        List<SandboxDirectory.User> users = new ArrayList<>();
        for (int i = 0; i < scale.users(); i++) {
            Set<String> groups =
                    new LinkedHashSet<>(
                            List.of(
                                    "jira-software-users",
                                    groupOf(DEPARTMENTS[i % scale.departments()])));
            for (int t = 0; t < 3; t++) {
                groups.add("team-" + keys.get((i + t * 7) % keys.size()).toLowerCase(Locale.ROOT));
            }
            if (i % 5 == 0) {
                groups.add("dc-readers");
            }
            users.add(
                    new SandboxDirectory.User(
                            userName(i),
                            "DC user "
                                    + (i + 1)
                                    + " ("
                                    + DEPARTMENTS[i % scale.departments()]
                                    + ")",
                            groups));
        }
        List<SandboxDirectory.Project> projects = new ArrayList<>();
        for (String key : keys) {
            String team = "team-" + key.toLowerCase(Locale.ROOT);
            projects.add(
                    new SandboxDirectory.Project(
                            key,
                            "Service " + key,
                            Set.of(team, "dc-readers", "jira-administrators"),
                            Set.of(team, "jira-administrators")));
        }
        return demo.with(users, projects);
    }

    /**
     * Fills the database (which must hold no experiments yet) and prints progress to {@code out}.
     */
    public static Summary fill(AoDatabase database, Scale scale, PrintStream out) {
        return new DataCenterDataset(database, scale, out).fill();
    }

    /**
     * Whether the database already holds experiments, so a restarted sandbox does not generate
     * twice.
     */
    public static boolean isFilled(AoDatabase database) {
        return database.activeObjects().count(AoExperiment.class) > 0;
    }

    private Summary fill() {
        long started = System.nanoTime();
        out.printf("Generating the Data Center data set: %s%n", scale);
        BulkRows bulk = new BulkRows(ao);
        List<DepartmentId> departments = departments();
        List<Outcome> outcomes = outcomes(departments);
        measurements(bulk, outcomes);
        // written in bulk rather than through the repository, so the outcomes get their latest
        // measurement as the
        // upgrade task gives it to outcomes measured before the column existed
        new Upgrade1LatestMeasurement().upgrade(ModelVersion.valueOf(null), ao);
        // and the value and day of that measurement as upgrade task 5 gives them (no experiment
        // exists yet: the experiments' copies of their departments and links are written with them)
        new Upgrade5PanelCopies().upgrade(ModelVersion.valueOf("4"), ao);
        List<Experiment> experiments = experiments(bulk, departments, outcomes);
        Map<ExperimentId, Experiment> byId = new HashMap<>();
        experiments.forEach(e -> byId.put(e.requireId(), e));
        List<Iteration> iterations = iterations(bulk, experiments);
        results(bulk, experiments, byId, iterations);
        learnings(bulk, experiments, byId, iterations);
        List<FailureStory> stories = stories(bulk, experiments, departments);
        helpedMarks(bulk, stories);
        appliedIn(bulk, stories, experiments);
        // learnings and stories are written in bulk too, so their term index is built as the
        // upgrade task builds it for rows stored before the index existed
        long indexing = System.nanoTime();
        new Upgrade4TermIndex(line -> {}).upgrade(ModelVersion.valueOf("3"), ao);
        out.printf(
                "Term index built in %d s%n",
                Duration.ofNanos(System.nanoTime() - indexing).toSeconds());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        out.printf(
                "Generated %,d rows in %d s%n",
                counts.values().stream().mapToInt(Integer::intValue).sum(), took.toSeconds());
        return new Summary(scale, took, Map.copyOf(counts));
    }

    private List<DepartmentId> departments() {
        AoDepartmentRepository repository = new AoDepartmentRepository(ao);
        List<DepartmentId> ids = new ArrayList<>();
        ao.executeInTransaction(
                () -> {
                    for (int i = 0; i < scale.departments(); i++) {
                        ids.add(
                                repository
                                        .save(
                                                Department.create(
                                                        DEPARTMENTS[i], groupOf(DEPARTMENTS[i])))
                                        .requireId());
                    }
                    return null;
                });
        counts.put("departments", ids.size());
        return ids;
    }

    private List<Outcome> outcomes(List<DepartmentId> departments) {
        AoOutcomeRepository repository = new AoOutcomeRepository(ao);
        MetricKind[] kinds = MetricKind.values();
        List<Outcome> outcomes = new ArrayList<>();
        ao.executeInTransaction(
                () -> {
                    for (int i = 0; i < scale.outcomes(); i++) {
                        Metric metric = Metric.preset(kinds[i % kinds.length]);
                        double baseline = 40 + random.nextInt(20);
                        double target =
                                metric.direction() == Direction.HIGHER_IS_BETTER
                                        ? baseline + 10 + random.nextInt(20)
                                        : baseline - 10 - random.nextInt(20);
                        LocalDate from = day(START);
                        outcomes.add(
                                repository.save(
                                        Outcome.define(
                                                "Outcome " + (i + 1) + ": " + sentence(4),
                                                sentence(15),
                                                metric,
                                                new Reference(baseline, from),
                                                new Reference(target, from.plusYears(3)),
                                                departments.get(i % departments.size()),
                                                user(i),
                                                START)));
                    }
                    return null;
                });
        counts.put("outcomes", outcomes.size());
        return outcomes;
    }

    /**
     * Each outcome measured on distinct days going back from the end, the latest ones moving
     * towards the target.
     */
    private void measurements(BulkRows bulk, List<Outcome> outcomes) {
        int perOutcome = scale.measurements() / outcomes.size();
        int total = perOutcome * outcomes.size();
        int gap = Math.max(1, 730 / Math.max(1, perOutcome));
        Progress progress = new Progress("measurements", total);
        List<Measurement> batch = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            double value = outcome.baseline().value();
            for (int m = 0; m < perOutcome; m++) {
                LocalDate on = day(END).minusDays((long) (perOutcome - m) * gap);
                value += (outcome.target().value() - value) * 0.01 + random.nextGaussian();
                if (Fields.isPercentage(outcome.metric().unit())) {
                    // a percentage stays within 0-100, which Measurement.record now refuses
                    // outside; the random walk near a bound would otherwise leave it
                    value = Math.max(0, Math.min(100, value));
                }
                batch.add(
                        Measurement.record(
                                outcome,
                                Math.round(value * 10) / 10.0,
                                on,
                                m % 10 == 0 ? sentence(6) : null,
                                user(m),
                                on.atTime(9, 0).toInstant(ZoneOffset.UTC),
                                day(END)));
                if (batch.size() == BATCH) {
                    writeAll(batch, bulk::measurements, progress);
                }
            }
        }
        writeAll(batch, bulk::measurements, progress);
    }

    /**
     * One sandbox issue per experiment, then the experiments in every stage, with departments and
     * outcomes.
     */
    private List<Experiment> experiments(
            BulkRows bulk, List<DepartmentId> departments, List<Outcome> outcomes) {
        List<String> keys = projectKeys(scale);
        int[] next = new int[keys.size()];
        Progress progress = new Progress("experiments", scale.experiments());
        List<Experiment> stored = new ArrayList<>();
        List<Map<String, Object>> issues = new ArrayList<>();
        for (int i = 0; i < scale.experiments(); i++) {
            int project = i % keys.size();
            String key = keys.get(project) + "-" + (++next[project]);
            issues.add(
                    Map.of(
                            AoSandboxIssue.ISSUE_KEY,
                            key,
                            AoSandboxIssue.PROJECT_KEY,
                            keys.get(project),
                            AoSandboxIssue.SEQ_NO,
                            next[project],
                            AoSandboxIssue.SUMMARY,
                            "Try " + sentence(5),
                            AoSandboxIssue.ISSUE_TYPE,
                            SandboxIssueGateway.EXPERIMENT_TYPE));
            if (issues.size() == BATCH || i == scale.experiments() - 1) {
                List<Map<String, Object>> theseIssues = List.copyOf(issues);
                int first = i + 1 - theseIssues.size();
                List<Experiment> written =
                        ao.executeInTransaction(
                                () -> {
                                    List<Integer> ids = issueIds(theseIssues);
                                    List<Experiment> made = new ArrayList<>();
                                    for (int n = 0; n < theseIssues.size(); n++) {
                                        made.add(
                                                experiment(
                                                        first + n,
                                                        new IssueRef(
                                                                ids.get(n),
                                                                (String)
                                                                        theseIssues
                                                                                .get(n)
                                                                                .get(
                                                                                        AoSandboxIssue
                                                                                                .ISSUE_KEY)),
                                                        departments,
                                                        outcomes));
                                    }
                                    return bulk.experiments(made);
                                });
                stored.addAll(written);
                progress.add(written.size());
                issues.clear();
            }
        }
        counts.put("issues", stored.size());
        counts.put("experiments", stored.size());
        return stored;
    }

    private List<Integer> issueIds(List<Map<String, Object>> rows) {
        AoSandboxIssue[] highest =
                ao.find(AoSandboxIssue.class, Query.select("ID").order("ID DESC").limit(1));
        int before = highest.length == 0 ? 0 : highest[0].getID();
        ao.create(AoSandboxIssue.class, rows);
        List<Integer> ids = new ArrayList<>();
        for (AoSandboxIssue row :
                ao.find(
                        AoSandboxIssue.class,
                        Query.select("ID").where("ID > ?", before).order("ID"))) {
            ids.add(row.getID());
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(
                    "The sandbox issues were written by someone else at the same time");
        }
        return ids;
    }

    /**
     * Stages: a sixth designing, a sixth running, a tenth analysing, a tenth abandoned, the rest
     * concluded.
     */
    private Experiment experiment(
            int index, IssueRef issue, List<DepartmentId> departments, List<Outcome> outcomes) {
        Instant created =
                index == 0
                        ? START.plus(Duration.ofDays(30))
                        : at(START, END.minus(Duration.ofDays(20)));
        int roll = index == 0 ? 30 : random.nextInt(60);
        Stage stage =
                roll < 10
                        ? Stage.DESIGNING
                        : roll < 20
                                ? Stage.RUNNING
                                : roll < 26
                                        ? Stage.ANALYSING
                                        : roll < 32 ? Stage.ABANDONED : Stage.CONCLUDED;
        Instant started =
                stage == Stage.DESIGNING
                        ? null
                        : created.plus(Duration.ofDays(1 + random.nextInt(14)));
        Instant closed =
                !stage.isFinal()
                        ? null
                        : min(END, started.plus(Duration.ofDays(14 + random.nextInt(150))));
        Verdict verdict =
                stage == Stage.CONCLUDED
                        ? Verdict.values()[random.nextInt(Verdict.values().length)]
                        : null;
        String note =
                stage == Stage.ABANDONED
                        ? "Stopped: " + sentence(8)
                        : stage == Stage.CONCLUDED ? sentence(10) : null;
        Set<DepartmentId> chosen = new LinkedHashSet<>();
        chosen.add(departments.get(random.nextInt(departments.size())));
        if (random.nextInt(3) == 0) {
            chosen.add(departments.get(random.nextInt(departments.size())));
        }
        List<OutcomeLink> links = new ArrayList<>();
        int linked = random.nextInt(3);
        Set<Integer> picked = new HashSet<>();
        // a skewed choice, so the first outcomes are linked to many experiments (the outcome page's
        // worst case)
        for (int l = 0; l < linked; l++) {
            int o =
                    (int)
                            Math.min(
                                    outcomes.size() - 1,
                                    Math.abs(random.nextGaussian()) * outcomes.size() / 6);
            if (picked.add(o)) {
                links.add(
                        new OutcomeLink(
                                outcomes.get(o).requireId(),
                                random.nextBoolean()
                                        ? ExpectedDirection.INCREASE
                                        : ExpectedDirection.DECREASE));
            }
        }
        Method method =
                stage == Stage.DESIGNING && random.nextBoolean()
                        ? null
                        : Method.values()[random.nextInt(Method.values().length)];
        return Experiment.stored(new ExperimentId(index + 1), 1)
                .issue(issue)
                .hypothesis(
                        new Hypothesis(
                                "If we " + sentence(6),
                                sentence(3),
                                sentence(5),
                                sentence(8),
                                sentence(4)))
                .method(method, method == null ? null : sentence(6))
                .stage(stage, verdict, note)
                .departments(chosen)
                .outcomes(links)
                .created(user(index), created)
                .timeline(started, closed)
                .build();
    }

    /**
     * The iterations: 20 on the first experiment, one on every other experiment that started, and
     * the rest spread at random over those.
     */
    private List<Iteration> iterations(BulkRows bulk, List<Experiment> experiments) {
        int[] perExperiment = new int[experiments.size()];
        List<Integer> started = new ArrayList<>();
        for (int i = 0; i < experiments.size(); i++) {
            if (experiments.get(i).startedAt().isPresent()) {
                started.add(i);
            }
        }
        int left = scale.iterations();
        perExperiment[0] = Math.min(20, left);
        left -= perExperiment[0];
        for (int i : started) {
            if (i != 0 && left > 0) {
                perExperiment[i] = 1;
                left--;
            }
        }
        while (left > 0 && started.size() > 1) {
            int i = started.get(1 + random.nextInt(started.size() - 1));
            if (perExperiment[i] < 12) {
                perExperiment[i]++;
                left--;
            }
        }
        int total = Arrays.stream(perExperiment).sum();
        Progress progress = new Progress("iterations", total);
        List<Iteration> stored = new ArrayList<>();
        List<Iteration> batch = new ArrayList<>();
        for (int i = 0; i < experiments.size(); i++) {
            Experiment experiment = experiments.get(i);
            List<Iteration> existing = new ArrayList<>();
            LocalDate from = day(experiment.startedAt().orElse(experiment.createdAt()));
            for (int n = 0; n < perExperiment[i]; n++) {
                LocalDate end = from.plusDays(13);
                Iteration iteration =
                        Iteration.next(
                                open(experiment),
                                existing,
                                "Round " + (n + 1) + ": " + sentence(6),
                                from,
                                end);
                if (experiment.stage() != Stage.RUNNING || n < perExperiment[i] - 1) {
                    iteration =
                            iteration.decide(
                                    Decision.values()[random.nextInt(Decision.values().length)],
                                    sentence(7));
                }
                existing.add(iteration.storedAs(new IterationId(n + 1), 0));
                batch.add(iteration);
                from = end.plusDays(1);
                if (batch.size() == BATCH) {
                    stored.addAll(write(batch, bulk::iterations, progress));
                }
            }
        }
        stored.addAll(write(batch, bulk::iterations, progress));
        return stored;
    }

    /**
     * The experiment as it was while open, which is when its iterations, results and learnings were
     * recorded.
     */
    private static Experiment open(Experiment experiment) {
        if (!experiment.stage().isFinal()) {
            return experiment;
        }
        return Experiment.stored(experiment.requireId(), experiment.version())
                .issue(experiment.issue())
                .hypothesis(experiment.hypothesis())
                .stage(Stage.RUNNING, null, null)
                .departments(experiment.departments())
                .outcomes(experiment.outcomes())
                .created(experiment.createdBy(), experiment.createdAt())
                .timeline(experiment.startedAt().orElse(null), null)
                .build();
    }

    /**
     * One result per iteration, the rest on random iterations; of every kind, some towards a linked
     * outcome.
     */
    private void results(
            BulkRows bulk,
            List<Experiment> experiments,
            Map<ExperimentId, Experiment> byId,
            List<Iteration> iterations) {
        Progress progress = new Progress("results", scale.results());
        List<Result> batch = new ArrayList<>();
        for (int r = 0; r < scale.results(); r++) {
            Iteration iteration =
                    r < iterations.size()
                            ? iterations.get(r)
                            : iterations.get(random.nextInt(iterations.size()));
            Experiment experiment = byId.get(iteration.experimentId());
            List<OutcomeLink> links = experiment.outcomes();
            OutcomeId outcome =
                    links.isEmpty() || random.nextBoolean()
                            ? null
                            : links.get(random.nextInt(links.size())).outcome();
            batch.add(
                    Result.record(
                            open(experiment),
                            iteration,
                            outcome,
                            "Measured " + sentence(3),
                            measure(r),
                            r % 4 == 0 ? sentence(12) : null,
                            user(r),
                            min(iterationDay(iteration), END)));
            if (batch.size() == BATCH) {
                write(batch, bulk::results, progress);
            }
        }
        write(batch, bulk::results, progress);
    }

    private ResultMeasure measure(int r) {
        switch (r % 4) {
            case 0:
                long controlSize = 500 + random.nextInt(5_000);
                long variantSize = 500 + random.nextInt(5_000);
                return new ResultMeasure.Proportion(
                        controlSize,
                        controlSize * (5 + random.nextInt(30)) / 100,
                        variantSize,
                        variantSize * (5 + random.nextInt(30)) / 100,
                        0.5);
            case 1:
                return new ResultMeasure.Mean(
                        100 + random.nextInt(900),
                        10 + random.nextDouble() * 5,
                        2 + random.nextDouble(),
                        100 + random.nextInt(900),
                        10 + random.nextDouble() * 5,
                        2 + random.nextDouble());
            case 2:
                double before = 20 + random.nextInt(60);
                return new ResultMeasure.Observed(before, before + random.nextInt(21) - 10, "%");
            default:
                return new ResultMeasure.Qualitative(
                        sentence(15),
                        random.nextBoolean()
                                ? null
                                : URI.create("https://intranet.example.org/research/" + r));
        }
    }

    /**
     * At least one learning on every concluded experiment (concluding needs one), the rest at
     * random.
     */
    private void learnings(
            BulkRows bulk,
            List<Experiment> experiments,
            Map<ExperimentId, Experiment> byId,
            List<Iteration> iterations) {
        Map<ExperimentId, List<Iteration>> iterationsOf = new HashMap<>();
        iterations.forEach(
                it ->
                        iterationsOf
                                .computeIfAbsent(it.experimentId(), k -> new ArrayList<>())
                                .add(it));
        List<Experiment> concluded =
                experiments.stream().filter(e -> e.stage() == Stage.CONCLUDED).toList();
        List<Experiment> withWork =
                experiments.stream().filter(e -> e.startedAt().isPresent()).toList();
        Function<ExperimentId, Experiment> experimentOf = byId::get;
        Progress progress = new Progress("learnings", scale.learnings());
        List<Learning> batch = new ArrayList<>();
        for (int l = 0; l < scale.learnings(); l++) {
            Experiment experiment =
                    l < concluded.size()
                            ? concluded.get(l)
                            : withWork.get(random.nextInt(withWork.size()));
            List<Iteration> its = iterationsOf.getOrDefault(experiment.requireId(), List.of());
            Iteration iteration =
                    its.isEmpty() || random.nextInt(3) == 0
                            ? null
                            : its.get(random.nextInt(its.size()));
            Set<Tag> tags = new LinkedHashSet<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                tags.add(new Tag(TAGS.get(random.nextInt(TAGS.size()))));
            }
            Instant at =
                    iteration != null
                            ? iterationDay(iteration)
                            : experiment
                                    .closedAt()
                                    .orElse(
                                            experiment
                                                    .startedAt()
                                                    .orElseThrow()
                                                    .plus(Duration.ofDays(7)));
            batch.add(
                    Learning.write(
                            experiment,
                            iteration,
                            capitalised(sentence(8 + random.nextInt(12))) + ".",
                            tags,
                            user(l),
                            min(at, END)));
            if (batch.size() == BATCH) {
                write(batch, b -> bulk.learnings(b, experimentOf), progress);
            }
        }
        write(batch, b -> bulk.learnings(b, experimentOf), progress);
    }

    /**
     * Stories mostly about abandoned or invalidated experiments, a third shared with some
     * departments only.
     */
    private List<FailureStory> stories(
            BulkRows bulk, List<Experiment> experiments, List<DepartmentId> departments) {
        List<Experiment> failed =
                experiments.stream()
                        .filter(
                                e ->
                                        e.stage() == Stage.ABANDONED
                                                || e.verdict()
                                                        .filter(v -> v == Verdict.INVALIDATED)
                                                        .isPresent())
                        .toList();
        ContributingFactor[] factors = ContributingFactor.values();
        Progress progress = new Progress("failure stories", scale.stories());
        List<FailureStory> stored = new ArrayList<>();
        List<FailureStory> batch = new ArrayList<>();
        for (int s = 0; s < scale.stories(); s++) {
            StoryLink link = null;
            Instant at = at(START, END);
            if (!failed.isEmpty() && random.nextInt(4) != 0) {
                Experiment experiment = failed.get(random.nextInt(failed.size()));
                link = new StoryLink(experiment.requireId(), experiment.issue(), null);
                at =
                        min(
                                END,
                                experiment
                                        .closedAt()
                                        .orElse(END)
                                        .plus(Duration.ofDays(random.nextInt(30))));
            }
            Audience audience =
                    random.nextInt(3) == 0
                            ? Audience.departments(
                                    Set.of(departments.get(random.nextInt(departments.size()))))
                            : Audience.everyone();
            Set<ContributingFactor> chosen = new LinkedHashSet<>();
            for (int f = 1 + random.nextInt(3); f > 0; f--) {
                chosen.add(factors[random.nextInt(factors.length)]);
            }
            batch.add(
                    FailureStory.share(
                            new StoryText(
                                    capitalised(sentence(6)),
                                    sentence(25),
                                    sentence(25),
                                    sentence(20),
                                    random.nextBoolean() ? sentence(12) : null,
                                    null),
                            chosen,
                            Impact.values()[random.nextInt(Impact.values().length)],
                            link,
                            audience,
                            s % 20 == 0,
                            true,
                            user(s),
                            at));
            if (batch.size() == BATCH) {
                stored.addAll(write(batch, bulk::stories, progress));
            }
        }
        stored.addAll(write(batch, bulk::stories, progress));
        return stored;
    }

    /** Marks by users who did not write the story, one per user and story. */
    private void helpedMarks(BulkRows bulk, List<FailureStory> stories) {
        Progress progress = new Progress("helped marks", scale.helpedMarks());
        Set<String> taken = new HashSet<>();
        List<HelpedMark> batch = new ArrayList<>();
        int made = 0;
        while (made < scale.helpedMarks()) {
            FailureStory story = stories.get(random.nextInt(stories.size()));
            UserRef reader = user(random.nextInt(scale.users()));
            if (story.isWrittenBy(reader) || !taken.add(story.requireId() + ":" + reader.key())) {
                continue;
            }
            batch.add(
                    new HelpedMark(
                            story.requireId(),
                            reader,
                            min(
                                    END,
                                    story.createdAt()
                                            .plus(Duration.ofDays(1 + random.nextInt(60))))));
            made++;
            if (batch.size() == BATCH) {
                writeAll(batch, bulk::helpedMarks, progress);
            }
        }
        writeAll(batch, bulk::helpedMarks, progress);
    }

    /** Lessons of stories applied in later experiments. */
    private void appliedIn(
            BulkRows bulk, List<FailureStory> stories, List<Experiment> experiments) {
        Progress progress = new Progress("applied in", scale.appliedIn());
        List<AppliedIn> batch = new ArrayList<>();
        for (int a = 0; a < scale.appliedIn(); a++) {
            FailureStory story = stories.get(random.nextInt(stories.size()));
            Experiment experiment = experiments.get(random.nextInt(experiments.size()));
            batch.add(
                    new AppliedIn(
                            story.requireId(),
                            experiment.issue(),
                            user(random.nextInt(scale.users())),
                            min(
                                    END,
                                    story.createdAt()
                                            .plus(Duration.ofDays(1 + random.nextInt(90)))),
                            random.nextBoolean() ? sentence(10) : null));
            if (batch.size() == BATCH) {
                writeAll(batch, bulk::appliedIn, progress);
            }
        }
        writeAll(batch, bulk::appliedIn, progress);
    }

    /** Writes and clears the batch in one transaction, and reports progress. */
    private <T> List<T> write(List<T> batch, Function<List<T>, List<T>> writer, Progress progress) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<T> rows = List.copyOf(batch);
        batch.clear();
        List<T> written = ao.executeInTransaction(() -> writer.apply(rows));
        progress.add(rows.size());
        return written;
    }

    /** Writes and clears the batch in one transaction, and reports progress. */
    private <T> void writeAll(List<T> batch, Consumer<List<T>> writer, Progress progress) {
        write(
                batch,
                rows -> {
                    writer.accept(rows);
                    return rows;
                },
                progress);
    }

    /**
     * Prints percent done and rows per second at each tenth of a table, and the total at the end.
     */
    private final class Progress {
        private final String table;
        private final int total;
        private final long started = System.nanoTime();
        private int done;
        private int reportedTenth;

        Progress(String table, int total) {
            this.table = table;
            this.total = total;
            counts.put(table, 0);
        }

        void add(int rows) {
            done += rows;
            counts.put(table, done);
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth > reportedTenth || done >= total) {
                reportedTenth = tenth;
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                out.printf(
                        Locale.ROOT,
                        "  %-16s %3d%%  %,9d of %,9d  %,8.0f rows/s%s%n",
                        table,
                        total == 0 ? 100 : done * 100L / total,
                        done,
                        total,
                        done / seconds,
                        done >= total ? String.format(Locale.ROOT, "  (%.1f s)", seconds) : "");
            }
        }
    }

    private UserRef user(int index) {
        return new UserRef(userName(Math.floorMod(index, scale.users())));
    }

    private Instant at(Instant from, Instant to) {
        return from.plusSeconds(
                (long) (random.nextDouble() * Duration.between(from, to).toSeconds()));
    }

    private static Instant iterationDay(Iteration iteration) {
        return iteration.endDate().orElseThrow().atTime(16, 0).toInstant(ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
