package org.experimentlog.benchmark;

import static org.experimentlog.benchmark.Timings.ms;
import static org.experimentlog.benchmark.Timings.percentile;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.experimentlog.app.ExperimentSearchService;
import org.experimentlog.app.FailureStoryService;
import org.experimentlog.app.LibrarySearchService;
import org.experimentlog.app.RetrospectiveService;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LibraryOrder;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.StoryFilter;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.sandbox.AoSandboxIssue;
import org.experimentlog.sandbox.CurrentUser;
import org.experimentlog.sandbox.DataCenterDataset;
import org.experimentlog.sandbox.SandboxComponents;
import org.experimentlog.sandbox.SandboxDirectory;
import org.experimentlog.sandbox.UpgradeTasks;
import org.experimentlog.testing.PluginDescriptor;
import org.experimentlog.testing.ao.AoDatabase;
import org.experimentlog.web.ui.library.LibraryPageBuilder;
import org.experimentlog.web.ui.outcomes.OutcomePageBuilder;
import org.experimentlog.web.ui.panel.ExperimentPanelBuilder;

/**
 * The pages a reader opens most, over the {@link DataCenterDataset} on H2: the retrospective
 * (everything, and one project), the issue panel of the experiment with 20 iterations, the outcome
 * page of the most-linked outcome and the learning library's search, and (e) the use case behind
 * three JQL functions (as a function's values call it). Each is called the way the sandbox's pages
 * call it, through the plugin's own components as the sandbox wires them, as user {@code dc001}
 * (Product; may browse every project). The issue panel is timed twice: its view as the context
 * provider builds it, and the whole panel rendered by the sandbox's Velocity; the library both as
 * its search and as its page's view (which also lists the outcomes for the filter), and the
 * outcomes list page besides the outcome page. Printed per request: median and p95 time, median and
 * p95 CPU time of the calling thread (the in-memory database runs in it; on a shared machine this
 * is what the request cost, where the wall-clock time includes waiting for a core), SQL statements,
 * the median of the same statements with the same parameters run directly over JDBC, with the ratio
 * between the two, and the machine's load average at the end.
 *
 * <p>Run with {@code mvn -Pbenchmark -Dbenchmark=datacenter}. System properties: {@code
 * benchmark.runs} (timed runs per request, default 20), {@code benchmark.scale} (divide the data
 * set by this, default 1), {@code benchmark.library} (this many learnings and as many failure
 * stories instead of the data set's), {@code benchmark.db} (a JDBC URL; an H2 file already filled
 * by an earlier run is reused, or {@code postgresql} for a new database on the embedded PostgreSQL
 * of the tests; default a new in-memory H2), {@code benchmark.only} or its older name {@code
 * benchmark.requests} (comma-separated parts of request names: only those requests are timed, e.g.
 * {@code panel} or {@code library,feed}), {@code benchmark.statements} ({@code true}: also each
 * statement of a request, its median over JDBC and the rows it returns, to see which statement
 * costs what) and {@code benchmark.explain} (print the database's plan of each statement).
 */
public final class DataCenterBenchmark {
    private static final String READER = DataCenterDataset.userName(0);

