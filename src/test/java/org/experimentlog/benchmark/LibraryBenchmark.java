package org.experimentlog.benchmark;

import static org.experimentlog.benchmark.Timings.ms;
import static org.experimentlog.benchmark.Timings.percentile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LibraryOrder;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.failure.Audience;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.failure.StoryText;
import org.experimentlog.persistence.AoExperimentRepository;
import org.experimentlog.persistence.AoFailureStoryRepository;
import org.experimentlog.persistence.AoLibrarySearch;
import org.experimentlog.testing.ao.AoDatabase;

/**
 * The learning library's search on H2 with 100,000 learnings and 100,000 failure stories, written
 * through the repositories: median and p95 time per search, SQL statements per search, and the
 * ratio to the same statements run directly over JDBC. Run with {@code mvn -Pbenchmark} (arguments:
 * learnings, stories, runs per search; or {@code -Dbenchmark.rows=N} for N learnings and stories in
 * all, half each).
 */
public final class LibraryBenchmark {
    private static final Instant START = Instant.parse("2024-01-01T08:00:00Z");
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
                    "fee");
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
                    "pilots");
    private static final List<ProjectKey> PROJECTS =
            List.of(
                    new ProjectKey("PERMIT"),
                    new ProjectKey("MOVE"),
                    new ProjectKey("BENEFIT"),
                    new ProjectKey("TAX"));

    private LibraryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int learnings = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int stories = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        // -Dbenchmark.rows=N: N learnings and stories in all, half each
        Integer rows = Integer.getInteger("benchmark.rows");
        if (rows != null) {
            learnings = rows / 2;
            stories = rows - learnings;
        }
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        // -Dbenchmark.db=postgresql: a new database on the embedded PostgreSQL of the tests
        AoDatabase database =
                "postgresql".equals(System.getProperty("benchmark.db"))
                        ? AoDatabase.connect(
                                AoDatabase.freshPostgresUrl(),
                                AoDatabase.postgresUser(),
                                AoDatabase.postgresPassword(),
                                List.of())
                        : AoDatabase.connect(
                                "jdbc:h2:mem:library-benchmark;DB_CLOSE_DELAY=-1",
                                "sa",
                                "",
                                List.of());
        fill(database, learnings, stories);
        AoLibrarySearch search = new AoLibrarySearch(database.activeObjects());
        Reader reader = new Reader(new UserRef("reader"), Set.of(new DepartmentId(2)), false);
        Set<ProjectKey> visible = Set.of(PROJECTS.get(0), PROJECTS.get(1), PROJECTS.get(2));
        Map<String, LearningQuery> queries = new LinkedHashMap<>();
        queries.put("everything, newest first", LearningQuery.all().visibleIn(visible));
        queries.put(
                "two words",
                LearningQuery.matching("form trust", null, null, null, null, null, null)
                        .visibleIn(visible));
        queries.put(
                "two words by relevance",
                LearningQuery.matching("form trust", null, null, null, null, null, null)
                        .visibleIn(visible));
        queries.put(
                "tag + department",
                LearningQuery.matching(
                                null, new Tag("forms"), new DepartmentId(2), null, null, null, null)
                        .visibleIn(visible));
        queries.put(
                "word + department + period",
                LearningQuery.matching(
                                "queue",
                                null,
                                new DepartmentId(2),
                                null,
                                null,
                                LocalDate.of(2024, 3, 1),
                                LocalDate.of(2024, 9, 30))
                        .visibleIn(visible));
        queries.put(
                "rare word, page 5",
                LearningQuery.matching("privacy consent", null, null, null, null, null, null)
                        .visibleIn(visible));
        System.out.printf(
                "%n%-30s %10s %10s %6s %10s %6s %8s %6s%n",
                "search", "median ms", "p95 ms", "stmts", "JDBC ms", "ratio", "total", "load");
        for (Map.Entry<String, LearningQuery> entry : queries.entrySet()) {
            LibraryOrder order =
                    entry.getKey().contains("relevance")
                            ? LibraryOrder.RELEVANCE
                            : LibraryOrder.NEWEST;
            PageRequest page =
                    entry.getKey().contains("page 5")
                            ? new PageRequest(80, 20)
                            : PageRequest.first(20);
            List<Long> times =
                    Timings.time(runs, () -> search.search(entry.getValue(), reader, order, page));
            int[] total = new int[1];
            Timings.Statements statements =
                    Timings.capture(
                            database.statements(),
                            () ->
                                    total[0] =
                                            search.search(entry.getValue(), reader, order, page)
                                                    .page()
                                                    .total());
            List<Long> raw = statements.replayTimes(database.rawDataSource(), runs);
            System.out.printf(
                    "%-30s %10.1f %10.1f %6d %10.1f %6.2f %8d %6s%n",
                    entry.getKey(),
                    ms(percentile(times, 50)),
                    ms(percentile(times, 95)),
                    statements.sql().size(),
                    ms(percentile(raw, 50)),
                    (double) percentile(times, 50) / percentile(raw, 50),
                    total[0],
                    Timings.load());
        }
        System.out.println(
                "\nJava "
                        + System.getProperty("java.version")
                        + ", "
                        + Runtime.getRuntime().availableProcessors()
                        + " cores, "
                        + System.getProperty("os.name")
                        + " "
                        + System.getProperty("os.arch"));
        database.close();
    }

    /**
     * Experiments in four projects, each with learnings, and stories shared with everyone or one
     * department.
     */
    private static void fill(AoDatabase database, int learnings, int stories) {
        Random random = new Random(20260302L);
        AoExperimentRepository experiments = new AoExperimentRepository(database.activeObjects());
        AoFailureStoryRepository storyRepository =
                new AoFailureStoryRepository(database.activeObjects());
        UserRef author = new UserRef("author");
        long started = System.nanoTime();
        List<Experiment> made = new ArrayList<>();
        int experimentCount = Math.max(1, learnings / 50);
        for (int i = 0; i < experimentCount; i++) {
            ProjectKey project = PROJECTS.get(i % PROJECTS.size());
            made.add(
                    experiments.save(
                            Experiment.open(
                                            new IssueRef(i + 1, project.value() + "-" + (i + 1)),
                                            author,
                                            START)
                                    .withDepartments(
                                            Set.of(new DepartmentId(1 + random.nextInt(5))))));
        }
        for (int i = 0; i < learnings; i++) {
            Experiment experiment = made.get(random.nextInt(made.size()));
            experiments.save(
                    Learning.write(
                            experiment,
                            null,
                            sentence(random, 12),
                            List.of(new Tag(TAGS.get(random.nextInt(TAGS.size())))),
                            author,
                            at(random)));
            progress("learnings", i + 1, learnings, started);
        }
        started = System.nanoTime();
        for (int i = 0; i < stories; i++) {
            Audience audience =
                    random.nextInt(3) == 0
                            ? Audience.departments(Set.of(new DepartmentId(1 + random.nextInt(5))))
                            : Audience.everyone();
            storyRepository.save(
                    FailureStory.share(
                            new StoryText(
                                    sentence(random, 6),
                                    sentence(random, 20),
                                    sentence(random, 20),
                                    sentence(random, 15),
                                    sentence(random, 10),
                                    null),
                            Set.of(ContributingFactor.DATA_QUALITY),
                            Impact.LOW,
                            null,
                            audience,
                            false,
                            true,
                            author,
                            at(random)));
            progress("stories", i + 1, stories, started);
        }
    }

    private static void progress(String what, int done, int of, long started) {
        if (done % 10_000 == 0 || done == of) {
            System.out.printf(
                    "%s: %,d of %,d (%ds)%n",
                    what, done, of, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    private static Instant at(Random random) {
        return START.plusSeconds(random.nextInt(2 * 365 * 24 * 3600));
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }
}
