package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The administration endpoints over real HTTP against the running sandbox. The settings are shared
 * by every test in the JVM, so each test puts back what it found.
 */
public class AdminApiTest {
    private static final String API = "/rest/experiment-log/1.0/admin";
    private static final String CONFIG = API + "/config";
    private static final String DEPARTMENTS = "/rest/experiment-log/1.0/departments";

    private SandboxClient admin;
    private SandboxClient pia;
    private JsonNode original;
    private Map<String, Object> settings;

    @Before
    public void setUp() {
        admin = RunningSandbox.as("admin");
        pia = RunningSandbox.as("pia");
        original = config();
        settings =
                body(
                        "anonymousStoriesAllowed",
                        !original.get("anonymousStoriesAllowed").asBoolean(),
                        "storiesVisibleToEveryone",
                        !original.get("storiesVisibleToEveryone").asBoolean(),
                        "outcomeManagerGroup",
                        "dept-policy",
                        "confidenceLevel",
                        0.9,
                        "version",
                        original.get("version").asLong());
    }

    @After
    public void restoreSettings() {
        Map<String, Object> restored =
                body(
                        "anonymousStoriesAllowed",
                        original.get("anonymousStoriesAllowed").asBoolean(),
                        "storiesVisibleToEveryone",
                        original.get("storiesVisibleToEveryone").asBoolean(),
                        "confidenceLevel",
                        original.get("confidenceLevel").asDouble(),
                        "version",
                        config().get("version").asLong());
        if (original.has("outcomeManagerGroup")) {
            restored.put("outcomeManagerGroup", original.get("outcomeManagerGroup").asText());
        }
        restored.put("hypothesisPrompts", original.get("hypothesisPrompts"));
        SandboxClient.Reply reply = admin.put(CONFIG, restored);
        assertEquals(reply.toString(), 200, reply.status());
    }

