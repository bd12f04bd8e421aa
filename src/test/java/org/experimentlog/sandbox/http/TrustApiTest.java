package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Before;
import org.junit.Test;

/**
 * The defects seen when a team tried to trust the record (issue 11), each reproduced through the
 * API: numbers out of range, refusals in internal words, who may write, what leaks, and the
 * corrections that were missing.
 */
public class TrustApiTest {
    private static final String API = "/rest/experiment-log/1.0";

    private SandboxClient admin;
    private SandboxClient pia;
    private SandboxClient vera;
    private SandboxClient olaf;

    @Before
    public void setUp() {
        admin = RunningSandbox.as("admin");
        pia = RunningSandbox.as("pia");
        vera = RunningSandbox.as("vera");
        olaf = RunningSandbox.as("olaf");
    }

    private static void assertStatus(int status, SandboxClient.Reply reply) {
        assertEquals(reply.toString(), status, reply.status());
    }

    private static String message(SandboxClient.Reply reply) {
        return reply.json().get("errors").get(0).get("message").asText();
    }

    private static String field(SandboxClient.Reply reply) {
        return reply.json().get("errors").get(0).get("field").asText();
    }

    /**
     * A story for everyone, without the data-quality factor: this sandbox is shared with the report
     * tests, which count that factor.
     */
    private static Map<String, Object> story() {
        Map<String, Object> story = new LinkedHashMap<>(StoryFixtures.storyForEveryone());
        story.put("factors", List.of("untested-assumption"));
        return story;
    }

    private long outcome(String kind) {
        long department =
                admin.post(API + "/departments", Map.of("name", "Owners " + UUID.randomUUID()))
                        .json()
                        .get("id")
                        .asLong();
        boolean lowerIsBetter = kind.equals("cost-per-transaction");
        SandboxClient.Reply reply =
                admin.post(
                        API + "/outcomes",
                        Map.of(
                                "title",
                                "Outcome " + UUID.randomUUID(),
                                "metric",
                                Map.of("kind", kind),
                                "baseline",
                                Map.of("value", 40, "date", "2025-01-01"),
                                "target",
                                Map.of("value", lowerIsBetter ? 20 : 70, "date", "2026-12-31"),
                                "ownerDepartment",
                                department));
        assertStatus(201, reply);
        return reply.json().get("id").asLong();
    }

    private long firstIteration(String key) {
        return pia.post(API + "/experiments/" + key + "/iterations", Map.of("change", "one"))
                .json()
                .get("iterations")
                .get(0)
                .get("id")
                .asLong();
    }

    private long version(String key) {
        return pia.get(API + "/experiments/" + key).json().get("version").asLong();
    }

