package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Deleting the issue of a published experiment withdraws its publication: the open data and the
 * public page say it was withdrawn because the issue was deleted, nothing of the record stays
 * public, and the withdrawal is audited with who deleted the issue.
 */
public class RegisterIssueDeletionTest {
    private static final String API = "/rest/experiment-log/1.0";
    private static final String PAGES = "/plugins/servlet/experiment-log/register";

    private SandboxClient admin;
    private boolean publishingWasOn;
    private String title;

    @Before
    public void setUp() {
        admin = RunningSandbox.as("admin");
        JsonNode settings = admin.get(API + "/register/settings").json();
        publishingWasOn = settings.get("enabled").asBoolean();
        check(
                admin.put(
                        API + "/register/settings",
                        Map.of("enabled", true, "version", settings.get("version").asLong())),
                200);
        title = "Deleted later " + UUID.randomUUID();
    }

    @After
    public void tearDown() {
        JsonNode settings = admin.get(API + "/register/settings").json();
        check(
                admin.put(
                        API + "/register/settings",
                        Map.of(
                                "enabled",
                                publishingWasOn,
                                "version",
                                settings.get("version").asLong())),
                200);
    }

    @Test
    public void deletingTheIssue_shouldWithdrawThePublication_withTheReasonAndAnAuditEntry() {
        String key = publishedAndAbandoned();
        long number = admin.get(API + "/experiments/" + key).json().get("id").asLong();
        JsonNode before =
                RunningSandbox.anonymous().get(API + "/register/experiments/" + number).json();
        assertTrue(!before.path("withdrawal").isObject());
        assertTrue(before.path("experiment").isObject());

        check(admin.delete("/rest/api/2/issue/" + key), 204);

        JsonNode after =
                RunningSandbox.anonymous().get(API + "/register/experiments/" + number).json();
        assertEquals(title, after.get("title").asText());
        assertEquals(
                "The experiment's issue was deleted.", after.at("/withdrawal/reason").asText());
        assertTrue(!after.path("experiment").isObject());
        SandboxClient.Reply page =
                RunningSandbox.anonymous().get(PAGES + "/" + number + "?lang=en");
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("issue was deleted."));
        assertTrue(!page.body().contains("residents who move"));
        JsonNode audit =
                admin.get(API + "/admin/audit?type=publication&id=" + number).json().get("values");
        boolean withdrawn = false;
        for (JsonNode entry : audit) {
            withdrawn |=
                    entry.get("action").asText().equals("withdrawn")
                            && entry.get("actor").asText().equals("admin")
                            && entry.get("summary").asText().contains("issue was deleted");
        }
        assertTrue(audit.toString(), withdrawn);
        assertEquals(404, admin.get(API + "/experiments/" + key).status());
    }

    /** A MOVE experiment that ran, was abandoned and is published; its key. */
    private String publishedAndAbandoned() {
        String key =
                admin.post(
                                "/rest/sandbox/1.0/issues",
                                Map.of("project", "MOVE", "summary", title, "type", "Experiment"))
                        .json()
                        .get("key")
                        .asText();
        check(admin.post(API + "/experiments/" + key, null), 201);
        check(
                admin.put(
                        API + "/experiments/" + key + "/hypothesis",
                        Map.of(
                                "version",
                                version(key),
                                "change",
                                "a reminder letter",
                                "audience",
                                "residents who move",
                                "expectedResult",
                                "more changes of address on time",
                                "signal",
                                "late changes drop by a third")),
                200);
        check(
                admin.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of("version", version(key), "stage", "running")),
                200);
        check(
                admin.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of(
                                "version",
                                version(key),
                                "stage",
                                "abandoned",
                                "note",
                                "The printing contract ended.")),
                200);
        check(admin.post(API + "/publications/" + key, Map.of()), 201);
        return key;
    }

    private long version(String key) {
        return admin.get(API + "/experiments/" + key).json().get("version").asLong();
    }

    private static void check(SandboxClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + ": " + reply);
        }
    }
}
