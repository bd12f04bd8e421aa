package org.experimentlog.sandbox.http;

import static org.experimentlog.sandbox.http.StoryFixtures.API;
import static org.experimentlog.sandbox.http.StoryFixtures.feedOf;
import static org.experimentlog.sandbox.http.StoryFixtures.newDepartment;
import static org.experimentlog.sandbox.http.StoryFixtures.share;
import static org.experimentlog.sandbox.http.StoryFixtures.storyFor;
import static org.experimentlog.sandbox.http.StoryFixtures.storyForEveryone;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.experimentlog.app.port.Clock;
import org.junit.Before;
import org.junit.Test;

/**
 * The failure story endpoints over real HTTP against the running sandbox: every endpoint's happy
 * path, the rules (edit rights, own story, stale versions) and bad input, which always answers 400
 * naming the field and changes nothing.
 */
public class FailureStoryApiTest {
    private SandboxClient pia;
    private SandboxClient dirk;
    private SandboxClient admin;
    private long department;
    private Map<String, Object> story;

    @Before
    public void setUp() {
        pia = RunningSandbox.as("pia");
        dirk = RunningSandbox.as("dirk");
        admin = RunningSandbox.as("admin");
        department = newDepartment("dept-design");
        story = storyFor(department);
    }

    private JsonNode read(long id) {
        SandboxClient.Reply reply = pia.get(API + "/" + id);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private int totalOfAllStories() {
        return admin.get(API + "?maxResults=1").json().get("total").asInt();
    }

    private static void assertRejected(SandboxClient.Reply reply, String field) {
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(
                reply.toString(), field, reply.json().get("errors").get(0).get("field").asText());
    }

    private static String longText(int length) {
        return "x".repeat(length);
    }

    private Map<String, Object> experimentIssueWithIteration() {
        String key = RunningSandbox.newIssue("MOVE", "Experiment");
        pia.post("/rest/experiment-log/1.0/experiments/" + key, null);
        JsonNode experiment =
                pia.post(
                                "/rest/experiment-log/1.0/experiments/" + key + "/iterations",
                                Map.of("change", "letters checked against the population register"))
                        .json();
        return Map.of(
                "key", key, "iteration", experiment.get("iterations").get(0).get("id").asLong());
    }

    // sharing

    @Test
    public void share_shouldAnswer201WithTheStory() {
        SandboxClient.Reply reply = pia.post(API, story);

        assertEquals(reply.toString(), 201, reply.status());
        JsonNode json = reply.json();
        assertEquals("Renewal reminders went to old addresses", json.get("title").asText());
        assertEquals("A third of the letters came back.", json.get("whatHappened").asText());
        assertEquals(
                List.of("untested-assumption", "data-quality"),
                List.of(json.get("factors").get(0).asText(), json.get("factors").get(1).asText()));
        assertEquals("medium", json.get("impact").asText());
        assertFalse(json.get("audience").get("everyone").asBoolean());
        assertEquals(department, json.get("audience").get("departments").get(0).asLong());
        assertEquals("pia", json.get("author").asText());
        assertFalse(json.get("anonymous").asBoolean());
        assertEquals(0, json.get("helpedCount").asInt());
        assertNull(json.get("experiment"));
        JsonNode stored = read(json.get("id").asLong());
        assertEquals(json.get("title"), stored.get("title"));
        assertEquals(json.get("version"), stored.get("version"));
        assertEquals(json.get("createdAt"), stored.get("createdAt"));
        assertEquals(
                "Check addresses against the population register first.",
                stored.get("whatWeWillDoDifferently").asText());
    }

    @Test
    public void share_shouldLinkTheExperimentAndIteration_whenTheyAreGiven() {
        Map<String, Object> experiment = experimentIssueWithIteration();
        story.put("experimentIssueKey", experiment.get("key"));
        story.put("iterationId", experiment.get("iteration"));

        SandboxClient.Reply reply = pia.post(API, story);

        assertEquals(reply.toString(), 201, reply.status());
        JsonNode link = read(reply.json().get("id").asLong()).get("experiment");
        assertEquals(experiment.get("key"), link.get("issueKey").asText());
        assertEquals(experiment.get("iteration"), link.get("iterationId").asLong());
    }

    @Test
    public void share_shouldKeepOtherFactors_whenNoFactorFromTheListIsNamed() {
        story.put("factors", List.of());
        story.put("otherFactors", "The supplier's letters were printed a week late.");

        SandboxClient.Reply reply = pia.post(API, story);

        assertEquals(reply.toString(), 201, reply.status());
        JsonNode stored = read(reply.json().get("id").asLong());
        assertEquals(0, stored.get("factors").size());
        assertEquals(
                "The supplier's letters were printed a week late.",
                stored.get("otherFactors").asText());
    }

    @Test
    public void share_shouldAnswer401_whenNobodyIsLoggedIn() {
        SandboxClient.Reply reply = RunningSandbox.anonymous().post(API, story);

        assertEquals(reply.toString(), 401, reply.status());
        assertEquals(0, feedOf(admin, department).json().get("total").asInt());
    }

    // bad input when sharing: 400 naming the field, and no story stored

    private void assertShareRejected(String field) {
        int before = totalOfAllStories();

        SandboxClient.Reply reply = pia.post(API, story);

        assertRejected(reply, field);
        assertEquals(before, totalOfAllStories());
    }

    @Test
    public void share_shouldAnswer400_whenTheTitleIsMissing() {
        story.remove("title");

        assertShareRejected("title");
    }

    @Test
    public void share_shouldAnswer400_whenTheTitleIsTooLong() {
        story.put("title", longText(201));

        assertShareRejected("title");
    }

    @Test
    public void share_shouldAnswer400_whenNoFactorIsNamedAndNoOtherFactorsAreGiven() {
        story.put("factors", List.of());

        assertShareRejected("factors");
    }

    @Test
    public void share_shouldAnswer400_whenAFactorCodeIsUnknown() {
        story.put("factors", List.of("data-quality", "bad-luck"));

        assertShareRejected("factors");
    }

    @Test
    public void share_shouldAnswer400_whenTheImpactCodeIsUnknown() {
        story.put("impact", "catastrophic");

        assertShareRejected("impact");
    }

    @Test
    public void share_shouldAnswer400_whenANumberIsSentForText() {
        story.put("whatHappened", 42);

        assertShareRejected("whatHappened");
    }

    @Test
    public void share_shouldAnswer400_whenTheAudienceNamesNoDepartmentAndNotEveryone() {
        story.put("audience", Map.of("everyone", false, "departments", List.of()));

        assertShareRejected("audience.departments");
    }

    @Test
    public void share_shouldAnswer400_whenTheAudienceIsMissing() {
        story.remove("audience");

        assertShareRejected("audience");
    }

    @Test
    public void share_shouldAnswer400_whenAnAudienceDepartmentDoesNotExist() {
        story.put(
                "audience", Map.of("everyone", false, "departments", List.of(department, 999_999)));

        assertShareRejected("audience.departments");
    }

    @Test
    public void share_shouldAnswer400_whenTheBodyIsMalformedJson() {
        int before = totalOfAllStories();

        SandboxClient.Reply reply =
                pia.send("POST", API, "{\"title\": \"Half a story", "application/json");

        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(before, totalOfAllStories());
    }

    // the feed

    @Test
    public void feed_shouldListTheDepartmentsStoriesNewestFirstWithTheirHelpedCounts() {
        long older = share(pia, story);
        story.put("title", "The new form confused residents");
        long newer = share(pia, story);
        dirk.post(API + "/" + older + "/helpful", null);

        SandboxClient.Reply reply = feedOf(dirk, department);

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode page = reply.json();
        assertEquals(2, page.get("total").asInt());
        assertTrue(page.get("isLast").asBoolean());
        assertEquals(newer, page.get("values").get(0).get("id").asLong());
        assertEquals(0, page.get("values").get(0).get("helpedCount").asInt());
        assertEquals(older, page.get("values").get(1).get("id").asLong());
        assertEquals(1, page.get("values").get(1).get("helpedCount").asInt());
    }

    @Test
    public void feed_shouldPage_whenMaxResultsIsSmallerThanTheList() {
        share(pia, story);
        long newer = share(pia, story);

        JsonNode page =
                pia.get(API + "?department=" + department + "&startAt=0&maxResults=1").json();

        assertEquals(2, page.get("total").asInt());
        assertEquals(1, page.get("values").size());
        assertFalse(page.get("isLast").asBoolean());
        assertEquals(newer, page.get("values").get(0).get("id").asLong());
    }

    @Test
    public void feed_shouldFilterByFactorAndImpact() {
        long dataQuality = share(pia, story);
        story.put("factors", List.of("time-pressure"));
        story.put("impact", "low");
        long timePressure = share(pia, story);

        JsonNode byFactor =
                pia.get(API + "?department=" + department + "&factor=data-quality").json();
        JsonNode byImpact = pia.get(API + "?department=" + department + "&impact=low").json();

        assertEquals(1, byFactor.get("total").asInt());
        assertEquals(dataQuality, byFactor.get("values").get(0).get("id").asLong());
        assertEquals(1, byImpact.get("total").asInt());
        assertEquals(timePressure, byImpact.get("values").get(0).get("id").asLong());
    }

    @Test
    public void feed_shouldFilterByWordsInTheStory() {
        story.put("title", "Wording of the quagga zorilla notice");
        long letter = share(pia, story);
        story.put("title", "Quagga queue at the front desk");
        share(pia, story);

        JsonNode found =
                pia.get(API + "?department=" + department + "&text=ZORILLA%20quagga").json();

        assertEquals(1, found.get("total").asInt());
        assertEquals(letter, found.get("values").get(0).get("id").asLong());
    }

    @Test
    public void feed_shouldFilterByTheDayShared() {
        long id = share(pia, story);
        LocalDate day =
                LocalDate.ofInstant(
                        Instant.parse(read(id).get("createdAt").asText()),
                        RunningSandbox.get().component(Clock.class).zone());
        String feed = API + "?department=" + department;

        int sameDay = pia.get(feed + "&from=" + day + "&to=" + day).json().get("total").asInt();
        int fromNextDay = pia.get(feed + "&from=" + day.plusDays(1)).json().get("total").asInt();
        int toDayBefore = pia.get(feed + "&to=" + day.minusDays(1)).json().get("total").asInt();

        assertEquals(1, sameDay);
        assertEquals(0, fromNextDay);
        assertEquals(0, toDayBefore);
    }

    @Test
    public void feed_shouldAnswer400NamingTheParameter_whenAFilterIsMalformed() {
        assertRejected(pia.get(API + "?department=design"), "department");
        assertRejected(pia.get(API + "?factor=bad-luck"), "factor");
        assertRejected(pia.get(API + "?impact=huge"), "impact");
        assertRejected(pia.get(API + "?from=2026-13-01"), "from");
        assertRejected(pia.get(API + "?text=" + "x".repeat(201)), "text");
        assertRejected(pia.get(API + "?startAt=first"), "startAt");
        assertRejected(pia.get(API + "?maxResults=0"), "maxResults");
    }

    // reading one story

    @Test
    public void get_shouldAnswer404_whenTheStoryDoesNotExist() {
        SandboxClient.Reply reply = pia.get(API + "/999999999");

        assertEquals(reply.toString(), 404, reply.status());
    }

    // editing

    @Test
    public void edit_shouldReplaceTheStory() {
        long id = share(pia, story);
        story.put("version", read(id).get("version").asLong());
        story.put("title", "Reminders reached only two thirds of residents");
        story.put("factors", List.of("dependency-or-supplier"));
        story.put("impact", "high");
        story.put("audience", Map.of("everyone", true));

        SandboxClient.Reply reply = pia.put(API + "/" + id, story);

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode stored = read(id);
        assertEquals(
                "Reminders reached only two thirds of residents", stored.get("title").asText());
        assertEquals("dependency-or-supplier", stored.get("factors").get(0).asText());
        assertEquals(1, stored.get("factors").size());
        assertEquals("high", stored.get("impact").asText());
        assertTrue(stored.get("audience").get("everyone").asBoolean());
        assertEquals((long) story.get("version") + 1, stored.get("version").asLong());
        assertEquals(reply.json().get("version"), stored.get("version"));
    }

    @Test
    public void edit_shouldBeAllowed_whenTheCallerIsAnAdministrator() {
        long id = share(pia, story);
        story.put("version", read(id).get("version").asLong());
        story.put("title", "Retitled by the administrator");

        SandboxClient.Reply reply = admin.put(API + "/" + id, story);

        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("Retitled by the administrator", read(id).get("title").asText());
        assertEquals("pia", read(id).get("author").asText());
    }

    @Test
    public void
            edit_shouldAnswer403AndChangeNothing_whenTheCallerIsNeitherTheAuthorNorAnAdministrator() {
        long id = share(pia, story);
        story.put("version", read(id).get("version").asLong());
        story.put("title", "Retitled by a reader");

        SandboxClient.Reply reply = dirk.put(API + "/" + id, story);

        assertEquals(reply.toString(), 403, reply.status());
        assertEquals("Renewal reminders went to old addresses", read(id).get("title").asText());
    }

    @Test
    public void edit_shouldAnswer409AndKeepTheFirstWrite_whenTheVersionIsStale() {
        long id = share(pia, story);
        story.put("version", read(id).get("version").asLong());
        story.put("title", "The first write");
        assertEquals(200, pia.put(API + "/" + id, story).status());
        story.put("title", "The second write, from an old copy");

        SandboxClient.Reply reply = admin.put(API + "/" + id, story);

        assertEquals(reply.toString(), 409, reply.status());
        assertEquals("The first write", read(id).get("title").asText());
    }

    // bad input when editing: 400 naming the field, and the story unchanged

    private void assertEditRejected(String field) {
        long id = share(pia, storyFor(department));
        JsonNode before = read(id);
        story.put("version", before.get("version").asLong());

        SandboxClient.Reply reply = pia.put(API + "/" + id, story);

        assertRejected(reply, field);
        assertEquals(before, read(id));
    }

    @Test
    public void edit_shouldAnswer400_whenTheVersionIsMissing() {
        long id = share(pia, story);
        JsonNode before = read(id);
        story.put("title", "Without a version");

        SandboxClient.Reply reply = pia.put(API + "/" + id, story);

        assertRejected(reply, "version");
        assertEquals(before, read(id));
    }

    @Test
    public void edit_shouldAnswer400_whenTheTitleIsMissing() {
        story.put("title", "   ");

        assertEditRejected("title");
    }

    @Test
    public void edit_shouldAnswer400_whenTheTitleIsTooLong() {
        story.put("title", longText(201));

        assertEditRejected("title");
    }

    @Test
    public void edit_shouldAnswer400_whenNoFactorIsNamedAndNoOtherFactorsAreGiven() {
        story.remove("factors");

        assertEditRejected("factors");
    }

    @Test
    public void edit_shouldAnswer400_whenAFactorCodeIsUnknown() {
        story.put("factors", List.of("bad-luck"));

        assertEditRejected("factors");
    }

    @Test
    public void edit_shouldAnswer400_whenTheImpactCodeIsUnknown() {
        story.put("impact", "catastrophic");

        assertEditRejected("impact");
    }

    @Test
    public void edit_shouldAnswer400_whenANumberIsSentForText() {
        story.put("title", 42);

        assertEditRejected("title");
    }

    @Test
    public void edit_shouldAnswer400_whenTheAudienceNamesNoDepartmentAndNotEveryone() {
        story.put("audience", Map.of("everyone", false));

        assertEditRejected("audience.departments");
    }

    @Test
    public void edit_shouldAnswer400_whenTheAudienceIsEveryoneAndDepartments() {
        story.put("audience", Map.of("everyone", true, "departments", List.of(department)));

        assertEditRejected("audience.departments");
    }

    @Test
    public void edit_shouldAnswer400AndChangeNothing_whenTheBodyIsMalformedJson() {
        long id = share(pia, story);
        JsonNode before = read(id);

        SandboxClient.Reply reply =
                pia.send("PUT", API + "/" + id, "{\"version\": 1, \"title\": ", "application/json");

        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(before, read(id));
    }

    // deleting

    @Test
    public void delete_shouldAnswer204AndForgetTheStory() {
        long id = share(pia, story);

        SandboxClient.Reply reply = pia.delete(API + "/" + id);

        assertEquals(reply.toString(), 204, reply.status());
        assertEquals(404, pia.get(API + "/" + id).status());
        assertEquals(0, feedOf(admin, department).json().get("total").asInt());
    }

    @Test
    public void
            delete_shouldAnswer403AndKeepTheStory_whenTheCallerIsNeitherTheAuthorNorAnAdministrator() {
        long id = share(pia, story);

        SandboxClient.Reply reply = dirk.delete(API + "/" + id);

        assertEquals(reply.toString(), 403, reply.status());
        assertEquals(id, read(id).get("id").asLong());
    }

    @Test
    public void delete_shouldBeAllowed_whenTheCallerIsAnAdministrator() {
        long id = share(pia, story);

        SandboxClient.Reply reply = admin.delete(API + "/" + id);

        assertEquals(reply.toString(), 204, reply.status());
        assertEquals(404, pia.get(API + "/" + id).status());
    }

    // "this helped me"

    @Test
    public void markHelped_shouldAnswerMarkedAndCountTheMark() {
        long id = share(pia, story);

        SandboxClient.Reply reply = dirk.post(API + "/" + id + "/helpful", null);

        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.json().get("marked").asBoolean());
        assertEquals(1, read(id).get("helpedCount").asInt());
    }