    private String concluded() {
        String key = RunningSandbox.newExperiment("PERMIT");
        assertStatus(
                200,
                pia.put(
                        API + "/experiments/" + key + "/hypothesis",
                        Map.of(
                                "version",
                                version(key),
                                "change",
                                "c",
                                "audience",
                                "a",
                                "expectedResult",
                                "r",
                                "signal",
                                "rises by 5 points")));
        assertStatus(
                200,
                pia.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of("version", version(key), "stage", "running")));
        firstIteration(key);
        assertStatus(
                201,
                pia.post(
                        API + "/experiments/" + key + "/learnings",
                        Map.of("statement", "It works")));
        assertStatus(
                200,
                pia.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of("version", version(key), "stage", "analysing")));
        assertStatus(
                200,
                pia.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of(
                                "version",
                                version(key),
                                "stage",
                                "concluded",
                                "verdict",
                                "validated")));
        return key;
    }

    // numbers

    @Test
    public void
            recordMeasurement_shouldAnswer400NamingTheValue_whenTheNumberIsBeyondWhatTheColumnHolds() {
        long id = outcome("cost-per-transaction");

        SandboxClient.Reply reply =
                admin.post(
                        API + "/outcomes/" + id + "/measurements",
                        Map.of("value", 3.5e38, "measuredOn", "2025-03-01"));

        assertStatus(400, reply);
        assertEquals("value", field(reply));
        assertEquals(
                0,
                admin.get(API + "/outcomes/" + id + "/measurements").json().get("values").size());
    }

    @Test
    public void
            recordResult_shouldAnswer400NamingTheField_whenTheNumberIsBeyondWhatTheColumnHolds() {
        String key = RunningSandbox.newExperiment("PERMIT");
        long iteration = firstIteration(key);

        SandboxClient.Reply reply =
                pia.post(
                        API + "/experiments/" + key + "/iterations/" + iteration + "/results",
                        Map.of("title", "Cost", "kind", "observed", "before", 1, "after", 1e39));

        assertStatus(400, reply);
        assertEquals("after", field(reply));
    }

    @Test
    public void recordMeasurement_shouldAnswer400_whenAPercentageIsAbove100() {
        long id = outcome("digital-take-up");

        SandboxClient.Reply reply =
                admin.post(
                        API + "/outcomes/" + id + "/measurements",
                        Map.of("value", 1250, "measuredOn", "2025-03-01"));

        assertStatus(400, reply);
        assertEquals("The value is a percentage: use a number from 0 to 100.", message(reply));
    }

    @Test
    public void recordMeasurement_shouldAnswer400_whenTheDayIsBefore1900() {
        long id = outcome("cost-per-transaction");

        SandboxClient.Reply reply =
                admin.post(
                        API + "/outcomes/" + id + "/measurements",
                        Map.of("value", 12, "measuredOn", "0025-03-01"));

        assertStatus(400, reply);
        assertEquals("measuredOn", field(reply));
    }

    @Test
    public void recordResult_shouldAnswer400_whenACountIsNegative() {
        String key = RunningSandbox.newExperiment("PERMIT");
        long iteration = firstIteration(key);

        SandboxClient.Reply reply =
                pia.post(
                        API + "/experiments/" + key + "/iterations/" + iteration + "/results",
                        Map.of(
                                "title",
                                "Rate",
                                "kind",
                                "proportion",
                                "controlSize",
                                -1000,
                                "controlConversions",
                                10,
                                "variantSize",
                                1000,
                                "variantConversions",
                                20));

        assertStatus(400, reply);
        assertEquals("controlSize", field(reply));
    }

    @Test
    public void
            recordMeasurement_shouldAnswer409OfferingToCorrect_whenTheDayHasAMeasurementAlready() {
        long id = outcome("cost-per-transaction");
        assertStatus(
                201,
                admin.post(
                        API + "/outcomes/" + id + "/measurements",
                        Map.of("value", 12.5, "measuredOn", "2025-03-01")));

        SandboxClient.Reply reply =
                admin.post(
                        API + "/outcomes/" + id + "/measurements",
                        Map.of("value", 13, "measuredOn", "2025-03-01"));

        assertStatus(409, reply);
        assertTrue(
                message(reply),
                message(reply).contains("12.5") && message(reply).contains("Correct"));
        assertEquals(
                1,
                admin.get(API + "/outcomes/" + id + "/measurements").json().get("values").size());
    }

    // field errors by label

    @Test
    public void recordResult_shouldNameTheFieldByItsLabel_whenAValueIsMissing() {
        String key = RunningSandbox.newExperiment("PERMIT");
        long iteration = firstIteration(key);

        SandboxClient.Reply english =
                pia.post(
                        API + "/experiments/" + key + "/iterations/" + iteration + "/results",
                        Map.of("title", "Cost", "kind", "observed", "after", 2));
        SandboxClient.Reply dutch =
                pia.post(
                        API
                                + "/experiments/"
                                + key
                                + "/iterations/"
                                + iteration
                                + "/results?lang=nl",
                        Map.of("title", "Cost", "kind", "observed", "after", 2));

        assertStatus(400, english);
        assertEquals("The value before is required.", message(english));
        assertFalse(message(dutch), message(dutch).contains("\"before\""));
    }

    @Test
    public void defineOutcome_shouldNameTheTargetByItsLabelInDutch_whenItsValueIsMissing() {
        long department =
                admin.post(API + "/departments", Map.of("name", "Owners " + UUID.randomUUID()))
                        .json()
                        .get("id")
                        .asLong();

        SandboxClient.Reply reply =
                admin.post(
                        API + "/outcomes?lang=nl",
                        Map.of(
                                "title",
                                "T " + UUID.randomUUID(),
                                "metric",
                                Map.of("kind", "satisfaction"),
                                "baseline",
                                Map.of("value", 40, "date", "2025-01-01"),
                                "target",
                                Map.of("date", "2026-12-31"),
                                "ownerDepartment",
                                department));

        assertStatus(400, reply);
        assertEquals("Het doel is verplicht.", message(reply));
    }

    // strict input

    @Test
    public void createDepartment_shouldAnswer400NamingTheField_whenAKeyAppearsTwice() {
        SandboxClient.Reply reply =
                admin.send(
                        "POST",
                        API + "/departments",
                        "{\"name\":\"First " + UUID.randomUUID() + "\",\"name\":\"Second\"}",
                        "application/json");

        assertStatus(400, reply);
        assertEquals("name", field(reply));
    }

    @Test
    public void addLearning_shouldAnswer400_whenTagsRepeatBeyondTheMaximum() {
        String key = RunningSandbox.newExperiment("PERMIT");
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tags.add("same");
        }

        SandboxClient.Reply reply =
                pia.post(
                        API + "/experiments/" + key + "/learnings",
                        Map.of("statement", "Lesson", "tags", tags));

        assertStatus(400, reply);
        assertEquals("tags", field(reply));
    }

    @Test
    public void editPlan_shouldAnswer400_whenADepartmentIdRepeats() {
        String key = RunningSandbox.newExperiment("PERMIT");
        long department =
                admin.post(API + "/departments", Map.of("name", "Repeat " + UUID.randomUUID()))
                        .json()
                        .get("id")
                        .asLong();

        SandboxClient.Reply reply =
                pia.put(
                        API + "/experiments/" + key + "/plan",
                        Map.of(
                                "version",
                                version(key),
                                "departments",
                                List.of(department, department)));

        assertStatus(400, reply);
        assertEquals("departments", field(reply));
    }

    @Test
    public void createDepartment_shouldAnswer400_whenTheNameHoldsABidiControl() {
        SandboxClient.Reply reply =
                admin.post(
                        API + "/departments", Map.of("name", "Policy\u202E" + UUID.randomUUID()));

        assertStatus(400, reply);
        assertEquals("name", field(reply));
    }

    @Test
    public void createDepartment_shouldRefuseALookAlike_whenItNormalisesToAnExistingName() {
        String name = "Ops" + (System.nanoTime() % 100000);
        assertStatus(201, admin.post(API + "/departments", Map.of("name", name)));
        String fullWidth =
                name.chars()
                        .mapToObj(
                                c ->
                                        c >= '!' && c <= '~'
                                                ? String.valueOf((char) (c + 0xFEE0))
                                                : String.valueOf((char) c))
                        .reduce("", String::concat);

        SandboxClient.Reply reply = admin.post(API + "/departments", Map.of("name", fullWidth));

        assertStatus(400, reply);
        assertEquals("name", field(reply));
    }

    // who may

    @Test
    public void holdRetrospective_shouldAnswer403_whenTheReaderMayNotEditTheProject() {
        Map<String, Object> body =
                Map.of(
                        "scope",
                        Map.of("kind", "project", "value", "PERMIT"),
                        "period",
                        Map.of("from", "2026-01-01", "to", "2026-03-31"),
                        "title",
                        "Q1");

        assertStatus(403, vera.post(API + "/retrospectives", body));
        assertStatus(201, pia.post(API + "/retrospectives", body));
    }

    @Test
    public void
            recordAppliedIn_shouldAnswer403_whenTheReaderMayNotEditTheIssue_and409TheSecondTime() {
        long story = StoryFixtures.share(pia, story());
        String key = RunningSandbox.newExperiment("PERMIT");

        assertStatus(
                403, vera.post(API + "/failures/" + story + "/applied", Map.of("issueKey", key)));
        assertStatus(
                201, pia.post(API + "/failures/" + story + "/applied", Map.of("issueKey", key)));
        assertStatus(
                409,
                pia.post(
                        API + "/failures/" + story + "/applied",
                        Map.of("issueKey", key.toLowerCase())));
        assertEquals(
                1, pia.get(API + "/failures/" + story + "/applied").json().get("values").size());
    }

    @Test
    public void removeAppliedIn_shouldRemoveTheRecord_whenWhoRecordedItAsks() {
        long story = StoryFixtures.share(pia, story());
        String key = RunningSandbox.newExperiment("PERMIT");
        pia.post(API + "/failures/" + story + "/applied", Map.of("issueKey", key));

        assertStatus(
                403,
                RunningSandbox.as("nina").delete(API + "/failures/" + story + "/applied/" + key));
        assertStatus(204, pia.delete(API + "/failures/" + story + "/applied/" + key));

        assertEquals(
                0, pia.get(API + "/failures/" + story + "/applied").json().get("values").size());
        assertStatus(
                201, pia.post(API + "/failures/" + story + "/applied", Map.of("issueKey", key)));
    }

    @Test
    public void viewStory_shouldNotNameTheExperiment_whenTheReaderMayNotBrowseItsProject() {
        String key = RunningSandbox.newExperiment("PERMIT");
        Map<String, Object> story = story();
        story.put("experimentIssueKey", key);
        long id = StoryFixtures.share(pia, story);

        JsonNode seen = olaf.get(API + "/failures/" + id).json();
        String feed = olaf.get(API + "/failures").body();

        assertNull(seen.get("experiment"));
        assertTrue(seen.get("experimentHidden").asBoolean());
        assertFalse(feed, feed.contains(key + "\""));
        assertEquals(
                key,
                pia.get(API + "/failures/" + id).json().get("experiment").get("issueKey").asText());
    }

    @Test
    public void getExperiment_shouldFindTheIssue_whenTheKeyIsTypedInLowerCase() {
        String key = RunningSandbox.newExperiment("PERMIT");

        SandboxClient.Reply reply = pia.get(API + "/experiments/" + key.toLowerCase());

        assertStatus(200, reply);
        assertEquals(key, reply.json().get("issueKey").asText());
    }

    // correct, remove, reopen

    @Test
    public void reopen_shouldBringAConcludedExperimentBackToAnalysing_andAuditTheReason() {
        String key = concluded();

        SandboxClient.Reply reply =
                pia.post(
                        API + "/experiments/" + key + "/reopen",
                        Map.of(
                                "version",
                                version(key),
                                "reason",
                                "The figures were entered twice"));

        assertStatus(200, reply);
        assertEquals("analysing", reply.json().get("stage").asText());
        assertTrue(
                pia.get(API + "/experiments/" + key + "/history")
                        .body()
                        .contains("The figures were entered twice"));
    }

    @Test
    public void reopen_shouldAnswer403_whenTheReaderMayNotEdit_and400WithoutAReason() {
        String key = concluded();

        assertStatus(
                403,
                vera.post(
                        API + "/experiments/" + key + "/reopen",
                        Map.of("version", version(key), "reason", "x")));
        assertStatus(
                400,
                pia.post(
                        API + "/experiments/" + key + "/reopen",
                        Map.of("version", version(key), "reason", " ")));
        assertEquals(
                "concluded", pia.get(API + "/experiments/" + key).json().get("stage").asText());
    }

    @Test
    public void deleteIteration_shouldDeleteOnlyTheLast_withItsResults() {
        String key = RunningSandbox.newExperiment("PERMIT");
        long first = firstIteration(key);
        JsonNode iterations =
                pia.post(API + "/experiments/" + key + "/iterations", Map.of("change", "two"))
                        .json()
                        .get("iterations");
        long second = iterations.get(1).get("id").asLong();
        pia.post(
                API + "/experiments/" + key + "/iterations/" + second + "/results",
                Map.of("title", "Rate", "kind", "observed", "before", 1, "after", 2));

        assertStatus(409, pia.delete(API + "/experiments/" + key + "/iterations/" + first));
        assertStatus(403, vera.delete(API + "/experiments/" + key + "/iterations/" + second));
        assertStatus(204, pia.delete(API + "/experiments/" + key + "/iterations/" + second));

        assertEquals(1, pia.get(API + "/experiments/" + key).json().get("iterations").size());
        SandboxClient.Reply again =
                pia.post(
                        API + "/experiments/" + key + "/iterations", Map.of("change", "two again"));
        assertStatus(201, again);
        assertEquals(2, again.json().get("iterations").get(1).get("number").asInt());
    }

    @Test
    public void correctAndDeleteMeasurement_shouldChangeTheRecord_andFreeTheDay() {
        long id = outcome("cost-per-transaction");
        long measurement =
                admin.post(
                                API + "/outcomes/" + id + "/measurements",
                                Map.of("value", 12.5, "measuredOn", "2025-03-01"))
                        .json()
                        .get("id")
                        .asLong();

        SandboxClient.Reply corrected =
                admin.put(
                        API + "/outcomes/" + id + "/measurements/" + measurement,
                        Map.of("value", 1250.5, "measuredOn", "2025-03-02"));
        assertStatus(200, corrected);
        assertEquals(1250.5, corrected.json().get("value").asDouble(), 0);
        assertStatus(
                201,
                admin.post(
                        API + "/outcomes/" + id + "/measurements",
                        Map.of("value", 11, "measuredOn", "2025-03-01")));
        assertStatus(403, pia.delete(API + "/outcomes/" + id + "/measurements/" + measurement));
        assertStatus(204, admin.delete(API + "/outcomes/" + id + "/measurements/" + measurement));

        assertEquals(
                1,
                admin.get(API + "/outcomes/" + id + "/measurements").json().get("values").size());
    }

    @Test
    public void deleteOutcome_shouldAnswer409_whenAnExperimentAimsAtIt_and204Otherwise() {
        long linked = outcome("cost-per-transaction");
        long unused = outcome("cost-per-transaction");
        String key = RunningSandbox.newExperiment("PERMIT");
        Map<String, Object> plan = new HashMap<>();
        plan.put("version", version(key));
        plan.put("outcomes", List.of(Map.of("outcomeId", linked, "expected", "decrease")));
        assertStatus(200, pia.put(API + "/experiments/" + key + "/plan", plan));

        assertStatus(409, admin.delete(API + "/outcomes/" + linked));
        assertStatus(204, admin.delete(API + "/outcomes/" + unused));

        assertStatus(404, admin.get(API + "/outcomes/" + unused));
        assertStatus(200, admin.get(API + "/outcomes/" + linked));
    }

    @Test
    public void deleteRetrospective_shouldDelete_whenTheAuthorAsks_andTheOwnerMayTickAnAction() {
        SandboxClient.Reply held =
                pia.post(
                        API + "/retrospectives",
                        Map.of(
                                "scope",
                                Map.of("kind", "project", "value", "PERMIT"),
                                "period",
                                Map.of("from", "2026-01-01", "to", "2026-03-31"),
                                "title",
                                "Q1",
                                "actions",
                                List.of(
                                        Map.of(
                                                "text",
                                                "Call the districts",
                                                "ownerName",
                                                "dirk"))));
        assertStatus(201, held);
        long id = held.json().get("id").asLong();
        long action = held.json().get("actions").get(0).get("id").asLong();

        SandboxClient.Reply ticked =
                RunningSandbox.as("dirk")
                        .put(
                                API + "/retrospectives/" + id + "/actions/" + action,
                                Map.of(
                                        "done",
                                        true,
                                        "version",
                                        held.json().get("version").asLong()));
        assertStatus(200, ticked);
        assertTrue(ticked.json().get("actions").get(0).get("done").asBoolean());
        assertStatus(403, RunningSandbox.as("nina").delete(API + "/retrospectives/" + id));
        assertStatus(204, pia.delete(API + "/retrospectives/" + id));
    }
}