    private JsonNode config() {
        SandboxClient.Reply reply = admin.get(CONFIG);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private Map<String, Object> settingsWith(String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(settings);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    private static void assertBadInput(SandboxClient.Reply reply, String field) {
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(
                reply.toString(), field, reply.json().get("errors").get(0).get("field").asText());
    }

    private long newDepartment() {
        SandboxClient.Reply reply =
                admin.post(DEPARTMENTS, Map.of("name", "Audited " + UUID.randomUUID()));
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    // settings

    @Test
    public void settings_shouldAnswerEverySetting() {
        JsonNode json = config();

        assertTrue(json.toString(), json.get("anonymousStoriesAllowed").isBoolean());
        assertTrue(json.toString(), json.get("storiesVisibleToEveryone").isBoolean());
        assertTrue(
                json.toString(),
                List.of(0.8, 0.9, 0.95, 0.99).contains(json.get("confidenceLevel").asDouble()));
        assertTrue(json.toString(), json.get("version").isIntegralNumber());
    }

    @Test
    public void saveSettings_shouldStoreThem_andRaiseTheVersion() {
        SandboxClient.Reply reply = admin.put(CONFIG, settings);

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode json = reply.json();
        assertEquals(
                !original.get("anonymousStoriesAllowed").asBoolean(),
                json.get("anonymousStoriesAllowed").asBoolean());
        assertEquals(
                !original.get("storiesVisibleToEveryone").asBoolean(),
                json.get("storiesVisibleToEveryone").asBoolean());
        assertEquals("dept-policy", json.get("outcomeManagerGroup").asText());
        assertEquals(0.9, json.get("confidenceLevel").asDouble(), 0);
        assertEquals(original.get("version").asLong() + 1, json.get("version").asLong());
        assertEquals(json, config());
    }

    @Test
    public void saveSettings_shouldClearTheOutcomeManagerGroup_whenItIsBlank() {
        assertEquals(200, admin.put(CONFIG, settings).status());
        Map<String, Object> cleared = settingsWith("outcomeManagerGroup", " ");
        cleared.put("version", config().get("version").asLong());

        SandboxClient.Reply reply = admin.put(CONFIG, cleared);

        assertEquals(reply.toString(), 200, reply.status());
        assertFalse(config().toString(), config().has("outcomeManagerGroup"));
    }

    @Test
    public void saveSettings_shouldAnswer409AndKeepTheFirstSave_whenTheVersionIsStale() {
        assertEquals(200, admin.put(CONFIG, settings).status());
        JsonNode first = config();

        SandboxClient.Reply reply = admin.put(CONFIG, settingsWith("confidenceLevel", 0.99));

        assertEquals(reply.toString(), 409, reply.status());
        assertEquals(first, config());
    }

    @Test
    public void saveSettings_shouldAnswer400_whenAFlagIsMissing() {
        assertSaveRejected(
                settingsWith("anonymousStoriesAllowed", null), "anonymousStoriesAllowed");
    }

    @Test
    public void saveSettings_shouldAnswer400_whenAFlagIsNotTrueOrFalse() {
        assertSaveRejected(
                settingsWith("storiesVisibleToEveryone", "sometimes"), "storiesVisibleToEveryone");
    }

    @Test
    public void saveSettings_shouldAnswer400_whenTheConfidenceLevelIsMissing() {
        assertSaveRejected(settingsWith("confidenceLevel", null), "confidenceLevel");
    }

    @Test
    public void saveSettings_shouldAnswer400_whenTheConfidenceLevelIsText() {
        assertSaveRejected(settingsWith("confidenceLevel", "high"), "confidenceLevel");
    }

    @Test
    public void saveSettings_shouldAnswer400_whenTheConfidenceLevelIsNotOffered() {
        assertSaveRejected(settingsWith("confidenceLevel", 0.5), "confidenceLevel");
    }

    @Test
    public void saveSettings_shouldAnswer400_whenTheGroupDoesNotExist() {
        assertSaveRejected(
                settingsWith("outcomeManagerGroup", "no-such-group"), "outcomeManagerGroup");
    }

    @Test
    public void saveSettings_shouldAnswer400_whenTheGroupIsTooLong() {
        assertSaveRejected(
                settingsWith("outcomeManagerGroup", "g".repeat(256)), "outcomeManagerGroup");
    }

    @Test
    public void saveSettings_shouldAnswer400_whenTheVersionIsMissing() {
        assertSaveRejected(settingsWith("version", null), "version");
    }

    @Test
    public void saveSettings_shouldAnswer400_whenTheVersionIsText() {
        assertSaveRejected(settingsWith("version", "current"), "version");
    }

    private void assertSaveRejected(Map<String, Object> request, String field) {
        SandboxClient.Reply reply = admin.put(CONFIG, request);

        assertBadInput(reply, field);
        assertEquals(original, config());
    }

    // audit

    @Test
    public void audit_shouldListTheChangesToAnObject_newestFirst() {
        long id = newDepartment();
        assertEquals(
                200,
                admin.put(
                                DEPARTMENTS + "/" + id,
                                Map.of(
                                        "name",
                                        "Audited and renamed " + UUID.randomUUID(),
                                        "version",
                                        1))
                        .status());

        SandboxClient.Reply reply = admin.get(API + "/audit?type=department&id=" + id);

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode page = reply.json();
        assertEquals(2, page.get("total").asInt());
        assertTrue(page.get("isLast").asBoolean());
        JsonNode newest = page.get("values").get(0);
        assertEquals("updated", newest.get("action").asText());
        assertEquals("department", newest.get("type").asText());
        assertEquals(id, newest.get("objectId").asLong());
        assertEquals("admin", newest.get("actor").asText());
        assertTrue(
                newest.get("summary").asText(),
                newest.get("summary").asText().contains("Audited and renamed"));
        assertEquals("created", page.get("values").get(1).get("action").asText());
    }

    @Test
    public void audit_shouldPage() {
        long id = newDepartment();
        assertEquals(
                200,
                admin.put(
                                DEPARTMENTS + "/" + id,
                                Map.of("name", "Paged " + UUID.randomUUID(), "version", 1))
                        .status());

        JsonNode page =
                admin.get(API + "/audit?type=department&id=" + id + "&startAt=1&maxResults=1")
                        .json();

        assertEquals(2, page.get("total").asInt());
        assertEquals(1, page.get("values").size());
        assertEquals("created", page.get("values").get(0).get("action").asText());
    }

    @Test
    public void audit_shouldRecordSavedSettings() {
        assertEquals(200, admin.put(CONFIG, settings).status());

        JsonNode newest =
                admin.get(API + "/audit?type=settings&id=1&maxResults=1")
                        .json()
                        .get("values")
                        .get(0);

        assertEquals("updated", newest.get("action").asText());
        assertTrue(
                newest.get("summary").asText(),
                newest.get("summary").asText().contains("confidence 0.9,"));
    }

    @Test
    public void audit_shouldAnswer400_whenTheTypeIsMissing() {
        assertBadInput(admin.get(API + "/audit?id=1"), "type");
    }

    @Test
    public void audit_shouldAnswer400_whenTheTypeIsUnknown() {
        assertBadInput(admin.get(API + "/audit?type=planet&id=1"), "type");
    }

    @Test
    public void audit_shouldAnswer400_whenTheIdIsMissing() {
        assertBadInput(admin.get(API + "/audit?type=department"), "id");
    }

    @Test
    public void audit_shouldAnswer400_whenTheIdIsText() {
        assertBadInput(admin.get(API + "/audit?type=department&id=first"), "id");
    }

    @Test
    public void audit_shouldAnswer400_whenThePageIsTooLarge() {
        assertBadInput(admin.get(API + "/audit?type=department&id=1&maxResults=501"), "maxResults");
    }

    // default departments

    @Test
    public void createDefaultDepartments_shouldCreateThemOnlyWhenThereAreNone() {
        List<String> before = departmentNames();

        SandboxClient.Reply reply = admin.post(API + "/departments/defaults", null);

        assertEquals(reply.toString(), 200, reply.status());
        if (before.isEmpty()) {
            assertEquals(5, reply.json().get("created").asInt());
            assertEquals(
                    List.of("Design", "Operations", "Policy", "Product", "Technology"),
                    departmentNames().stream().sorted().toList());
        } else {
            assertEquals(0, reply.json().get("created").asInt());
            assertEquals(before, departmentNames());
        }
    }

    @Test
    public void createDefaultDepartments_shouldCreateNothing_whenDepartmentsExist() {
        newDepartment();
        List<String> before = departmentNames();

        SandboxClient.Reply reply = admin.post(API + "/departments/defaults", null);

        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(0, reply.json().get("created").asInt());
        assertEquals(before, departmentNames());
    }

    private List<String> departmentNames() {
        List<String> names = new ArrayList<>();
        admin.get(DEPARTMENTS).json().get("values").forEach(d -> names.add(d.get("name").asText()));
        return names;
    }

    // security

    @Test
    public void everyEndpoint_shouldAnswer401_whenNobodyIsLoggedIn() {
        SandboxClient anonymous = RunningSandbox.anonymous();
        List<String> departments = departmentNames();

        assertEquals(401, anonymous.get(CONFIG).status());
        assertEquals(401, anonymous.put(CONFIG, settings).status());
        assertEquals(401, anonymous.get(API + "/audit?type=settings&id=1").status());
        assertEquals(401, anonymous.post(API + "/departments/defaults", null).status());
        assertEquals(original, config());
        assertEquals(departments, departmentNames());
    }

    @Test
    public void everyEndpoint_shouldAnswer403_whenTheCallerIsNotAnAdministrator() {
        List<String> departments = departmentNames();

        assertEquals(403, pia.get(CONFIG).status());
        assertEquals(403, pia.put(CONFIG, settings).status());
        assertEquals(403, pia.get(API + "/audit?type=settings&id=1").status());
        assertEquals(403, pia.post(API + "/departments/defaults", null).status());
        assertEquals(original, config());
        assertEquals(departments, departmentNames());
    }

    @Test
    public void putConfig_shouldStoreTheHypothesisPromptsPerLanguage_andListBothLanguages() {
        Map<String, Object> changed =
                settingsWith(
                        "hypothesisPrompts",
                        Map.of(
                                "nl",
                                        Map.of(
                                                "change",
                                                "bijv. een kortere aanvraag <b>vet</b>",
                                                "signal",
                                                " "),
                                "en", Map.of("expectedResult", "e.g. more renewals online")));

        SandboxClient.Reply reply = admin.put(CONFIG, changed);

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode prompts = config().get("hypothesisPrompts");
        assertEquals(
                "bijv. een kortere aanvraag <b>vet</b>", prompts.get("nl").get("change").asText());
        assertFalse(prompts.get("nl").has("signal"));
        assertEquals("e.g. more renewals online", prompts.get("en").get("expectedResult").asText());
    }

    @Test
    public void putConfig_shouldNameThePrompt_whenItIsTooLong() {
        Map<String, Object> changed =
                settingsWith("hypothesisPrompts", Map.of("nl", Map.of("signal", "x".repeat(301))));

        SandboxClient.Reply reply = admin.put(CONFIG, changed);

        assertBadInput(reply, "hypothesisPrompts.nl.signal");
        assertEquals(original.get("version").asLong(), config().get("version").asLong());
    }

    @Test
    public void putConfig_shouldNameThePrompt_whenThePartIsUnknown() {
        SandboxClient.Reply reply =
                admin.put(
                        CONFIG,
                        settingsWith("hypothesisPrompts", Map.of("en", Map.of("because", "x"))));

        assertBadInput(reply, "hypothesisPrompts.en.because");
    }

    @Test
    public void putConfig_shouldNameTheLanguage_whenItIsNotOffered() {
        SandboxClient.Reply reply =
                admin.put(
                        CONFIG,
                        settingsWith("hypothesisPrompts", Map.of("de", Map.of("change", "x"))));

        assertBadInput(reply, "hypothesisPrompts.de");
    }
}
