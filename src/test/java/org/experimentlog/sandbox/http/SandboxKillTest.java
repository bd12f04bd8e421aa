package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Durability: the sandbox started as {@code mvn -Psandbox} starts it (its own JVM, its default H2
 * file), killed with SIGKILL in the middle of a burst of writes, started again: every write it had
 * answered 2xx is there. Prints how many writes were acknowledged per second, the figure
 * docs/performance.md gives for the cost of durable commits.
 */
public class SandboxKillTest {
    private static final Duration START = Duration.ofMinutes(3);
    private static final int WRITERS = 4;
    private static final String API = "/rest/experiment-log/1.0";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path directory;
    private Process sandbox;

    @Before
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("sandbox-kill-test");
    }

    @After
    public void tearDown() throws InterruptedException {
        if (sandbox != null && sandbox.isAlive()) {
            sandbox.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary directory; the system cleans it up eventually
        }
    }

    @Test
    public void sandbox_shouldKeepEveryAcknowledgedWrite_whenKilledDuringABurstOfWrites()
            throws Exception {
        String base = start();
        Queue<String> acknowledgedIssues = new ConcurrentLinkedQueue<>();
        Queue<String> acknowledgedExperiments = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(
                    () -> {
                        while (!killed.get()) {
                            try {
                                HttpResponse<String> issue =
                                        post(
                                                base + "/rest/sandbox/1.0/issues",
                                                "{\"project\":\"PERMIT\","
                                                        + "\"summary\":\"Burst "
                                                        + sequence.incrementAndGet()
                                                        + "\",\"type\":\"Experiment\"}");
                                if (issue.statusCode() != 201) {
                                    continue;
                                }
                                String key =
                                        issue.body()
                                                .replaceAll(
                                                        "(?s).*\"key\"\\s*:\\s*\"([A-Z]+-\\d+)\".*",
                                                        "$1");
                                acknowledgedIssues.add(key);
                                if (post(base + API + "/experiments/" + key, null).statusCode()
                                        == 201) {
                                    acknowledgedExperiments.add(key);
                                }
                            } catch (IOException e) {
                                // the sandbox is gone; an unanswered write was never acknowledged
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    });
        }
        long began = System.nanoTime();
        while (acknowledgedExperiments.size() < 60
                && System.nanoTime() - began < TimeUnit.SECONDS.toNanos(60)) {
            Thread.sleep(50);
        }
        sandbox.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the database
        double seconds = (System.nanoTime() - began) / 1e9;
        sandbox.waitFor(30, TimeUnit.SECONDS);
        killed.set(true);
        writers.shutdown();
        writers.awaitTermination(30, TimeUnit.SECONDS);
        List<String> issues = new ArrayList<>(acknowledgedIssues);
        List<String> experiments = new ArrayList<>(acknowledgedExperiments);
        System.out.printf(
                "Kill test: %d issues and %d experiments acknowledged in %.1f s (%.0f writes/s), then SIGKILL%n",
                issues.size(),
                experiments.size(),
                seconds,
                (issues.size() + experiments.size()) / seconds);

        String again = start();
        List<String> lost = new ArrayList<>();
        for (String key : issues) {
            if (get(again + "/rest/sandbox/1.0/issues/" + key) != 200) {
                lost.add("issue " + key);
            }
        }
        for (String key : experiments) {
            if (get(again + API + "/experiments/" + key) != 200) {
                lost.add("experiment " + key);
            }
        }

        assertTrue(
                "too few writes before the kill to prove anything: " + experiments.size(),
                experiments.size() >= 20);
        assertEquals(List.of(), lost);
    }

    /**
     * Starts the sandbox in its own JVM, in the temporary directory (so its default H2 file lands
     * there).
     */
    private String start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String classpath =
                System.getProperty(
                        "surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                classpath,
                                "org.experimentlog.sandbox.SandboxMain",
                                "--port",
                                Integer.toString(port),
                                "--no-demo-data")
                        .directory(directory.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(
                                ProcessBuilder.Redirect.appendTo(
                                        new File(directory.toFile(), "sandbox.log")));
        sandbox = builder.start();
        String base = "http://127.0.0.1:" + port + "/jira";
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!sandbox.isAlive()) {
                throw new AssertionError(
                        "The sandbox stopped on its own: "
                                + Files.readString(directory.resolve("sandbox.log")));
            }
            try {
                if (get(base + "/login.jsp") == 200) {
                    return base;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The sandbox did not start within " + START);
    }

    private HttpResponse<String> post(String url, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Basic YWRtaW46YWRtaW4=") // admin:admin
                        .header("Content-Type", "application/json");
        request.POST(
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int get(String url) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
