package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.experimentlog.sandbox.Sandbox;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Data Center in small: two sandbox nodes on one PostgreSQL database. The HTTP flow runs across
 * both nodes, and concurrent edits through the two nodes with the same version leave exactly one
 * winner and no lost update.
 */
public class PostgresNodesTest {
    private static final String API = "/rest/experiment-log/1.0/experiments/";
    private static final String CONFIG = "/rest/experiment-log/1.0/admin/config";
    private static Sandbox first;
    private static Sandbox second;

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        String url = AoDatabase.freshPostgresUrl();
        first =
                Sandbox.start(
                        new Sandbox.Settings(
                                "127.0.0.1",
                                0,
                                url,
                                AoDatabase.postgresUser(),
                                AoDatabase.postgresPassword(),
                                false));
        second =
                Sandbox.start(
                        new Sandbox.Settings(
                                "127.0.0.1",
                                0,
                                url,
                                AoDatabase.postgresUser(),
                                AoDatabase.postgresPassword(),
                                false));
    }

    @AfterClass
    public static void stopNodes() throws Exception {
        first.close();
        second.close();
    }

    private static SandboxClient on(Sandbox node, String user) {
        return new SandboxClient(node.baseUrl(), user);
    }

    private static String newExperiment(Sandbox node) {
        SandboxClient.Reply issue =
                on(node, "admin")
                        .post(
                                "/rest/sandbox/1.0/issues",
                                Map.of(
                                        "project",
                                        "PERMIT",
                                        "summary",
                                        "Across nodes",
                                        "type",
                                        "Experiment"));
        String key = issue.json().get("key").asText();
        assertEquals(201, on(node, "pia").post(API + key, null).status());
        return key;
    }

    @Test
    public void flow_shouldWorkAcrossBothNodes_onPostgres() {
        String key = newExperiment(first);
        SandboxClient pia1 = on(first, "pia");
        SandboxClient pia2 = on(second, "pia");

        pia2.put(
                API + key + "/hypothesis",
                Map.of(
                        "version",
                        1,
                        "change",
                        "c",
                        "audience",
                        "a",
                        "expectedResult",
                        "r",
                        "signal",
                        "rises by 5 points"));
        pia1.post(API + key + "/transitions", Map.of("version", 2, "stage", "running"));
        long iteration =
                pia2.post(API + key + "/iterations", Map.of("change", "first"))
                        .json()
                        .get("iterations")
                        .get(0)
                        .get("id")
                        .asLong();
        pia1.post(
                API + key + "/iterations/" + iteration + "/results",
                Map.of(
                        "title",
                        "Rate",
                        "kind",
                        "mean",
                        "controlSize",
                        40,
                        "controlMean",
                        5.5,
                        "controlSd",
                        1.2,
                        "variantSize",
                        41,
                        "variantMean",
                        6.1,
                        "variantSd",
                        1.1));
        pia2.post(
                API + key + "/learnings",
                Map.of("statement", "Across nodes works", "tags", List.of("dc")));
        pia1.post(API + key + "/transitions", Map.of("version", 3, "stage", "analysing"));
        SandboxClient.Reply concluded =
                pia2.post(
                        API + key + "/transitions",
                        Map.of("version", 4, "stage", "concluded", "verdict", "validated"));

        assertEquals(concluded.toString(), 200, concluded.status());
        assertEquals("concluded", pia1.get(API + key).json().get("stage").asText());
        assertEquals(
                6.1,
                pia1.get(API + key)
                        .json()
                        .get("iterations")
                        .get(0)
                        .get("results")
                        .get(0)
                        .get("variantMean")
                        .asDouble(),
                0);
    }

    /**
     * The panel reads the settings from the host's cache (no query per view): a save on one node
     * makes the other node's next view show the new settings.
     */
    @Test
    public void thePanel_shouldShowSettingsSavedOnTheOtherNode_atItsNextView() {
        String key = newExperiment(first);
        SandboxClient pia2 = on(second, "pia");
        String prompt = "For example a shorter renewal form " + System.nanoTime();
        assertFalse(pia2.get("/browse/" + key).body().contains(prompt));
        SandboxClient admin1 = on(first, "admin");
        JsonNode config = admin1.get(CONFIG).json();
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("anonymousStoriesAllowed", config.get("anonymousStoriesAllowed").asBoolean());
        changed.put("storiesVisibleToEveryone", config.get("storiesVisibleToEveryone").asBoolean());
        changed.put("confidenceLevel", config.get("confidenceLevel").asDouble());
        changed.put("version", config.get("version").asLong());
        changed.put(
                "hypothesisPrompts",
                Map.of("en", Map.of("change", prompt), "nl", Map.of("change", prompt)));

        SandboxClient.Reply saved = admin1.put(CONFIG, changed);

        assertEquals(saved.toString(), 200, saved.status());
        assertTrue(pia2.get("/browse/" + key).body().contains(prompt));
    }

    @Test
    public void concurrentEdits_throughTwoNodes_shouldLeaveExactlyOneWinner() throws Exception {
        String key = newExperiment(first);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            SandboxClient client = on(i % 2 == 0 ? first : second, "pia");
            String change = "writer " + i;
            Callable<Integer> write =
                    () -> {
                        start.await();
                        return client.put(
                                        API + key + "/hypothesis",
                                        Map.of("version", 1, "change", change))
                                .status();
                    };
            statuses.add(pool.submit(write));
        }

        start.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            results.add(status.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(results.toString(), 1, results.stream().filter(s -> s == 200).count());
        assertEquals(
                results.toString(), writers - 1, results.stream().filter(s -> s == 409).count());
        var stored = on(second, "pia").get(API + key).json();
        assertEquals(2, stored.get("version").asInt());
        assertTrue(stored.get("hypothesis").get("change").asText().startsWith("writer "));
    }
}