    @Test
    public void markHelped_shouldAnswerAsTheFirstTime_whenTheReaderMarkedTheStoryAlready() {
        long id = share(pia, story);
        SandboxClient.Reply first = dirk.post(API + "/" + id + "/helpful", null);

        SandboxClient.Reply reply = dirk.post(API + "/" + id + "/helpful", null);

        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(first.body(), reply.body());
        assertEquals(1, read(id).get("helpedCount").asInt());
    }

    @Test
    public void markHelped_shouldAnswer409_whenTheAuthorMarksTheirOwnStory() {
        long id = share(pia, story);

        SandboxClient.Reply reply = pia.post(API + "/" + id + "/helpful", null);

        assertEquals(reply.toString(), 409, reply.status());
        assertEquals(0, read(id).get("helpedCount").asInt());
    }

    @Test
    public void unmarkHelped_shouldTakeTheMarkBack() {
        long id = share(pia, story);
        dirk.post(API + "/" + id + "/helpful", null);

        SandboxClient.Reply reply = dirk.delete(API + "/" + id + "/helpful");

        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.json().get("unmarked").asBoolean());
        assertEquals(0, read(id).get("helpedCount").asInt());
    }

    @Test
    public void unmarkHelped_shouldAnswerAsWhenThereWasAMark_whenThereIsNoMark() {
        long id = share(pia, story);

        SandboxClient.Reply reply = dirk.delete(API + "/" + id + "/helpful");

        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.json().get("unmarked").asBoolean());
    }

    // "applied in"

    @Test
    public void recordAppliedIn_shouldAnswer201AndListTheRecord() {
        long id = share(pia, story);
        String issueKey = RunningSandbox.newExperiment("MOVE");

        SandboxClient.Reply reply =
                dirk.post(
                        API + "/" + id + "/applied",
                        Map.of(
                                "issueKey",
                                issueKey,
                                "note",
                                "We checked addresses before the mailing."));

        assertEquals(reply.toString(), 201, reply.status());
        assertEquals(issueKey, reply.json().get("issueKey").asText());
        assertEquals("dirk", reply.json().get("appliedBy").asText());
        JsonNode list = pia.get(API + "/" + id + "/applied").json().get("values");
        assertEquals(1, list.size());
        assertEquals(issueKey, list.get(0).get("issueKey").asText());
        assertEquals("We checked addresses before the mailing.", list.get(0).get("note").asText());
    }

    @Test
    public void recordAppliedIn_shouldAnswer404_whenTheUserCannotBrowseTheIssue() {
        long id = share(pia, storyForEveryone());
        String permitIssue = RunningSandbox.newExperiment("PERMIT");

        SandboxClient.Reply reply =
                RunningSandbox.as("olaf")
                        .post(API + "/" + id + "/applied", Map.of("issueKey", permitIssue));

        assertEquals(reply.toString(), 404, reply.status());
        assertEquals(0, admin.get(API + "/" + id + "/applied").json().get("values").size());
    }

    @Test
    public void appliedIn_shouldLeaveOutIssuesTheReaderCannotBrowse() {
        long id = share(pia, storyForEveryone());
        String permitIssue = RunningSandbox.newExperiment("PERMIT");
        pia.post(
                API + "/" + id + "/applied",
                Map.of("issueKey", permitIssue, "note", "Internal permit details."));

        SandboxClient.Reply reply = RunningSandbox.as("olaf").get(API + "/" + id + "/applied");

        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(0, reply.json().get("values").size());
        assertEquals(1, pia.get(API + "/" + id + "/applied").json().get("values").size());
    }

    // bad input when recording "applied in": 400 naming the field, and nothing recorded

    private void assertAppliedInRejected(Object body, String field) {
        long id = share(pia, story);

        SandboxClient.Reply reply =
                body instanceof String raw
                        ? dirk.send("POST", API + "/" + id + "/applied", raw, "application/json")
                        : dirk.post(API + "/" + id + "/applied", body);

        if (field == null) {
            assertEquals(reply.toString(), 400, reply.status());
        } else {
            assertRejected(reply, field);
        }
        assertEquals(0, pia.get(API + "/" + id + "/applied").json().get("values").size());
    }

    @Test
    public void recordAppliedIn_shouldAnswer400_whenTheIssueKeyIsMissing() {
        assertAppliedInRejected(Map.of("note", "Somewhere."), "issueKey");
    }

    @Test
    public void recordAppliedIn_shouldAnswer400_whenTheNoteIsTooLong() {
        assertAppliedInRejected(
                Map.of("issueKey", RunningSandbox.newExperiment("MOVE"), "note", longText(1_001)),
                "note");
    }

    @Test
    public void recordAppliedIn_shouldAnswer400_whenANumberIsSentForTheIssueKey() {
        assertAppliedInRejected(Map.of("issueKey", 42), "issueKey");
    }

    @Test
    public void recordAppliedIn_shouldAnswer400_whenTheBodyIsMalformedJson() {
        assertAppliedInRejected("{\"issueKey\": ", null);
    }
}
