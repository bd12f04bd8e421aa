package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Before;
import org.junit.Test;

/** The full export and the latest changes over real HTTP against the running sandbox. */
public class AdminExportApiTest {
    private static final String EXPORT = "/rest/experiment-log/1.0/admin/export";
    private static final String RECENT = "/rest/experiment-log/1.0/admin/audit/recent";

    private SandboxClient admin;
    private SandboxClient pia;

    @Before
    public void setUp() {
        admin = RunningSandbox.as("admin");
        pia = RunningSandbox.as("pia");
        StoryFixtures.allowAnonymousStories();
    }

    private static JsonNode parse(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError("The export is not JSON: " + body, e);
        }
    }

    @Test
    public void export_shouldDownloadEverythingAsOneJsonDocument_whenAnAdministratorAsks() {
        String key = RunningSandbox.newExperiment("PERMIT");

        SandboxClient.Download download = admin.download(EXPORT, "application/json");

        assertEquals(download.body(), 200, download.status());
        assertTrue(download.contentType(), download.contentType().startsWith("application/json"));
        assertEquals("attachment; filename=\"experiment-log-export.json\"", download.disposition());
        JsonNode export = parse(download.body());
        assertEquals("experiment-log-export", export.get("format").asText());
        assertTrue(export.get("settings").has("confidenceLevel"));
        assertTrue(export.get("departments").isArray());
        assertTrue(export.get("outcomes").isArray());
        boolean exported = false;
        for (JsonNode experiment : export.get("experiments")) {
            exported |=
                    key.equals(experiment.get("issueKey").asText()) && experiment.has("hypothesis");
        }
        assertTrue(key + " is exported", exported);
        assertTrue(export.get("failureStories").isArray());
    }

    @Test
    public void export_shouldIncludeAnAnonymousStory_butNeverItsAuthor() {
        Map<String, Object> story =
                StoryFixtures.storyFor(StoryFixtures.newDepartment("dept-product"));
        String title = "Anonymous export check " + UUID.randomUUID();
        story.put("title", title);
        story.put("anonymous", true);
        StoryFixtures.share(pia, story);

        JsonNode export = parse(admin.download(EXPORT, "application/json").body());

        JsonNode found = null;
        for (JsonNode exported : export.get("failureStories")) {
            if (title.equals(exported.get("title").asText())) {
                found = exported;
            }
        }
        assertTrue("the story shared with one department is exported", found != null);
        assertTrue(found.get("anonymous").asBoolean());
        assertFalse(found.toString(), found.has("author"));
    }

    @Test
    public void export_shouldIncludeTheRetrospectivesHeld_withTheirNotesAndActions() {
        String title = "Export check " + UUID.randomUUID();
        Map<String, Object> held = new HashMap<>();
        held.put("scope", Map.of("kind", "everything"));
        held.put("period", Map.of("from", "2026-01-01", "to", "2026-03-31"));
        held.put("title", title);
        held.put("notes", "What we noticed.");
        held.put("actions", List.of(Map.of("text", "Call three districts", "ownerName", "dirk")));
        // On everything only administrators and outcome managers hold retrospectives.
        SandboxClient.Reply saved = admin.post("/rest/experiment-log/1.0/retrospectives", held);
        assertEquals(saved.toString(), 201, saved.status());

        JsonNode export = parse(admin.download(EXPORT, "application/json").body());

        JsonNode found = null;
        for (JsonNode exported : export.get("retrospectives")) {
            if (title.equals(exported.get("title").asText())) {
                found = exported;
            }
        }
        assertTrue("the retrospective is exported", found != null);
        assertEquals("What we noticed.", found.get("notes").asText());
        assertEquals("Call three districts", found.get("actions").get(0).get("text").asText());
        assertEquals("dirk", found.get("actions").get(0).get("owner").asText());
    }

    @Test
    public void export_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        SandboxClient.Download download = pia.download(EXPORT, "application/json");

        assertEquals(403, download.status());
        assertEquals("", download.disposition());
    }

    @Test
    public void export_shouldBeRecordedInTheLatestChanges() {
        admin.download(EXPORT, "application/json");

        SandboxClient.Reply reply = admin.get(RECENT + "?maxResults=5");

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode newest = reply.json().get("values").get(0);
        assertEquals("Exported all the app's data.", newest.get("summary").asText());
        assertEquals("exported", newest.get("action").asText());
    }

    @Test
    public void recent_shouldBeForbidden_whenTheCallerIsNoAdministrator() {
        assertEquals(403, pia.get(RECENT).status());
    }

    @Test
    public void recent_shouldNameTheParameter_whenThePageIsBad() {
        SandboxClient.Reply reply = admin.get(RECENT + "?maxResults=0");

        assertEquals(reply.toString(), 400, reply.status());
        assertEquals("maxResults", reply.json().get("errors").get(0).get("field").asText());
    }
}
