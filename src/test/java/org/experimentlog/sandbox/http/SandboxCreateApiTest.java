package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The sandbox's Create: every user may create issues in the projects they may edit (not only
 * administrators), and a new Experiment issue opens with the panel's empty state.
 */
public class SandboxCreateApiTest {
    private static final String CREATE = "/rest/sandbox/1.0/create";

    private static List<String> projectKeys(JsonNode meta) {
        List<String> keys = new ArrayList<>();
        meta.get("projects").forEach(p -> keys.add(p.get("key").asText()));
        return keys;
    }

    @Test
    public void meta_shouldOfferOnlyTheProjectsTheUserMayEdit() {
        JsonNode pia = RunningSandbox.as("pia").get(CREATE + "/meta").json();
        JsonNode vera = RunningSandbox.as("vera").get(CREATE + "/meta").json();

        assertTrue(projectKeys(pia).contains("PERMIT"));
        assertFalse(projectKeys(vera).contains("PERMIT"));
    }

    @Test
    public void
            create_shouldCreateAnExperimentIssue_thatOpensWithThePanelsEmptyState_whenADemoUserCreatesIt() {
        SandboxClient pia = RunningSandbox.as("pia");

        SandboxClient.Reply reply =
                pia.post(
                        CREATE,
                        Map.of(
                                "project",
                                "PERMIT",
                                "issueType",
                                "Experiment",
                                "summary",
                                "Try a shorter renewal letter"));

        assertEquals(reply.toString(), 201, reply.status());
        String key = reply.json().get("key").asText();
        assertEquals("/browse/" + key, reply.json().get("url").asText());
        SandboxClient.Reply page = pia.send("GET", "/browse/" + key, null, "text/html");
        assertTrue(page.body(), page.body().contains("This issue has no experiment yet."));
    }

    @Test
    public void create_shouldAnswer403_whenTheUserMayNotEditTheProject() {
        SandboxClient.Reply reply =
                RunningSandbox.as("vera")
                        .post(
                                CREATE,
                                Map.of(
                                        "project",
                                        "PERMIT",
                                        "issueType",
                                        "Experiment",
                                        "summary",
                                        "Not mine"));

        assertEquals(reply.toString(), 403, reply.status());
    }

    @Test
    public void create_shouldAnswer400NamingTheSummary_whenItIsBlank() {
        SandboxClient.Reply reply =
                RunningSandbox.as("pia")
                        .post(
                                CREATE,
                                Map.of(
                                        "project",
                                        "PERMIT",
                                        "issueType",
                                        "Experiment",
                                        "summary",
                                        " "));

        assertEquals(reply.toString(), 400, reply.status());
        assertEquals("summary", reply.json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void create_shouldAnswer401_whenNobodyIsLoggedIn() {
        assertEquals(
                401,
                RunningSandbox.anonymous()
                        .post(
                                CREATE,
                                Map.of("project", "PERMIT", "issueType", "Task", "summary", "x"))
                        .status());
    }
}
