package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.Before;
import org.junit.Test;

/**
 * The saved retrospectives over real HTTP against the running sandbox. The sandbox database is
 * shared with other test classes, so each test reviews an outcome id of its own, or finds its
 * retrospectives by a title made for it.
 */
public class RetrospectiveApiTest {
    private static final String API = "/rest/experiment-log/1.0/retrospectives";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxClient pia;
    private String title;
    private String outcome;

    @Before
    public void setUp() {
        pia = RunningSandbox.as("pia");
        title = "Retro " + UUID.randomUUID();
        outcome =
                Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    }

    private Map<String, Object> body(String kind, String value, String from, String to) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("kind", kind);
        scope.put("value", value);
        Map<String, Object> body = new HashMap<>();
        body.put("scope", scope);
        body.put("period", Map.of("from", from, "to", to));
        body.put("title", title);
        body.put("notes", "We tried too much at once.");
        body.put(
                "actions",
                List.of(
                        Map.of(
                                "text",
                                "Pilot in one district",
                                "ownerName",
                                "dirk",
                                "due",
                                "2026-05-15",
                                "done",
                                true),
                        Map.of("text", "Write down the baseline first", "owner", "pia")));
        return body;
    }

    private Map<String, Object> quarter() {
        return body("project", "PERMIT", "2026-01-01", "2026-03-31");
    }

    private JsonNode held(SandboxClient client, Map<String, Object> body) {
        SandboxClient.Reply reply = client.post(API, body);
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    /** The stored retrospective as JSON, edited for a revision. */
    private static ObjectNode revision(JsonNode stored, String newTitle, String newNotes) {
        ObjectNode edited = stored.deepCopy();
        edited.put("title", newTitle);
        edited.put("notes", newNotes);
        return edited;
    }

    private static Object plain(JsonNode node) {
        return JSON.convertValue(node, Object.class);
    }

    private static void assertBadRequest(SandboxClient.Reply reply, String field) {
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(
                reply.toString(), field, reply.json().get("errors").get(0).get("field").asText());
        assertFalse(
                reply.toString(),
                reply.json().get("errors").get(0).get("message").asText().isBlank());
    }

    private List<JsonNode> mine(SandboxClient client, String query) {
        SandboxClient.Reply reply = client.get(API + "?" + query);
        assertEquals(reply.toString(), 200, reply.status());
        List<JsonNode> mine = new ArrayList<>();
        reply.json()
                .get("values")
                .forEach(
                        r -> {
                            if (r.get("title").asText().startsWith(title)) {
                                mine.add(r);
                            }
                        });
        return mine;
    }

    @Test
    public void hold_shouldStoreTheRetrospectiveWithItsActions_andAnswer201() {
        JsonNode saved = held(pia, quarter());

        assertTrue(saved.get("id").asLong() > 0);
        assertEquals("project", saved.get("scope").get("kind").asText());
        assertEquals("PERMIT", saved.get("scope").get("value").asText());
        assertEquals("2026-01-01", saved.get("period").get("from").asText());
        assertEquals("2026-03-31", saved.get("period").get("to").asText());
        assertEquals(title, saved.get("title").asText());
        assertEquals("We tried too much at once.", saved.get("notes").asText());
        assertEquals("pia", saved.get("createdBy").asText());
        assertEquals(saved.get("createdAt").asText(), saved.get("updatedAt").asText());
        assertEquals(1, saved.get("version").asLong());
        JsonNode first = saved.get("actions").get(0);
        assertTrue(first.get("id").asLong() > 0);
        assertEquals("Pilot in one district", first.get("text").asText());
        assertEquals("dirk", first.get("owner").asText());
        assertEquals("dirk", first.get("ownerName").asText());
        assertEquals("Dirk Jansen (Design)", first.get("ownerDisplayName").asText());
        assertEquals("pia", saved.get("actions").get(1).get("owner").asText());
        assertEquals("2026-05-15", first.get("due").asText());
        assertTrue(first.get("done").asBoolean());
        assertFalse(saved.get("actions").get(1).get("done").asBoolean());
        assertEquals(2, saved.get("actions").size());
    }

    @Test
    public void heldOn_shouldListTheRetrospectivesOfTheScope_newestPeriodFirst() {
        // On an outcome only administrators and outcome managers hold retrospectives.
        SandboxClient admin = RunningSandbox.as("admin");
        JsonNode first = held(admin, body("outcome", outcome, "2026-01-01", "2026-03-31"));
        JsonNode second = held(admin, body("outcome", outcome, "2026-04-01", "2026-06-30"));
        held(admin, body("outcome", outcome + "1", "2026-01-01", "2026-03-31"));
        JsonNode project = held(pia, quarter());

        SandboxClient.Reply reply =
                RunningSandbox.as("olaf").get(API + "?scope=outcome&value=" + outcome);

        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(2, reply.json().get("total").asInt());
        assertTrue(reply.json().get("isLast").asBoolean());
        assertEquals(
                List.of(second.get("id").asLong(), first.get("id").asLong()),
                List.of(
                        reply.json().get("values").get(0).get("id").asLong(),
                        reply.json().get("values").get(1).get("id").asLong()));
        assertEquals(plain(second), plain(reply.json().get("values").get(0)));
        List<JsonNode> permit = mine(pia, "scope=project&value=PERMIT");
        assertEquals(1, permit.size());
        assertEquals(project.get("id").asLong(), permit.get(0).get("id").asLong());
    }

    @Test
    public void heldOn_shouldListEverything_whenTheScopeIsEverything() {
        JsonNode everything =
                held(
                        RunningSandbox.as("admin"),
                        body("everything", null, "2026-01-01", "2026-12-31"));

        List<JsonNode> listed = mine(pia, "scope=everything");

        assertEquals(1, listed.size());
        assertEquals(everything.get("id").asLong(), listed.get(0).get("id").asLong());
        assertEquals(List.of(), mine(pia, "scope=project&value=PERMIT"));
    }

    @Test
    public void revise_shouldReplaceTitleNotesAndActions_andBumpTheVersion_whenTheAuthorRevises() {
        JsonNode saved = held(pia, quarter());
        ObjectNode edited = revision(saved, title + " (revised)", "Fewer things at once.");
        ArrayNode actions = edited.putArray("actions");
        actions.addObject()
                .put("id", saved.get("actions").get(1).get("id").asLong())
                .put("text", "Write down the baseline first")
                .put("done", true);
        actions.addObject().put("text", "Invite policy to the next review");

        SandboxClient.Reply reply = pia.put(API + "/" + saved.get("id").asLong(), edited);

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode revised = reply.json();
        assertEquals(2, revised.get("version").asLong());
        assertEquals(title + " (revised)", revised.get("title").asText());
        assertEquals("Fewer things at once.", revised.get("notes").asText());
        assertEquals(2, revised.get("actions").size());
        assertTrue(revised.get("actions").get(0).get("done").asBoolean());
        assertEquals(
                "Invite policy to the next review",
                revised.get("actions").get(1).get("text").asText());
        assertEquals("pia", revised.get("createdBy").asText());
        assertEquals(saved.get("createdAt").asText(), revised.get("createdAt").asText());
        assertEquals(plain(revised), plain(mine(pia, "scope=project&value=PERMIT").get(0)));
    }

    @Test
    public void revise_shouldBeAllowed_forAnAdministrator() {
        JsonNode saved = held(pia, quarter());

        SandboxClient.Reply reply =
                RunningSandbox.as("admin")
                        .put(
                                API + "/" + saved.get("id").asLong(),
                                revision(saved, title + " by admin", null));

        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(title + " by admin", reply.json().get("title").asText());
        assertTrue(reply.json().path("notes").isMissingNode());
    }

    @Test
    public void revise_shouldBeForbiddenAndChangeNothing_forSomeoneElse() {
        JsonNode saved = held(pia, quarter());

        SandboxClient.Reply reply =
                RunningSandbox.as("dirk")
                        .put(
                                API + "/" + saved.get("id").asLong(),
                                revision(saved, title + " by dirk", "Not mine to change."));

        assertEquals(reply.toString(), 403, reply.status());
        assertTrue(
                reply.json()
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asText()
                        .startsWith("Could not save the retrospective"));
        assertEquals(plain(saved), plain(mine(pia, "scope=project&value=PERMIT").get(0)));
    }

    @Test
    public void revise_shouldConflictAndChangeNothing_whenTheVersionIsStale() {
        JsonNode saved = held(pia, quarter());
        String path = API + "/" + saved.get("id").asLong();
        assertEquals(200, pia.put(path, revision(saved, title + " first", "first")).status());

        SandboxClient.Reply reply = pia.put(path, revision(saved, title + " second", "second"));

        assertEquals(reply.toString(), 409, reply.status());
        assertEquals("version", reply.json().get("errors").get(0).get("field").asText());
        JsonNode stored = mine(pia, "scope=project&value=PERMIT").get(0);
        assertEquals(title + " first", stored.get("title").asText());
        assertEquals(2, stored.get("version").asLong());
    }

    @Test
    public void revise_shouldSayNotFound_whenThereIsNoSuchRetrospective() {
        JsonNode saved = held(pia, quarter());

        SandboxClient.Reply reply = pia.put(API + "/999999999", revision(saved, title, null));

        assertEquals(reply.toString(), 404, reply.status());
    }

    @Test
    public void everyEndpoint_shouldAskToLogIn_whenAnonymous() {
        SandboxClient anonymous = RunningSandbox.anonymous();

        assertEquals(401, anonymous.get(API + "?scope=everything").status());
        assertEquals(401, anonymous.post(API, quarter()).status());
        assertEquals(401, anonymous.put(API + "/1", quarter()).status());
        assertEquals(List.of(), mine(pia, "scope=project&value=PERMIT"));
    }

    @Test
    public void hold_shouldAnswer400NamingTheField_andStoreNothing_whenTheInputIsBad() {
        List<Map.Entry<String, Map<String, Object>>> bad = new ArrayList<>();
        Map<String, Object> noTitle = quarter();
        noTitle.remove("title");
        bad.add(Map.entry("title", noTitle));
        Map<String, Object> longTitle = quarter();
        longTitle.put("title", title + "x".repeat(200));
        bad.add(Map.entry("title", longTitle));
        Map<String, Object> noScope = quarter();
        noScope.remove("scope");
        bad.add(Map.entry("scope", noScope));
        bad.add(Map.entry("scope.kind", body("team", "PERMIT", "2026-01-01", "2026-03-31")));
        bad.add(Map.entry("scope.value", body("project", "not a key", "2026-01-01", "2026-03-31")));
        bad.add(Map.entry("scope.value", body("outcome", null, "2026-01-01", "2026-03-31")));
        Map<String, Object> noPeriod = quarter();
        noPeriod.remove("period");
        bad.add(Map.entry("period", noPeriod));
        bad.add(Map.entry("period.from", body("project", "PERMIT", "yesterday", "2026-03-31")));
        bad.add(Map.entry("period.to", body("project", "PERMIT", "2026-03-31", "2026-01-01")));
        Map<String, Object> badDue = quarter();
        badDue.put("actions", List.of(Map.of("text", "Soon", "due", "next week")));
        bad.add(Map.entry("actions.due", badDue));
        Map<String, Object> noText = quarter();
        noText.put("actions", List.of(Map.of("owner", "dirk")));
        bad.add(Map.entry("actions.text", noText));
        Map<String, Object> unknownOwner = quarter();
        unknownOwner.put(
                "actions",
                List.of(Map.of("text", "Soon"), Map.of("text", "Later", "ownerName", "nobody")));
        bad.add(Map.entry("actions[1].ownerName", unknownOwner));
        Map<String, Object> wrongType = quarter();
        wrongType.put("actions", "call the supplier");
        bad.add(Map.entry("actions", wrongType));

        for (Map.Entry<String, Map<String, Object>> input : bad) {
            assertBadRequest(pia.post(API, input.getValue()), input.getKey());
        }
        assertEquals(400, pia.send("POST", API, "{\"title\": ", "application/json").status());
        assertEquals(List.of(), mine(pia, "scope=project&value=PERMIT"));
    }

    @Test
    public void reviseAndList_shouldAnswer400NamingTheField_whenTheInputIsBad() {
        JsonNode saved = held(pia, quarter());
        ObjectNode noVersion = revision(saved, title + " without version", null);
        noVersion.remove("version");

        assertBadRequest(pia.put(API + "/" + saved.get("id").asLong(), noVersion), "version");
        assertBadRequest(pia.get(API), "scope");
        assertBadRequest(pia.get(API + "?scope=team"), "scope");
        assertBadRequest(pia.get(API + "?scope=project"), "value");
        assertBadRequest(pia.get(API + "?scope=project&value=not%20a%20key"), "value");
        assertBadRequest(pia.get(API + "?scope=everything&value=PERMIT"), "value");
        assertNotEquals(
                title + " without version",
                mine(pia, "scope=project&value=PERMIT").get(0).get("title").asText());
    }

    @Test
    public void aProjectsRetrospectives_shouldBeInvisibleToWhoMayNotBrowseTheProject() {
        held(pia, quarter());
        SandboxClient olaf = RunningSandbox.as("olaf");

        SandboxClient.Reply list = olaf.get(API + "?scope=project&value=PERMIT");
        SandboxClient.Reply hold = olaf.post(API, quarter());

        assertEquals(list.toString(), 404, list.status());
        assertEquals(hold.toString(), 404, hold.status());
        assertEquals(
                200, RunningSandbox.as("vera").get(API + "?scope=project&value=PERMIT").status());
    }
}
