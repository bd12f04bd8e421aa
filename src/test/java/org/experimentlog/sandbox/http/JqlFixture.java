package org.experimentlog.sandbox.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Experiments for the JQL function tests, made once per test JVM through the app's API in the
 * shared sandbox, all in a department, with an outcome and a learning tag of their own (the sandbox
 * is shared, so other tests' data never matches these names):
 *
 * <ul>
 *   <li>{@link #concluded}: PERMIT, concluded as invalidated, aims at the outcome, a learning
 *       tagged with the tag;
 *   <li>{@link #running}: PERMIT, running, aims at the outcome;
 *   <li>{@link #designing}: MOVE (which olaf may browse, unlike PERMIT), designing, a learning
 *       tagged with the tag.
 * </ul>
 */
public final class JqlFixture {
    private static final String EXPERIMENTS = "/rest/experiment-log/1.0/experiments/";
    private static JqlFixture instance;

    public final String word = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    public final String department = "Jql " + word;
    public final String outcomeTitle = "Jql outcome " + word;
    public final String tag = "tag-" + word;
    public final long outcomeId;
    public final String concluded;
    public final String running;
    public final String designing;

    private JqlFixture() {
        SandboxClient admin = RunningSandbox.as("admin");
        long departmentId =
                check(
                                admin.post(
                                        "/rest/experiment-log/1.0/departments",
                                        Map.of("name", department)),
                                201)
                        .json()
                        .get("id")
                        .asLong();
        outcomeId =
                check(
                                admin.post(
                                        "/rest/experiment-log/1.0/outcomes",
                                        Map.of(
                                                "title",
                                                outcomeTitle,
                                                "description",
                                                "Residents apply without visiting the desk.",
                                                "metric",
                                                Map.of("kind", "digital-take-up"),
                                                "baseline",
                                                Map.of("value", 40, "date", "2025-01-01"),
                                                "target",
                                                Map.of("value", 70, "date", "2026-12-31"),
                                                "ownerDepartment",
                                                departmentId)),
                                201)
                        .json()
                        .get("id")
                        .asLong();
        SandboxClient pia = RunningSandbox.as("pia");
        concluded = experiment(pia, "PERMIT", departmentId, outcomeId);
        hypothesis(pia, concluded);
        learn(pia, concluded, "Letters do not move renewals " + word, tag);
        for (String stage : List.of("running", "analysing")) {
            move(pia, concluded, Map.of("stage", stage));
        }
        move(pia, concluded, Map.of("stage", "concluded", "verdict", "invalidated"));
        running = experiment(pia, "PERMIT", departmentId, outcomeId);
        hypothesis(pia, running);
        move(pia, running, Map.of("stage", "running"));
        designing = experiment(pia, "MOVE", departmentId, null);
        learn(pia, designing, "Movers read the first line only " + word, tag, "forms");
    }

    public static synchronized JqlFixture get() {
        if (instance == null) {
            instance = new JqlFixture();
        }
        return instance;
    }

    /** The JQL clause restricting a query to this fixture's experiments. */
    public String ours() {
        return "issue in experimentsForDepartment(\"" + department + "\")";
    }

    private static String experiment(
            SandboxClient client, String project, long department, Long outcome) {
        String key = RunningSandbox.newIssue(project, "Experiment");
        check(client.post(EXPERIMENTS + key, null), 201);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        if (outcome != null) {
            outcomes.add(Map.of("outcomeId", outcome, "expected", "increase"));
        }
        check(
                client.put(
                        EXPERIMENTS + key + "/plan",
                        Map.of(
                                "version",
                                version(client, key),
                                "departments",
                                List.of(department),
                                "outcomes",
                                outcomes)),
                200);
        return key;
    }

    private static void hypothesis(SandboxClient client, String key) {
        check(
                client.put(
                        EXPERIMENTS + key + "/hypothesis",
                        Map.of(
                                "version",
                                version(client, key),
                                "change",
                                "a reminder letter",
                                "audience",
                                "permit holders",
                                "expectedResult",
                                "earlier renewals",
                                "reason",
                                "people forget the date",
                                "signal",
                                "renewals before expiry rise from 50% to 65%")),
                200);
    }

    private static void learn(SandboxClient client, String key, String statement, String... tags) {
        check(
                client.post(
                        EXPERIMENTS + key + "/learnings",
                        Map.of("statement", statement, "tags", List.of(tags))),
                201);
    }

    private static void move(SandboxClient client, String key, Map<String, Object> transition) {
        Map<String, Object> body = new HashMap<>(transition);
        body.put("version", version(client, key));
        check(client.post(EXPERIMENTS + key + "/transitions", body), 200);
    }

    private static long version(SandboxClient client, String key) {
        return client.get(EXPERIMENTS + key).json().get("version").asLong();
    }

    private static SandboxClient.Reply check(SandboxClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + ": " + reply);
        }
        return reply;
    }
}
