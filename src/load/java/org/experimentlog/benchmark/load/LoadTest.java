package org.experimentlog.benchmark.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.experimentlog.persistence.AoExperiment;
import org.experimentlog.persistence.AoFailureStory;
import org.experimentlog.persistence.AoIteration;
import org.experimentlog.persistence.AoOutcome;
import org.experimentlog.sandbox.DataCenterDataset;
import org.experimentlog.sandbox.Sandbox;
import org.experimentlog.sandbox.SandboxDirectory;
import org.experimentlog.testing.ao.AoDatabase;

/**
 * {@code mvn -Pload}: the load test the way Atlassian tests Data Center apps. It starts an embedded
 * PostgreSQL, fills it with the {@link DataCenterDataset} through a first sandbox node, prepares
 * what the actions need (a plain issue per project, the outcome-manager group, each user's
 * experiment, iteration and readable story), then runs {@link LoadSimulation} (Gatling) against one
 * node and again against two nodes on the same database, and after each run checks the database
 * with {@link WriteAudit}. It prints and writes ({@code target/load/summary.md}) the table {@link
 * LoadReport} makes of Gatling's figures; Gatling's HTML reports are under {@code
 * target/load/gatling}. Exits non-zero when an action failed or a check found a problem.
 *
 * <p>System properties: {@code load.users} (200), {@code load.seconds} (180, after the ramp),
 * {@code load.ramp} (30), {@code load.thinkMin}/{@code load.thinkMax} (10/20 seconds: 200 users
 * then make about 13 actions a second, the 54,500 actions an hour the Data Center App Performance
 * Toolkit runs against Jira with 200 users), {@code load.nodes} ({@code 1,2}), {@code load.port}
 * (8150; the second node takes the next), {@code load.scale} (1; a divisor of the data set for a
 * quick try).
 */
