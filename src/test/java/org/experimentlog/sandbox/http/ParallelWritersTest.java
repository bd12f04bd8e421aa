package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.experimentlog.sandbox.Sandbox;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.AfterClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Twenty writers at once, per kind of record, on H2 and on PostgreSQL: no answer is a 5xx (a
 * deadlock or a serialization failure is retried or answered 409), iteration numbers stay
 * consecutive, and every write that succeeded left exactly one audit entry. "This helped me"
 * answers the same to every identical request.
 */
@RunWith(Parameterized.class)
public class ParallelWritersTest {
    private static final String API = "/rest/experiment-log/1.0";
    private static final int WRITERS = 20;
    private static final Map<AoDatabase.Kind, Sandbox> SANDBOXES = new HashMap<>();

    @Parameter public AoDatabase.Kind kind;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(
                new Object[] {AoDatabase.Kind.H2}, new Object[] {AoDatabase.Kind.POSTGRESQL});
    }

    @AfterClass
    public static void stopSandboxes() throws Exception {
        for (Sandbox sandbox : SANDBOXES.values()) {
            sandbox.close();
        }
        SANDBOXES.clear();
    }

    private Sandbox sandbox() {
        return SANDBOXES.computeIfAbsent(
                kind,
                k -> {
                    try {
                        return k == AoDatabase.Kind.H2
                                ? Sandbox.start(
                                        new Sandbox.Settings(
                                                "127.0.0.1",
                                                0,
                                                "jdbc:h2:mem:parallel-"
                                                        + UUID.randomUUID()
                                                        + ";DB_CLOSE_DELAY=-1",
                                                "sa",
                                                "",
                                                false))
                                : Sandbox.start(
                                        new Sandbox.Settings(
                                                "127.0.0.1",
                                                0,
                                                AoDatabase.freshPostgresUrl(),
                                                AoDatabase.postgresUser(),
                                                AoDatabase.postgresPassword(),
                                                false));
                    } catch (Exception e) {
                        throw new IllegalStateException("The sandbox did not start", e);
                    }
                });
    }

    private SandboxClient as(String user) {
        return new SandboxClient(sandbox().baseUrl(), user);
    }

    private String newExperiment() {
        SandboxClient.Reply issue =
                as("admin")
                        .post(
                                "/rest/sandbox/1.0/issues",
                                Map.of(
                                        "project",
                                        "PERMIT",
                                        "summary",
                                        "Parallel",
                                        "type",
                                        "Experiment"));
        String key = issue.json().get("key").asText();
        assertEquals(201, as("pia").post(API + "/experiments/" + key, null).status());
        return key;
    }

    /**
     * Sends the requests all at once (each writer waits at a gate) and returns the answers in
     * writer order.
     */
    private static List<SandboxClient.Reply> atOnce(IntFunction<SandboxClient.Reply> writer)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<SandboxClient.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                futures.add(
                        pool.submit(
                                () -> {
                                    gate.await();
                                    return writer.apply(n);
                                }));
            }
            gate.countDown();
            List<SandboxClient.Reply> replies = new ArrayList<>();
            for (Future<SandboxClient.Reply> future : futures) {
                replies.add(future.get(120, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long successes(List<SandboxClient.Reply> replies, int... ok) {
        long count = 0;
        for (SandboxClient.Reply reply : replies) {
            assertTrue("no 5xx: " + reply, reply.status() < 500);
            boolean accepted = false;
            for (int status : ok) {
                accepted |= reply.status() == status;
            }
            assertTrue("a success or a 409: " + reply, accepted || reply.status() == 409);
            if (accepted) {
                count++;
            }
        }
        return count;
    }

    /**
     * The audit entries of this type and action written since the sandbox started (newest first,
     * all pages).
     */
    private List<JsonNode> audit(String type, String action) {
        List<JsonNode> found = new ArrayList<>();
        for (int startAt = 0; ; startAt += 100) {
            JsonNode page =
                    as("admin")
                            .get(API + "/admin/audit/recent?maxResults=100&startAt=" + startAt)
                            .json();
            for (JsonNode entry : page.get("values")) {
                if (entry.get("type").asText().equals(type)
                        && entry.get("action").asText().equals(action)) {
                    found.add(entry);
                }
            }
            if (startAt + 100 >= page.get("total").asInt()) {
                return found;
            }
        }
    }

    @Test
    public void addIteration_shouldNumberConsecutivelyWithout5xx_whenTwentyWritersAddAtOnce()
            throws Exception {
        String key = newExperiment();
        SandboxClient pia = as("pia");
        int before = audit("iteration", "created").size();

        List<SandboxClient.Reply> replies =
                atOnce(
                        n ->
                                pia.post(
                                        API + "/experiments/" + key + "/iterations",
                                        Map.of("change", "Parallel " + n)));

        long added = successes(replies, 201);
        JsonNode iterations = pia.get(API + "/experiments/" + key).json().get("iterations");
        assertEquals(added, iterations.size());
        for (int i = 0; i < iterations.size(); i++) {
            assertEquals(i + 1, iterations.get(i).get("number").asInt());
        }
        assertEquals(added, audit("iteration", "created").size() - before);
        assertTrue("most writers get through with retries: " + added, added >= WRITERS / 2);
    }

    @Test
    public void recordResult_shouldKeepEveryResultWithout5xx_whenTwentyWritersRecordAtOnce()
            throws Exception {
        String key = newExperiment();
        SandboxClient pia = as("pia");
        long iteration =
                pia.post(API + "/experiments/" + key + "/iterations", Map.of("change", "one"))
                        .json()
                        .get("iterations")
                        .get(0)
                        .get("id")
                        .asLong();
        int before = audit("result", "created").size();

        List<SandboxClient.Reply> replies =
                atOnce(
                        n ->
                                pia.post(
                                        API
                                                + "/experiments/"
                                                + key
                                                + "/iterations/"
                                                + iteration
                                                + "/results",
                                        Map.of(
                                                "title",
                                                "Rate " + n,
                                                "kind",
                                                "observed",
                                                "before",
                                                n,
                                                "after",
                                                n + 1)));

        long recorded = successes(replies, 201);
        assertEquals(
                recorded,
                pia.get(API + "/experiments/" + key)
                        .json()
                        .get("iterations")
                        .get(0)
                        .get("results")
                        .size());
        assertEquals(recorded, audit("result", "created").size() - before);
    }

    @Test
    public void addLearning_shouldKeepEveryLearningWithout5xx_whenTwentyWritersAddAtOnce()
            throws Exception {
        String key = newExperiment();
        SandboxClient pia = as("pia");
        int before = audit("learning", "created").size();

        List<SandboxClient.Reply> replies =
                atOnce(
                        n ->
                                pia.post(
                                        API + "/experiments/" + key + "/learnings",
                                        Map.of(
                                                "statement",
                                                "Lesson " + n,
                                                "tags",
                                                List.of("parallel", "t" + n))));

        long added = successes(replies, 201);
        assertEquals(added, pia.get(API + "/experiments/" + key).json().get("learnings").size());
        assertEquals(added, audit("learning", "created").size() - before);
    }

    @Test
    public void markHelped_shouldAnswerAlikeAndAuditOnce_whenTwentyIdenticalRequestsArriveAtOnce()
            throws Exception {
        Map<String, Object> story = new LinkedHashMap<>(StoryFixtures.storyForEveryone());
        long id = StoryFixtures.share(as("pia"), story);
        SandboxClient dirk = as("dirk");
        int marksBefore = audit("failure-story", "marked").size();
        int unmarksBefore = audit("failure-story", "unmarked").size();

        List<SandboxClient.Reply> marks =
                atOnce(n -> dirk.post(API + "/failures/" + id + "/helpful", null));
        List<SandboxClient.Reply> unmarks =
                atOnce(n -> dirk.delete(API + "/failures/" + id + "/helpful"));

        for (SandboxClient.Reply reply : marks) {
            assertEquals(reply.toString(), 200, reply.status());
            assertEquals(marks.get(0).body(), reply.body());
        }
        for (SandboxClient.Reply reply : unmarks) {
            assertEquals(reply.toString(), 200, reply.status());
            assertEquals(unmarks.get(0).body(), reply.body());
        }
        assertEquals(1, audit("failure-story", "marked").size() - marksBefore);
        assertEquals(1, audit("failure-story", "unmarked").size() - unmarksBefore);
    }

    @Test
    public void
            recordMeasurement_shouldKeepEveryMeasurementWithout5xx_whenTwentyWritersRecordAtOnce()
                    throws Exception {
        SandboxClient admin = as("admin");
        long department =
                admin.post(API + "/departments", Map.of("name", "Parallel " + UUID.randomUUID()))
                        .json()
                        .get("id")
                        .asLong();
        long outcome =
                admin.post(
                                API + "/outcomes",
                                Map.of(
                                        "title",
                                        "Parallel " + UUID.randomUUID(),
                                        "metric",
                                        Map.of("kind", "digital-take-up"),
                                        "baseline",
                                        Map.of("value", 40, "date", "2025-01-01"),
                                        "target",
                                        Map.of("value", 70, "date", "2026-12-31"),
                                        "ownerDepartment",
                                        department))
                        .json()
                        .get("id")
                        .asLong();
        int before = audit("measurement", "created").size();

        List<SandboxClient.Reply> replies =
                atOnce(
                        n ->
                                admin.post(
                                        API + "/outcomes/" + outcome + "/measurements",
                                        Map.of(
                                                "value",
                                                40 + n,
                                                "measuredOn",
                                                String.format("2025-02-%02d", n + 1))));

        long recorded = successes(replies, 201);
        assertEquals(
                recorded,
                admin.get(API + "/outcomes/" + outcome + "/measurements")
                        .json()
                        .get("values")
                        .size());
        assertEquals(recorded, audit("measurement", "created").size() - before);
    }
}
