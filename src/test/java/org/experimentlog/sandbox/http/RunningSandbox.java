package org.experimentlog.sandbox.http;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.experimentlog.sandbox.Sandbox;

/**
 * One sandbox per test JVM, on a free port and a fresh H2 database, without demo data: tests make
 * exactly the data they need through the API. Stopped when the JVM ends.
 */
public final class RunningSandbox {
    private static Sandbox sandbox;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private RunningSandbox() {}

    public static synchronized Sandbox get() {
        if (sandbox == null) {
            try {
                sandbox =
                        Sandbox.start(
                                new Sandbox.Settings(
                                        "127.0.0.1",
                                        0,
                                        "jdbc:h2:mem:sandbox-tests;DB_CLOSE_DELAY=-1",
                                        "sa",
                                        "",
                                        false));
            } catch (Exception e) {
                throw new IllegalStateException("The sandbox did not start", e);
            }
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        try {
                                            sandbox.close();
                                        } catch (Exception e) {
                                            // the JVM is ending
                                        }
                                    }));
        }
        return sandbox;
    }

    /** A client logged in as this user (password = user name, admin/admin). */
    public static SandboxClient as(String user) {
        return new SandboxClient(get().baseUrl(), user);
    }

    public static SandboxClient anonymous() {
        return new SandboxClient(get().baseUrl(), null);
    }

    /** Creates an Experiment issue and opens its experiment (as admin); returns the issue key. */
    public static String newExperiment(String project) {
        String key = newIssue(project, "Experiment");
        SandboxClient.Reply reply =
                as("admin").post("/rest/experiment-log/1.0/experiments/" + key, null);
        if (reply.status() != 201) {
            throw new AssertionError("Could not open the experiment: " + reply);
        }
        return key;
    }

    /** Creates an issue through the sandbox's own API (as admin) and returns its key. */
    public static String newIssue(String project, String type) {
        SandboxClient.Reply reply =
                as("admin")
                        .post(
                                "/rest/sandbox/1.0/issues",
                                Map.of(
                                        "project",
                                        project,
                                        "summary",
                                        "Test issue " + SEQUENCE.incrementAndGet(),
                                        "type",
                                        type));
        if (reply.status() != 201) {
            throw new AssertionError("Could not create an issue: " + reply);
        }
        return reply.json().get("key").asText();
    }
}