public final class LoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Path OUT = Path.of("target", "load");

    private LoadTest() {}

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception | Error e) {
            // a node that failed half-way still holds Jetty's threads: end the JVM, and with it
            // the embedded PostgreSQL, rather than hang
            e.printStackTrace();
            System.out.println("LOAD TEST FAILED: " + e);
            System.exit(2);
        }
    }

    private static void run() throws Exception {
        int users = Integer.getInteger("load.users", 200);
        int seconds = Integer.getInteger("load.seconds", 180);
        int ramp = Integer.getInteger("load.ramp", 30);
        int thinkMin = Integer.getInteger("load.thinkMin", 10);
        int thinkMax = Integer.getInteger("load.thinkMax", 20);
        int port = Integer.getInteger("load.port", 8150);
        int scale = Integer.getInteger("load.scale", 1);
        List<Integer> nodeCounts =
                Stream.of(System.getProperty("load.nodes", "1,2").split(","))
                        .map(String::strip)
                        .map(Integer::valueOf)
                        .toList();
        Files.createDirectories(OUT);
        // Gatling's anonymous usage analytics would call out to the internet
        System.setProperty("gatling.enableAnalytics", "false");

        String url = AoDatabase.freshPostgresUrl();
        String dbUser = AoDatabase.postgresUser();
        String dbPassword = AoDatabase.postgresPassword();
        if (scale > 1) {
            // a quick try: fill a fraction first, so the node finds the data set there and does
            // not generate the whole one
            try (Sandbox empty =
                    Sandbox.start(
                            new Sandbox.Settings(
                                    "127.0.0.1", port, url, dbUser, dbPassword, false, "demo"))) {
                DataCenterDataset.fill(
                        empty.database(),
                        DataCenterDataset.Scale.DATA_CENTER.divided(scale),
                        System.out);
            }
        }
        List<Sandbox> nodes = new ArrayList<>();
        boolean failed = false;
        try {
            Instant fillStart = Instant.now();
            nodes.add(node(port, url, dbUser, dbPassword));
            System.out.printf(
                    "Node 1 is up with the data set after %d s%n",
                    Duration.between(fillStart, Instant.now()).toSeconds());
            Sandbox first = nodes.get(0);
            String base = first.baseUrl();
            makeEveryoneOutcomeManager(base);
            Map<String, String> plainIssues = plainIssues(base);
            Setup setup = setup(first.database(), plainIssues);
            System.out.printf(
                    "%d of %d data-set users have an experiment to work on; %d outcomes%n",
                    setup.users().size(),
                    DataCenterDataset.Scale.DATA_CENTER.users(),
                    setup.outcomes().size());

            WriteAudit audit = new WriteAudit(first.database());
            Map<Integer, LoadReport.Run> runs = new LinkedHashMap<>();
            int round = 0;
            for (int count : nodeCounts) {
                while (nodes.size() < count) {
                    nodes.add(node(port + nodes.size(), url, dbUser, dbPassword));
                }
                List<String> urls = nodes.subList(0, count).stream().map(Sandbox::baseUrl).toList();
                // each run starts further along the users, so the second run logs in other people
                List<Map<String, Object>> rotated = new ArrayList<>(setup.users());
                Collections.rotate(rotated, -round * users);
                LocalDate day =
                        DataCenterDataset.START
                                .atZone(ZoneOffset.UTC)
                                .toLocalDate()
                                .minusDays(1L + round * 400L);
                LoadSimulation.plan =
                        new LoadPlan(
                                urls,
                                users,
                                ramp,
                                seconds,
                                thinkMin,
                                thinkMax,
                                rotated,
                                setup.outcomes(),
                                day,
                                LocalDate.of(2025, 11, 1),
                                LocalDate.of(2026, 10, 31));
                WriteAudit.Baseline baseline = audit.baseline();
                String load = loadAverage();
                Instant started = Instant.now();
                Path results = OUT.resolve("gatling");
                Files.createDirectories(results);
                int code =
                        Gatling$.MODULE$.fromArgs(
                                new String[] {
                                    "--simulation",
                                    LoadSimulation.class.getName(),
                                    "--results-folder",
                                    results.toAbsolutePath().toString(),
                                    "--run-description",
                                    count + " node(s), " + users + " users",
                                    "--launcher",
                                    "maven"
                                });
                Path report = newestReport(results, started);
                // PostgreSQL publishes its statistics (the deadlock count) shortly after a
                // transaction
                Thread.sleep(1500);
                WriteAudit.Written written = audit.since(baseline);
                LoadReport.Run run =
                        LoadReport.Run.of(
                                count,
                                LoadReport.read(report),
                                written,
                                load + " at the start, " + loadAverage() + " at the end",
                                report);
                runs.put(count, run);
                if (code != 0) {
                    run.problems().add("Gatling ended with code " + code);
                }
                round++;
            }
            String summary = LoadReport.summary(runs, machine(), commandLine());
            Files.writeString(OUT.resolve("summary.md"), summary, StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(summary);
            failed = runs.values().stream().anyMatch(r -> !r.passed());
        } finally {
            for (Sandbox node : nodes) {
                node.close();
            }
        }
        if (failed) {
            System.out.println("LOAD TEST FAILED: see the problems above.");
            System.exit(1);
        }
        System.out.println("Load test passed. Summary: " + OUT.resolve("summary.md"));
        System.exit(0);
    }

    private static Sandbox node(int port, String url, String user, String password)
            throws Exception {
        return Sandbox.start(
                new Sandbox.Settings(
                        "127.0.0.1", port, url, user, password, false, Sandbox.DATA_CENTER));
    }

    /** Who does what in the run. */
    record Setup(List<Map<String, Object>> users, List<Long> outcomes) {}

    /**
     * The outcome-manager group set to every licensed user, so each data-set user may record a
     * measurement (the action needs it), through the administrators' REST API as an administrator
     * would.
     */
    private static void makeEveryoneOutcomeManager(String base) throws Exception {
        String config = base + "/rest/experiment-log/1.0/admin/config";
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(config)).GET());
        require(read, 200);
        ObjectNode settings = (ObjectNode) JSON.readTree(read.body());
        settings.put("outcomeManagerGroup", "jira-software-users");
        require(
                send(
                        HttpRequest.newBuilder(URI.create(config))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(settings.toString()))),
                200);
    }

    /** One plain (Task) issue per project, which has no experiment panel. */
    private static Map<String, String> plainIssues(String base) throws Exception {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String project : DataCenterDataset.projectKeys(DataCenterDataset.Scale.DATA_CENTER)) {
            HttpResponse<String> created =
                    send(
                            HttpRequest.newBuilder(URI.create(base + "/rest/sandbox/1.0/issues"))
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    JSON.writeValueAsString(
                                                            Map.of(
                                                                    "project",
                                                                    project,
                                                                    "summary",
                                                                    "Renew the desk's phone contract",
                                                                    "type",
                                                                    "Task")))));
            require(created, 201);
            keys.put(project, JSON.readTree(created.body()).get("key").asText());
        }
        return keys;
    }

    /**
     * Per data-set user: a running experiment with iterations in a project the user may edit (the
     * users of one project take different experiments), its latest iteration, the project's plain
     * issue and a story shared with everyone.
     */
    private static Setup setup(AoDatabase database, Map<String, String> plainIssues)
            throws SQLException {
        SandboxDirectory directory =
                DataCenterDataset.directory(
                        SandboxDirectory.load(), DataCenterDataset.Scale.DATA_CENTER);
        Map<String, List<String[]>> running = new LinkedHashMap<>();
        List<Long> stories = new ArrayList<>();
        List<Long> outcomes = new ArrayList<>();
        try (Connection connection = database.rawDataSource().getConnection()) {
            String experiments = database.tableName(AoExperiment.class);
            String iterations = database.tableName(AoIteration.class);
            try (PreparedStatement select =
                    connection.prepareStatement(
                            "SELECT e.\"PROJECT_KEY\", e.\"ISSUE_KEY\", MAX(i.\"ID\") FROM \""
                                    + experiments
                                    + "\" e JOIN \""
                                    + iterations
                                    + "\" i ON i.\"EXPERIMENT_ID\" = e.\"ID\""
                                    + " WHERE e.\"STAGE\" = ? GROUP BY e.\"PROJECT_KEY\","
                                    + " e.\"ISSUE_KEY\" ORDER BY e.\"ISSUE_KEY\"")) {
                select.setString(1, "running");
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        running.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                                .add(new String[] {rows.getString(2), rows.getString(3)});
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery(
                                    "SELECT \"ID\" FROM \""
                                            + database.tableName(AoFailureStory.class)
                                            + "\" WHERE \"TO_EVERYONE\" = TRUE ORDER BY \"ID\"")) {
                while (rows.next()) {
                    stories.add(rows.getLong(1));
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery(
                                    "SELECT \"ID\" FROM \""
                                            + database.tableName(AoOutcome.class)
                                            + "\" ORDER BY \"ID\"")) {
                while (rows.next()) {
                    outcomes.add(rows.getLong(1));
                }
            }
        }
        List<Map<String, Object>> users = new ArrayList<>();
        Map<String, Integer> taken = new LinkedHashMap<>();
        int index = 0;
        for (SandboxDirectory.User user : directory.users()) {
            if (!user.name().startsWith("dc")) {
                continue; // the demo users are not part of the data set
            }
            for (SandboxDirectory.Project project : directory.projects()) {
                List<String[]> candidates = running.get(project.key());
                boolean editor = project.editGroups().stream().anyMatch(user.groups()::contains);
                if (!editor || candidates == null || !plainIssues.containsKey(project.key())) {
                    continue;
                }
                int n = taken.merge(project.key(), 1, Integer::sum) - 1;
                String[] experiment = candidates.get(n % candidates.size());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("user", user.name());
                row.put("project", project.key());
                row.put("experimentKey", experiment[0]);
                row.put("iterationId", Long.valueOf(experiment[1]));
                row.put("plainKey", plainIssues.get(project.key()));
                row.put("storyId", stories.get(index++ % stories.size()));
                users.add(row);
                break;
            }
        }
        return new Setup(users, outcomes);
    }

    private static Path newestReport(Path results, Instant after) throws IOException {
        try (Stream<Path> dirs = Files.list(results)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> lastModified(d).isAfter(after))
                    .max((a, b) -> lastModified(a).compareTo(lastModified(b)))
                    .orElseThrow(() -> new IOException("Gatling wrote no report in " + results));
        }
    }

    private static Instant lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(60))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "admin:admin"
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    "Setting up the load test: "
                            + response.request().method()
                            + " "
                            + response.uri()
                            + " answered "
                            + response.statusCode()
                            + " "
                            + response.body());
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        long memory =
                ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                .getTotalMemorySize()
                        / (1024L * 1024 * 1024);
        return runtime.availableProcessors()
                + " cores, "
                + memory
                + " GiB RAM, "
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.arch")
                + ", Java "
                + System.getProperty("java.version")
                + ", heap up to "
                + runtime.maxMemory() / (1024L * 1024 * 1024)
                + " GiB";
    }

    private static String commandLine() {
        return "mvn -Pload -Dload.users="
                + Integer.getInteger("load.users", 200)
                + " -Dload.seconds="
                + Integer.getInteger("load.seconds", 180)
                + " -Dload.ramp="
                + Integer.getInteger("load.ramp", 30)
                + " -Dload.thinkMin="
                + Integer.getInteger("load.thinkMin", 10)
                + " -Dload.thinkMax="
                + Integer.getInteger("load.thinkMax", 20)
                + " -Dload.nodes="
                + System.getProperty("load.nodes", "1,2")
                + (Integer.getInteger("load.scale", 1) > 1
                        ? " -Dload.scale=" + Integer.getInteger("load.scale", 1)
                        : "");
    }
}
