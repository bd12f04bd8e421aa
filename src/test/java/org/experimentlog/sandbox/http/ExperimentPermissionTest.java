package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Who may do what with experiments, over HTTP: anonymous callers get 401; a user who may not browse
 * the project gets 404 (the issue's existence does not leak); a user who may browse but not edit
 * reads (200) and is refused changes (403); project members and administrators may do everything.
 * Every refused change leaves the experiment as it was.
 */
public class ExperimentPermissionTest {
    private static final String API = "/rest/experiment-log/1.0/experiments/";
    private static String key;
    private static long iterationId;
    private static long resultId;
    private static long learningId;

    @BeforeClass
    public static void anExperimentWithEverything() {
        key = RunningSandbox.newIssue("PERMIT", "Experiment");
        SandboxClient pia = RunningSandbox.as("pia");
        pia.post(API + key, null);
        JsonNode json = pia.post(API + key + "/iterations", Map.of("change", "first")).json();
        iterationId = json.get("iterations").get(0).get("id").asLong();
        json =
                pia.post(
                                API + key + "/iterations/" + iterationId + "/results",
                                Map.of(
                                        "title",
                                        "Calls",
                                        "kind",
                                        "observed",
                                        "before",
                                        10,
                                        "after",
                                        8))
                        .json();
        resultId = json.get("iterations").get(0).get("results").get(0).get("id").asLong();
        json =
                pia.post(
                                API + key + "/learnings",
                                Map.of("statement", "Fewer calls", "tags", List.of("calls")))
                        .json();
        learningId = json.get("learnings").get(0).get("id").asLong();
    }

    private static long version() {
        return RunningSandbox.as("admin").get(API + key).json().get("version").asLong();
    }

    /**
     * Every write endpoint with a valid body; none of them is expected to succeed for the refused
     * callers.
     */
    private static Map<String, Object[]> writes() {
        long v = version();
        Map<String, Object[]> writes = new LinkedHashMap<>();
        writes.put("open", new Object[] {"POST", API + key, null});
        writes.put(
                "hypothesis",
                new Object[] {
                    "PUT", API + key + "/hypothesis", Map.of("version", v, "change", "x")
                });
        writes.put(
                "plan",
                new Object[] {"PUT", API + key + "/plan", Map.of("version", v, "method", "pilot")});
        writes.put(
                "transition",
                new Object[] {
                    "POST",
                    API + key + "/transitions",
                    Map.of("version", v, "stage", "abandoned", "note", "n")
                });
        writes.put(
                "add iteration",
                new Object[] {"POST", API + key + "/iterations", Map.of("change", "second")});
        writes.put(
                "edit iteration",
                new Object[] {
                    "PUT",
                    API + key + "/iterations/" + iterationId,
                    Map.of("version", 1, "change", "x")
                });
        writes.put(
                "record result",
                new Object[] {
                    "POST",
                    API + key + "/iterations/" + iterationId + "/results",
                    Map.of("title", "t", "kind", "observed", "before", 1, "after", 2)
                });
        writes.put(
                "revise result",
                new Object[] {
                    "PUT",
                    API + key + "/results/" + resultId,
                    Map.of("version", 1, "title", "t", "kind", "observed", "before", 1, "after", 2)
                });
        writes.put(
                "delete result", new Object[] {"DELETE", API + key + "/results/" + resultId, null});
        writes.put(
                "add learning",
                new Object[] {"POST", API + key + "/learnings", Map.of("statement", "s")});
        writes.put(
                "edit learning",
                new Object[] {
                    "PUT",
                    API + key + "/learnings/" + learningId,
                    Map.of("version", 1, "statement", "s")
                });
        writes.put(
                "delete learning",
                new Object[] {"DELETE", API + key + "/learnings/" + learningId, null});
        return writes;
    }

    private static List<String> reads() {
        return List.of(
                API + key,
                API + key + "/history",
                API.substring(0, API.length() - 1) + "?project=PERMIT");
    }

    private static void assertWritesAnswer(SandboxClient client, int expected) {
        String before = RunningSandbox.as("admin").get(API + key).body();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Object[]> write : writes().entrySet()) {
            Object[] w = write.getValue();
            SandboxClient.Reply reply =
                    client.send((String) w[0], (String) w[1], w[2], "application/json");
            if (reply.status() != expected) {
                wrong.add(write.getKey() + " answered " + reply);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals("nothing changed", before, RunningSandbox.as("admin").get(API + key).body());
    }

    private static void assertReadsAnswer(SandboxClient client, int expected) {
        List<String> wrong = new ArrayList<>();
        for (String read : reads()) {
            SandboxClient.Reply reply = client.get(read);
            if (reply.status() != expected) {
                wrong.add(read + " answered " + reply);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void anonymous_shouldGet401Everywhere() {
        assertReadsAnswer(RunningSandbox.anonymous(), 401);
        assertWritesAnswer(RunningSandbox.anonymous(), 401);
    }

    @Test
    public void aUserWhoMayNotBrowseTheProject_shouldGet404Everywhere() {
        assertReadsAnswer(RunningSandbox.as("olaf"), 404);
        assertWritesAnswer(RunningSandbox.as("olaf"), 404);
    }

    @Test
    public void aUserWhoMayBrowseButNotEdit_shouldReadButGet403ForChanges() {
        assertReadsAnswer(RunningSandbox.as("vera"), 200);
        assertWritesAnswer(RunningSandbox.as("vera"), 403);
    }

    @Test
    public void aProjectMemberInNoDepartment_andAnAdministrator_shouldRead() {
        assertReadsAnswer(RunningSandbox.as("nina"), 200);
        assertReadsAnswer(RunningSandbox.as("admin"), 200);
    }

    @Test
    public void wrongCredentials_shouldGet401() {
        SandboxClient.Reply reply =
                RunningSandbox.anonymous().send("GET", API + key, null, "application/json");
        SandboxClient wrong = new SandboxClient(RunningSandbox.get().baseUrl(), "nobody");

        assertEquals(401, reply.status());
        assertEquals(401, wrong.get(API + key).status());
    }

    @Test
    public void aMember_andAnAdministrator_shouldChangeTheExperiment() {
        String other = RunningSandbox.newIssue("PERMIT", "Experiment");

        assertEquals(201, RunningSandbox.as("nina").post(API + other, null).status());
        assertEquals(
                200,
                RunningSandbox.as("admin")
                        .put(
                                API + other + "/hypothesis",
                                Map.of("version", 1, "change", "by admin"))
                        .status());
        assertEquals(
                201,
                RunningSandbox.as("dirk")
                        .post(API + other + "/iterations", Map.of("change", "by dirk"))
                        .status());
    }
}
