package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import org.junit.Before;
import org.junit.Test;

/** The outcome endpoints over real HTTP against the running sandbox. */
public class OutcomeApiTest {
    private static final String API = "/rest/experiment-log/1.0/outcomes";
    private static final String UNKNOWN = "/999999999";

    private SandboxClient admin;
    private SandboxClient olaf;
    private long department;
    private Map<String, Object> outcome;

    @Before
    public void setUp() {
        admin = RunningSandbox.as("admin");
        olaf = RunningSandbox.as("olaf");
        SandboxClient.Reply created =
                admin.post(
                        "/rest/experiment-log/1.0/departments",
                        Map.of("name", "Outcome owners " + UUID.randomUUID()));
        assertEquals(created.toString(), 201, created.status());
        department = created.json().get("id").asLong();
        outcome =
                new LinkedHashMap<>(
                        Map.of(
                                "title",
                                "Permits applied for online " + UUID.randomUUID(),
                                "description",
                                "Residents apply without visiting the desk.",
                                "metric",
                                Map.of("kind", "digital-take-up"),
                                "baseline",
                                Map.of("value", 40, "date", "2025-01-01"),
                                "target",
                                Map.of("value", 70, "date", "2026-12-31"),
                                "ownerDepartment",
                                department));
    }

    private long define() {
        SandboxClient.Reply reply = admin.post(API, outcome);
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private JsonNode read(long id) {
        SandboxClient.Reply reply = admin.get(API + "/" + id);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private int outcomeCount() {
        return admin.get(API).json().get("values").size();
    }

    private int measurementCount(long id) {
        return admin.get(API + "/" + id + "/measurements").json().get("values").size();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
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

    private void assertDefineRejected(Map<String, Object> body, String field) {
        int before = outcomeCount();

        SandboxClient.Reply reply = admin.post(API, body);

        assertBadInput(reply, field);
        assertEquals(before, outcomeCount());
    }

    private Map<String, Object> changes(long id, String title) {
        Map<String, Object> body = with(outcome, "title", title);
        body.put("version", read(id).get("version").asLong());
        body.put("status", "active");
        return body;
    }

    // define and read

    @Test
    public void define_shouldAnswer201WithTheOutcome_andTheKindsDefaults() {
        SandboxClient.Reply reply = admin.post(API, outcome);

        assertEquals(reply.toString(), 201, reply.status());
        JsonNode json = reply.json();
        assertEquals(outcome.get("title"), json.get("title").asText());
        assertEquals(
                "Residents apply without visiting the desk.", json.get("description").asText());
        assertEquals("digital-take-up", json.get("metric").get("kind").asText());
        assertEquals("%", json.get("metric").get("unit").asText());
        assertEquals("higher-is-better", json.get("metric").get("direction").asText());
        assertEquals(40.0, json.get("baseline").get("value").asDouble(), 0);
        assertEquals("2025-01-01", json.get("baseline").get("date").asText());
        assertEquals(70.0, json.get("target").get("value").asDouble(), 0);
        assertEquals("2026-12-31", json.get("target").get("date").asText());
        assertEquals(department, json.get("ownerDepartment").asLong());
        assertEquals("active", json.get("status").asText());
        assertEquals("admin", json.get("createdBy").asText());
        assertTrue(json.has("createdAt"));
        assertTrue(json.has("version"));
        assertNull(json.get("latest"));
        assertEquals(json, read(json.get("id").asLong()));
    }

    @Test
    public void define_shouldKeepTheGivenUnitAndDirection() {
        outcome.put(
                "metric",
                Map.of("kind", "custom", "unit", "visits", "direction", "lower-is-better"));
        outcome.put("baseline", Map.of("value", 100, "date", "2025-01-01"));
        outcome.put("target", Map.of("value", 60, "date", "2026-06-30"));

        SandboxClient.Reply reply = admin.post(API, outcome);

        assertEquals(reply.toString(), 201, reply.status());
        JsonNode metric = read(reply.json().get("id").asLong()).get("metric");
        assertEquals("custom", metric.get("kind").asText());
        assertEquals("visits", metric.get("unit").asText());
        assertEquals("lower-is-better", metric.get("direction").asText());
    }

    @Test
    public void list_shouldHoldTheOutcome_andSayWhetherTheCallerManagesOutcomes() {
        long id = define();

        JsonNode asAdmin = admin.get(API).json();
        JsonNode asOlaf = olaf.get(API).json();

        assertTrue(asAdmin.get("canManage").asBoolean());
        assertFalse(asOlaf.get("canManage").asBoolean());
        assertEquals(outcome.get("title"), find(asOlaf.get("values"), id).get("title").asText());
    }

    private static JsonNode find(JsonNode values, long id) {
        for (JsonNode value : values) {
            if (value.get("id").asLong() == id) {
                return value;
            }
        }
        throw new AssertionError("No outcome " + id + " in " + values);
    }

    @Test
    public void define_shouldAnswer403_whenTheCallerDoesNotManageOutcomes() {
        int before = outcomeCount();

        SandboxClient.Reply reply = olaf.post(API, outcome);

        assertEquals(reply.toString(), 403, reply.status());
        assertEquals(before, outcomeCount());
    }

    @Test
    public void define_shouldAnswer201_whenTheCallerIsInTheOutcomeManagerGroup() {
        String settings = "/rest/experiment-log/1.0/admin/config";
        JsonNode original = admin.get(settings).json();
        Map<String, Object> managers =
                new LinkedHashMap<>(
                        Map.of(
                                "anonymousStoriesAllowed",
                                original.get("anonymousStoriesAllowed").asBoolean(),
                                "storiesVisibleToEveryone",
                                original.get("storiesVisibleToEveryone").asBoolean(),
                                "confidenceLevel",
                                original.get("confidenceLevel").asDouble(),
                                "outcomeManagerGroup",
                                "dept-policy",
                                "version",
                                original.get("version").asLong()));
        assertEquals(200, admin.put(settings, managers).status());
        try {
            SandboxClient.Reply reply = RunningSandbox.as("paula").post(API, outcome);

            assertEquals(reply.toString(), 201, reply.status());
            assertEquals("paula", read(reply.json().get("id").asLong()).get("createdBy").asText());
        } finally {
            managers.remove("outcomeManagerGroup");
            managers.put("version", admin.get(settings).json().get("version").asLong());
            if (original.has("outcomeManagerGroup")) {
                managers.put("outcomeManagerGroup", original.get("outcomeManagerGroup").asText());
            }
            assertEquals(200, admin.put(settings, managers).status());
        }
    }

    @Test
    public void everyEndpoint_shouldAnswer401_whenNobodyIsLoggedIn() {
        long id = define();
        SandboxClient anonymous = RunningSandbox.anonymous();

        assertEquals(401, anonymous.get(API).status());
        assertEquals(401, anonymous.post(API, outcome).status());
        assertEquals(401, anonymous.get(API + "/" + id).status());
        assertEquals(401, anonymous.put(API + "/" + id, changes(id, "Anonymous change")).status());
        assertEquals(401, anonymous.get(API + "/" + id + "/measurements").status());
        assertEquals(
                401,
                anonymous
                        .post(
                                API + "/" + id + "/measurements",
                                Map.of("value", 50, "measuredOn", "2025-06-01"))
                        .status());
        assertEquals(outcome.get("title"), read(id).get("title").asText());
        assertEquals(0, measurementCount(id));
    }

    @Test
    public void everyEndpoint_shouldAnswer404_whenTheOutcomeDoesNotExist() {
        long id = define();

        assertEquals(404, admin.get(API + UNKNOWN).status());
        assertEquals(404, admin.put(API + UNKNOWN, changes(id, "Changed")).status());
        assertEquals(404, admin.get(API + UNKNOWN + "/measurements").status());
        assertEquals(
                404,
                admin.post(
                                API + UNKNOWN + "/measurements",
                                Map.of("value", 50, "measuredOn", "2025-06-01"))
                        .status());
    }

    // bad input when defining

    @Test
    public void define_shouldAnswer400_whenTheTitleIsMissing() {
        assertDefineRejected(with(outcome, "title", null), "title");
    }

    @Test
    public void define_shouldNameTheFieldInDutch_whenADutchReaderLeavesTheTitleEmpty() {
        int before = outcomeCount();

        SandboxClient.Reply reply = admin.post(API + "?lang=nl", with(outcome, "title", " "));

        assertBadInput(reply, "title");
        assertEquals(
                reply.toString(),
                "De titel van de uitkomst is verplicht.",
                reply.json().get("errors").get(0).get("message").asText());
        assertEquals(before, outcomeCount());
    }

    @Test
    public void define_shouldNameTheFieldInEnglish_whenAnEnglishReaderLeavesTheTitleEmpty() {
        SandboxClient.Reply reply = admin.post(API + "?lang=en", with(outcome, "title", " "));

        assertBadInput(reply, "title");
        assertEquals(
                reply.toString(),
                "The outcome title is required.",
                reply.json().get("errors").get(0).get("message").asText());
    }

    @Test
    public void define_shouldAnswer400_whenTheTitleIsTooLong() {
        assertDefineRejected(with(outcome, "title", "t".repeat(201)), "title");
    }

    @Test
    public void define_shouldAnswer400_whenTheTitleIsNotText() {
        assertDefineRejected(with(outcome, "title", Map.of("text", "a title")), "title");
    }

    @Test
    public void define_shouldAnswer400_whenTheDescriptionIsTooLong() {
        assertDefineRejected(with(outcome, "description", "d".repeat(10_001)), "description");
    }

    @Test
    public void define_shouldAnswer400_whenTheMetricIsMissing() {
        assertDefineRejected(with(outcome, "metric", null), "metric");
    }

    @Test
    public void define_shouldAnswer400_whenTheMetricKindIsMissing() {
        assertDefineRejected(with(outcome, "metric", Map.of("unit", "%")), "metric.kind");
    }

    @Test
    public void define_shouldAnswer400_whenTheMetricKindIsUnknown() {
        assertDefineRejected(with(outcome, "metric", Map.of("kind", "happiness")), "metric.kind");
    }

    @Test
    public void define_shouldAnswer400_whenTheDirectionIsUnknown() {
        assertDefineRejected(
                with(outcome, "metric", Map.of("kind", "custom", "direction", "sideways")),
                "metric.direction");
    }

    @Test
    public void define_shouldAnswer400_whenTheUnitIsTooLong() {
        assertDefineRejected(
                with(outcome, "metric", Map.of("kind", "custom", "unit", "u".repeat(41))),
                "metric.unit");
    }

    @Test
    public void define_shouldAnswer400_whenTheBaselineIsMissing() {
        assertDefineRejected(with(outcome, "baseline", null), "baseline");
    }

    @Test
    public void define_shouldAnswer400_whenTheBaselineValueIsText() {
        assertDefineRejected(
                with(outcome, "baseline", Map.of("value", "forty", "date", "2025-01-01")),
                "baseline.value");
    }

    @Test
    public void define_shouldAnswer400_whenTheBaselineValueIsNotANumber() {
        assertDefineRejected(
                with(outcome, "baseline", Map.of("value", "NaN", "date", "2025-01-01")),
                "baseline.value");
    }

    @Test
    public void define_shouldAnswer400_whenTheBaselineDateIsMissing() {
        assertDefineRejected(with(outcome, "baseline", Map.of("value", 40)), "baseline.date");
    }

    @Test
    public void define_shouldAnswer400_whenTheTargetDateIsNotADate() {
        assertDefineRejected(
                with(outcome, "target", Map.of("value", 70, "date", "end of 2026")), "target.date");
    }

    @Test
    public void define_shouldAnswer400_whenTheTargetIsNotBetterThanTheBaseline() {
        assertDefineRejected(
                with(outcome, "target", Map.of("value", 30, "date", "2026-12-31")), "target.value");
    }

    @Test
    public void define_shouldAnswer400_whenTheTargetDateIsNotAfterTheBaselineDate() {
        assertDefineRejected(
                with(outcome, "target", Map.of("value", 70, "date", "2024-12-31")), "target.date");
    }

    @Test
    public void define_shouldAnswer400_whenTheOwnerDepartmentIsMissing() {
        assertDefineRejected(with(outcome, "ownerDepartment", null), "ownerDepartment");
    }

    @Test
    public void define_shouldAnswer400_whenTheOwnerDepartmentDoesNotExist() {
        assertDefineRejected(with(outcome, "ownerDepartment", 999_999_999), "ownerDepartment");
    }

    @Test
    public void define_shouldAnswer400_whenTheOwnerDepartmentIsText() {
        assertDefineRejected(with(outcome, "ownerDepartment", "product"), "ownerDepartment");
    }

    // redefine

    @Test
    public void redefine_shouldChangeTheOutcome_andItsVersion() {
        long id = define();
        long version = read(id).get("version").asLong();
        Map<String, Object> body = changes(id, "Renamed outcome");
        body.put("status", "paused");
        body.put("target", Map.of("value", 80, "date", "2027-06-30"));

        SandboxClient.Reply reply = admin.put(API + "/" + id, body);

        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(reply.json(), read(id));
        assertEquals("Renamed outcome", reply.json().get("title").asText());
        assertEquals("paused", reply.json().get("status").asText());
        assertEquals(80.0, reply.json().get("target").get("value").asDouble(), 0);
        assertEquals(version + 1, reply.json().get("version").asLong());
    }

    @Test
    public void redefine_shouldAnswer409AndKeepTheFirstChange_whenTheVersionIsStale() {
        long id = define();
        Map<String, Object> first = changes(id, "First change");
        Map<String, Object> second = changes(id, "Second change");
        assertEquals(200, admin.put(API + "/" + id, first).status());

        SandboxClient.Reply reply = admin.put(API + "/" + id, second);

        assertEquals(reply.toString(), 409, reply.status());
        assertEquals("version", reply.json().get("errors").get(0).get("field").asText());
        assertEquals("First change", read(id).get("title").asText());
    }

    @Test
    public void redefine_shouldAnswer403_whenTheCallerDoesNotManageOutcomes() {
        long id = define();
        JsonNode before = read(id);

        SandboxClient.Reply reply = olaf.put(API + "/" + id, changes(id, "Olaf's change"));

        assertEquals(reply.toString(), 403, reply.status());
        assertEquals(before, read(id));
    }

    @Test
    public void redefine_shouldAnswer400_whenTheVersionIsMissing() {
        assertRedefineRejected(id -> with(changes(id, "Changed"), "version", null), "version");
    }

    @Test
    public void redefine_shouldAnswer400_whenTheVersionIsText() {
        assertRedefineRejected(id -> with(changes(id, "Changed"), "version", "latest"), "version");
    }

    @Test
    public void redefine_shouldAnswer400_whenTheStatusIsUnknown() {
        assertRedefineRejected(id -> with(changes(id, "Changed"), "status", "finished"), "status");
    }

    @Test
    public void redefine_shouldAnswer400_whenTheStatusIsMissing() {
        assertRedefineRejected(id -> with(changes(id, "Changed"), "status", null), "status");
    }

    @Test
    public void redefine_shouldAnswer400_whenTheTitleIsTooLong() {
        assertRedefineRejected(id -> changes(id, "t".repeat(201)), "title");
    }

    @Test
    public void redefine_shouldAnswer400_whenTheTargetIsNotBetterThanTheBaseline() {
        assertRedefineRejected(
                id ->
                        with(
                                changes(id, "Changed"),
                                "target",
                                Map.of("value", 40, "date", "2026-12-31")),
                "target.value");
    }

    @Test
    public void redefine_shouldAnswer400_whenTheMetricKindIsUnknown() {
        assertRedefineRejected(
                id -> with(changes(id, "Changed"), "metric", Map.of("kind", "mood")),
                "metric.kind");
    }

    private void assertRedefineRejected(LongFunction<Map<String, Object>> body, String field) {
        long id = define();
        JsonNode before = read(id);

        SandboxClient.Reply reply = admin.put(API + "/" + id, body.apply(id));

        assertBadInput(reply, field);
        assertEquals(before, read(id));
    }

    // measurements

    @Test
    public void record_shouldAnswer201WithTheMeasurement_andShowItsProgress() {
        long id = define();

        SandboxClient.Reply reply =
                admin.post(
                        API + "/" + id + "/measurements",
                        Map.of(
                                "value",
                                55,
                                "measuredOn",
                                "2025-06-01",
                                "note",
                                "From the permit desk's counts."));

        assertEquals(reply.toString(), 201, reply.status());
        JsonNode json = reply.json();
        assertEquals(55.0, json.get("value").asDouble(), 0);
        assertEquals("2025-06-01", json.get("measuredOn").asText());
        assertEquals("From the permit desk's counts.", json.get("note").asText());
        assertEquals("admin", json.get("recordedBy").asText());
        assertTrue(json.has("recordedAt"));
        assertEquals(json, admin.get(API + "/" + id + "/measurements").json().get("values").get(0));
        JsonNode latest = read(id).get("latest");
        assertEquals(55.0, latest.get("value").asDouble(), 0);
        assertEquals("2025-06-01", latest.get("date").asText());
        assertEquals(0.5, latest.get("progress").asDouble(), 1e-9);
    }

    @Test
    public void list_shouldCarryEachOutcomesLatestMeasurement() {
        long measured = define();
        long unmeasured = define();
        admin.post(
                API + "/" + measured + "/measurements",
                Map.of("value", 45, "measuredOn", "2025-03-01"));
        admin.post(
                API + "/" + measured + "/measurements",
                Map.of("value", 55, "measuredOn", "2025-06-01"));

        JsonNode values = olaf.get(API).json().get("values");

        assertEquals(55.0, find(values, measured).get("latest").get("value").asDouble(), 0);
        assertEquals("2025-06-01", find(values, measured).get("latest").get("date").asText());
        assertNull(find(values, unmeasured).get("latest"));
    }

    @Test
    public void measurements_shouldComeOldestFirst_andTheLatestIsTheNewestDay() {
        long id = define();
        admin.post(
                API + "/" + id + "/measurements", Map.of("value", 50, "measuredOn", "2025-09-01"));
        admin.post(
                API + "/" + id + "/measurements", Map.of("value", 45, "measuredOn", "2025-03-01"));

        JsonNode values = olaf.get(API + "/" + id + "/measurements").json().get("values");

        assertEquals(2, values.size());
        assertEquals("2025-03-01", values.get(0).get("measuredOn").asText());
        assertEquals("2025-09-01", values.get(1).get("measuredOn").asText());
        assertEquals(1.0 / 3, read(id).get("latest").get("progress").asDouble(), 1e-9);
    }

    @Test
    public void record_shouldAnswer403_whenTheCallerDoesNotManageOutcomes() {
        long id = define();

        SandboxClient.Reply reply =
                olaf.post(
                        API + "/" + id + "/measurements",
                        Map.of("value", 50, "measuredOn", "2025-06-01"));

        assertEquals(reply.toString(), 403, reply.status());
        assertEquals(0, measurementCount(id));
    }

    @Test
    public void record_shouldAnswer400_whenTheValueIsMissing() {
        assertRecordRejected(Map.of("measuredOn", "2025-06-01"), "value");
    }

    @Test
    public void record_shouldAnswer400_whenTheValueIsText() {
        assertRecordRejected(Map.of("value", "fifty", "measuredOn", "2025-06-01"), "value");
    }

    @Test
    public void record_shouldAnswer400_whenTheDayIsMissing() {
        assertRecordRejected(Map.of("value", 50), "measuredOn");
    }

    @Test
    public void record_shouldAnswer400_whenTheDayIsNotADate() {
        assertRecordRejected(Map.of("value", 50, "measuredOn", "01-06-2025"), "measuredOn");
    }

    @Test
    public void record_shouldAnswer400_whenTheDayIsInTheFuture() {
        assertRecordRejected(
                Map.of("value", 50, "measuredOn", LocalDate.now().plusDays(3).toString()),
                "measuredOn");
    }

    @Test
    public void record_shouldAnswer400_whenTheNoteIsTooLong() {
        assertRecordRejected(
                Map.of("value", 50, "measuredOn", "2025-06-01", "note", "n".repeat(1_001)), "note");
    }

    private void assertRecordRejected(Map<String, Object> body, String field) {
        long id = define();

        SandboxClient.Reply reply = admin.post(API + "/" + id + "/measurements", body);

        assertBadInput(reply, field);
        assertEquals(0, measurementCount(id));
        assertNull(read(id).get("latest"));
    }
}
