package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.After;
import org.junit.Test;

/** Which projects offer the Experiment issue type, over real HTTP against the running sandbox. */
public class AdminProjectsApiTest {
    private static final String PROJECTS = "/rest/experiment-log/1.0/admin/projects";

    private final SandboxClient admin = RunningSandbox.as("admin");

    @After
    public void offerEverywhereAgain() {
        for (String key : new String[] {"PERMIT", "MOVE"}) {
            assertEquals(200, admin.put(PROJECTS + "/" + key, Map.of("offered", true)).status());
        }
    }

    private JsonNode project(String key) {
        for (JsonNode project : admin.get(PROJECTS).json().get("values")) {
            if (key.equals(project.get("key").asText())) {
                return project;
            }
        }
        throw new AssertionError("No project " + key);
    }

    @Test
    public void projects_shouldListTheSandboxProjects_thatOfferExperiments() {
        JsonNode move = project("MOVE");

        assertEquals("Change of address", move.get("name").asText());
        assertTrue(move.get("offered").asBoolean());
        assertFalse(move.get("sharedScheme").asBoolean());
    }

    @Test
    public void offer_shouldWithdrawTheType_soNoExperimentIssueCanBeCreated_andOfferItAgain() {
        RunningSandbox.newIssue("MOVE", "Task");
        boolean hadExperiments =
                admin.get("/rest/experiment-log/1.0/experiments?project=MOVE")
                                .json()
                                .get("total")
                                .asInt()
                        > 0;
        SandboxClient.Reply reply = admin.put(PROJECTS + "/MOVE", Map.of("offered", false));
        if (hadExperiments) {
            assertEquals(reply.toString(), 409, reply.status());
            return;
        }

        assertEquals(reply.toString(), 200, reply.status());
        assertFalse(project("MOVE").get("offered").asBoolean());
        SandboxClient.Reply refused =
                admin.post(
                        "/rest/sandbox/1.0/issues",
                        Map.of(
                                "project",
                                "MOVE",
                                "summary",
                                "Not an experiment here",
                                "type",
                                "Experiment"));
        assertEquals(refused.toString(), 400, refused.status());

        assertEquals(200, admin.put(PROJECTS + "/MOVE", Map.of("offered", true)).status());
        assertTrue(project("MOVE").get("offered").asBoolean());
    }

    @Test
    public void offer_shouldKeepTheType_whenTheProjectHasExperiments() {
        RunningSandbox.newExperiment("PERMIT");

        SandboxClient.Reply reply = admin.put(PROJECTS + "/PERMIT", Map.of("offered", false));

        assertEquals(reply.toString(), 409, reply.status());
        assertEquals("offered", reply.json().get("errors").get(0).get("field").asText());
        assertTrue(project("PERMIT").get("offered").asBoolean());
    }

    @Test
    public void offer_shouldAnswer404_forAProjectThatDoesNotExist_and400_withoutOffered() {
        assertEquals(404, admin.put(PROJECTS + "/NOPE", Map.of("offered", true)).status());
        SandboxClient.Reply missing = admin.put(PROJECTS + "/MOVE", Map.of());
        assertEquals(missing.toString(), 400, missing.status());
        assertEquals("offered", missing.json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void projects_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        SandboxClient pia = RunningSandbox.as("pia");

        assertEquals(403, pia.get(PROJECTS).status());
        assertEquals(403, pia.put(PROJECTS + "/MOVE", Map.of("offered", false)).status());
    }
}
