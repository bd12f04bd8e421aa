package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

/**
 * The undo of a removal over HTTP: a deleted measurement and a removed "applied in" record are
 * re-created with {@code restore=true}, audited as restored; a restore flag that is neither true
 * nor false is refused naming it, and changes nothing.
 */
public class RestoreApiTest {
    private static final String API = "/rest/experiment-log/1.0";

    private final SandboxClient admin = RunningSandbox.as("admin");

    private long outcome() {
        String department =
                admin.post(API + "/departments", Map.of("name", "Restore " + UUID.randomUUID()))
                        .json()
                        .get("id")
                        .asText();
        return admin.post(
                        API + "/outcomes",
                        Map.of(
                                "title",
                                "Restore " + UUID.randomUUID(),
                                "metric",
                                Map.of("kind", "speed-of-service"),
                                "baseline",
                                Map.of("value", 12, "date", "2025-01-01"),
                                "target",
                                Map.of("value", 6, "date", "2026-12-31"),
                                "ownerDepartment",
                                Long.parseLong(department)))
                .json()
                .get("id")
                .asLong();
    }

    private String lastAction(String type, long objectId) {
        JsonNode page = admin.get(API + "/admin/audit?type=" + type + "&id=" + objectId).json();
        return page.get("values").get(0).get("action").asText();
    }

    @Test
    public void restore_shouldRecreateADeletedMeasurement_auditedAsRestored() {
        long id = outcome();
        Map<String, Object> body = Map.of("value", 7.25, "measuredOn", "2026-01-10", "note", "n");
        long first =
                admin.post(API + "/outcomes/" + id + "/measurements", body)
                        .json()
                        .get("id")
                        .asLong();
        assertEquals(
                204, admin.delete(API + "/outcomes/" + id + "/measurements/" + first).status());

        SandboxClient.Reply restored =
                admin.post(API + "/outcomes/" + id + "/measurements?restore=true", body);

        assertEquals(restored.toString(), 201, restored.status());
        assertEquals(7.25, restored.json().get("value").asDouble(), 0);
        assertEquals("n", restored.json().get("note").asText());
        assertEquals("restored", lastAction("measurement", restored.json().get("id").asLong()));
    }

    @Test
    public void restore_shouldAnswer400NamingIt_whenNeitherTrueNorFalse() {
        long id = outcome();

        SandboxClient.Reply reply =
                admin.post(
                        API + "/outcomes/" + id + "/measurements?restore=yes",
                        Map.of("value", 1, "measuredOn", "2026-01-10"));

        assertEquals(reply.toString(), 400, reply.status());
        assertEquals("restore", reply.json().get("errors").get(0).get("field").asText());
        assertTrue(
                admin.get(API + "/outcomes/" + id + "/measurements")
                        .json()
                        .get("values")
                        .isEmpty());
    }

    @Test
    public void restore_shouldRecreateARemovedAppliedInRecord_auditedAsRestored() {
        SandboxClient pia = RunningSandbox.as("pia");
        SandboxClient dirk = RunningSandbox.as("dirk");
        Map<String, Object> story =
                Map.of(
                        "title", "Restore " + UUID.randomUUID(),
                        "whatWeTried", "Letters.",
                        "whatHappened", "They came back.",
                        "whatWeLearned", "Check addresses.",
                        "factors", List.of("time-pressure"),
                        "impact", "low",
                        "audience", Map.of("everyone", true, "departments", List.of()));
        long id = pia.post(API + "/failures", story).json().get("id").asLong();
        String issueKey = RunningSandbox.newExperiment("MOVE");
        Map<String, Object> record = Map.of("issueKey", issueKey, "note", "Checked first.");
        assertEquals(201, dirk.post(API + "/failures/" + id + "/applied", record).status());
        assertEquals(204, dirk.delete(API + "/failures/" + id + "/applied/" + issueKey).status());

        SandboxClient.Reply restored =
                dirk.post(API + "/failures/" + id + "/applied?restore=true", record);

        assertEquals(restored.toString(), 201, restored.status());
        assertEquals("Checked first.", restored.json().get("note").asText());
        assertEquals("restored", lastAction("failure-story", id));
    }
}