    private DataCenterBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("benchmark.runs", 20);
        int divisor = Integer.getInteger("benchmark.scale", 1);
        DataCenterDataset.Scale scale =
                divisor == 1
                        ? DataCenterDataset.Scale.DATA_CENTER
                        : DataCenterDataset.Scale.DATA_CENTER.divided(divisor);
        // -Dbenchmark.library=N: N learnings and N failure stories instead (the library's target
        // is stated at 100,000 of each)
        int library = Integer.getInteger("benchmark.library", 0);
        if (library > 0) {
            scale =
                    new DataCenterDataset.Scale(
                            scale.projects(),
                            scale.users(),
                            scale.departments(),
                            scale.experiments(),
                            scale.iterations(),
                            scale.results(),
                            library,
                            library,
                            scale.helpedMarks(),
                            scale.appliedIn(),
                            scale.outcomes(),
                            scale.measurements());
        }
        String url =
                System.getProperty(
                        "benchmark.db", "jdbc:h2:mem:datacenter-benchmark;DB_CLOSE_DELAY=-1");
        PrintStream out = System.out;
        // -Dbenchmark.db=postgresql: a new database on the embedded PostgreSQL of the tests
        AoDatabase database =
                "postgresql".equals(url)
                        ? AoDatabase.connect(
                                AoDatabase.freshPostgresUrl(),
                                AoDatabase.postgresUser(),
                                AoDatabase.postgresPassword(),
                                List.of(AoSandboxIssue.class))
                        : AoDatabase.connect(url, "sa", "", List.of(AoSandboxIssue.class));
        UpgradeTasks.run(
                PluginDescriptor.load().upgradeTasks(), database.activeObjects(), out::println);
        SandboxComponents components =
                SandboxComponents.wire(
                        DataCenterDataset.directory(SandboxDirectory.load(), scale), database);
        if (DataCenterDataset.isFilled(database)) {
            out.println("The database holds the data set already: " + url);
        } else {
            DataCenterDataset.fill(database, scale, out);
        }
        Map<String, Supplier<Object>> requests = requests(components, scale);
        // -Dbenchmark.only=library,feed (or -Dbenchmark.requests=…): only the requests whose name
        // contains one of these
        String only =
                System.getProperty("benchmark.only", System.getProperty("benchmark.requests", ""));
        if (!only.isBlank()) {
            List<String> parts = List.of(only.split(","));
            requests.keySet().removeIf(name -> parts.stream().noneMatch(name::contains));
        }
        out.printf(
                "%n%-34s %10s %10s %8s %8s %6s %10s %6s %6s%n",
                "request",
                "median ms",
                "p95 ms",
                "cpu p50",
                "cpu p95",
                "stmts",
                "JDBC ms",
                "ratio",
                "load");
        // -Dbenchmark.statements=true: also each statement's own replay time and rows
        boolean perStatement = Boolean.getBoolean("benchmark.statements");
        for (Map.Entry<String, Supplier<Object>> request : requests.entrySet()) {
            measure(request.getKey(), request.getValue(), database, runs, perStatement, out);
        }
        out.printf(
                "%nJava %s, %d cores, %s %s, max heap %d MB, %d timed runs per request after %d warm-up runs%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                runs,
                Timings.WARM_UP);
        components.close();
        database.close();
    }

    /** The requests, each as the page's code path calls it. */
    private static Map<String, Supplier<Object>> requests(
            SandboxComponents components, DataCenterDataset.Scale scale) {
        RetrospectiveService retrospectives = components.component(RetrospectiveService.class);
        OutcomePageBuilder outcomes = components.component(OutcomePageBuilder.class);
        LibrarySearchService library = components.component(LibrarySearchService.class);
        ExperimentPanelBuilder panels = components.component(ExperimentPanelBuilder.class);
        LibraryPageBuilder libraryPage = components.component(LibraryPageBuilder.class);
        LocalDate end = DataCenterDataset.END.atZone(ZoneOffset.UTC).toLocalDate();
        Period year = new Period(end.minusYears(1), end.minusDays(1));
        ProjectKey project = new ProjectKey(DataCenterDataset.projectKeys(scale).get(0));
        Map<String, Supplier<Object>> requests = new LinkedHashMap<>();
        requests.put(
                "(a) retrospective, everything, 1 yr",
                () -> retrospectives.report(Scope.everything(), year));
        requests.put(
                "(a) retrospective, one project, 1 yr",
                () -> retrospectives.report(Scope.project(project), year));
        requests.put(
                "(b) panel view, 20 iterations",
                () -> panels.build(DataCenterDataset.TWENTY_ITERATIONS));
        requests.put(
                "(b) panel rendered, 20 iterations",
                () ->
                        requireContent(
                                components.issuePanels(
                                        DataCenterDataset.TWENTY_ITERATIONS, Locale.ENGLISH)));
        requests.put("(c) outcome page, most linked", () -> outcomes.detail(new OutcomeId(1)));
        requests.put("(c) outcomes list page", () -> outcomes.list(null, null));
        requests.put("(d) library page, no filter", () -> libraryPage.page(field -> null));
        requests.put(
                "(d) library, everything, newest",
                () ->
                        library.search(
                                LearningQuery.all(), LibraryOrder.NEWEST, PageRequest.first(20)));
        requests.put(
                "(d) library, two words, relevance",
                () ->
                        library.search(
                                LearningQuery.matching(
                                        "form trust", null, null, null, null, null, null),
                                LibraryOrder.RELEVANCE,
                                PageRequest.first(20)));
        requests.put(
                "(d) library, tag + department",
                () ->
                        library.search(
                                LearningQuery.matching(
                                        null,
                                        new Tag("forms"),
                                        new DepartmentId(1),
                                        null,
                                        null,
                                        null,
                                        null),
                                LibraryOrder.NEWEST,
                                PageRequest.first(20)));
        ExperimentSearchService jql = components.component(ExperimentSearchService.class);
        Optional<UserRef> reader = Optional.of(new UserRef(READER));
        requests.put(
                "(e) JQL experimentsInStage",
                () ->
                        jql.issues(
                                jql.filter(ExperimentSearchService.Criterion.STAGE, "concluded"),
                                reader));
        requests.put(
                "(e) JQL experimentsForDepartment",
                () ->
                        jql.issues(
                                jql.filter(ExperimentSearchService.Criterion.DEPARTMENT, "Product"),
                                reader));
        requests.put(
                "(e) JQL experimentsWithLearningTag",
                () ->
                        jql.issues(
                                jql.filter(ExperimentSearchService.Criterion.LEARNING_TAG, "forms"),
                                reader));
        requests.put(
                "(d) library, word forms, relevance",
                () ->
                        library.search(
                                LearningQuery.matching(
                                        "letters reminders", null, null, null, null, null, null),
                                LibraryOrder.RELEVANCE,
                                PageRequest.first(20)));
        requests.put(
                "(d) library, word + dept + period",
                () ->
                        library.search(
                                LearningQuery.matching(
                                        "queues",
                                        null,
                                        new DepartmentId(1),
                                        null,
                                        null,
                                        end.minusMonths(3),
                                        end),
                                LibraryOrder.NEWEST,
                                PageRequest.first(20)));
        FailureStoryService feed = components.component(FailureStoryService.class);
        requests.put(
                "(e) failures feed, two words",
                () ->
                        feed.feed(
                                new StoryFilter(null, null, null, null, null, "letters reminders"),
                                PageRequest.first(20)));
        return requests;
    }

    private static String requireContent(String html) {
        if (!html.contains("exlog-panel")) {
            throw new IllegalStateException("The issue panel did not render: " + html);
        }
        return html;
    }

    private static void measure(
            String name,
            Supplier<Object> request,
            AoDatabase database,
            int runs,
            boolean perStatement,
            PrintStream out)
            throws SQLException {
        Timings.Runs timed = Timings.timeWithCpu(runs, () -> CurrentUser.as(READER, request));
        List<Long> times = timed.wall();
        Timings.Statements statements =
                Timings.capture(database.statements(), () -> CurrentUser.as(READER, request));
        if (!statements.replayable()) {
            out.printf(
                    Locale.ROOT,
                    "%-34s %10.1f %10.1f %8.1f %8.1f %6d %10s %6s %6s%n",
                    name,
                    ms(percentile(times, 50)),
                    ms(percentile(times, 95)),
                    ms(percentile(timed.cpu(), 50)),
                    ms(percentile(timed.cpu(), 95)),
                    statements.count(),
                    "-",
                    "-",
                    Timings.load());
            return;
        }
        List<Long> raw = statements.replayTimes(database.rawDataSource(), runs);
        if (Boolean.getBoolean("benchmark.explain")) {
            // -Dbenchmark.explain=true: the database's plan of each statement
            statements.explain(database.rawDataSource(), out);
        }
        out.printf(
                Locale.ROOT,
                "%-34s %10.1f %10.1f %8.1f %8.1f %6d %10.1f %6.2f %6s%n",
                name,
                ms(percentile(times, 50)),
                ms(percentile(times, 95)),
                ms(percentile(timed.cpu(), 50)),
                ms(percentile(timed.cpu(), 95)),
                statements.count(),
                ms(percentile(raw, 50)),
                (double) percentile(times, 50) / percentile(raw, 50),
                Timings.load());
        if (perStatement) {
            statements.profile(database.rawDataSource(), runs, out);
        }
    }
}
