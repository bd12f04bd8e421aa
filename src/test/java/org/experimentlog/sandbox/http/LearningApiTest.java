package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.Reference;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The learning library over real HTTP against the running sandbox. The sandbox database is shared
 * with other test classes, so every learning here carries a tag made for this run, and every search
 * names it.
 */
public class LearningApiTest {
    private static final String LIBRARY = "/rest/experiment-log/1.0/learnings";
    private static final String EXPERIMENTS = "/rest/experiment-log/1.0/experiments/";

    private static String tag;
    private static long departmentA;
    private static long departmentB;
    private static long outcome;
    private static String formIssue;
    private static String letterIssue;
    private static String moveIssue;
    private static LocalDate today;

    @BeforeClass
    public static void writeLearnings() {
        tag = "lib-" + UUID.randomUUID().toString().substring(0, 8);
        DepartmentRepository departments =
                RunningSandbox.get().component(DepartmentRepository.class);
        departmentA =
                departments.save(Department.create("Library A " + tag, null)).requireId().value();
        departmentB =
                departments.save(Department.create("Library B " + tag, null)).requireId().value();
        // Departments and outcomes have no REST endpoints yet: they are made behind the API, as an
        // administrator would.
        Outcome defined =
                Outcome.define(
                        "Library outcome " + tag,
                        null,
                        Metric.preset(MetricKind.COMPLETION_RATE),
                        new Reference(62, LocalDate.of(2026, 1, 1)),
                        new Reference(80, LocalDate.of(2026, 12, 31)),
                        new DepartmentId(departmentA),
                        new UserRef("admin"),
                        Instant.now());
        outcome =
                RunningSandbox.get()
                        .component(OutcomeRepository.class)
                        .save(defined)
                        .requireId()
                        .value();
        SandboxClient pia = RunningSandbox.as("pia");
        today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

        formIssue = experiment(pia, "PERMIT", departmentA, outcome);
        learn(pia, formIssue, "Residents trust the ONE-PAGE form more " + tag, tag, "forms");
        conclude(pia, formIssue, "validated");
        letterIssue = experiment(pia, "PERMIT", departmentB, null);
        learn(pia, letterIssue, "Plain letters cut calls " + tag, tag);
        moveIssue = experiment(pia, "MOVE", departmentA, null);
        learn(pia, moveIssue, "Moving house online works " + tag, tag);
    }

    private static String experiment(
            SandboxClient client, String project, long department, Long outcomeId) {
        String key = RunningSandbox.newIssue(project, "Experiment");
        check(client.post(EXPERIMENTS + key, null), 201);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        if (outcomeId != null) {
            outcomes.add(Map.of("outcomeId", outcomeId, "expected", "increase"));
        }
        check(
                client.put(
                        EXPERIMENTS + key + "/plan",
                        Map.of(
                                "version",
                                version(client, key),
                                "departments",
                                List.of(department),
                                "outcomes",
                                outcomes)),
                200);
        return key;
    }

    private static void learn(SandboxClient client, String key, String statement, String... tags) {
        check(
                client.post(
                        EXPERIMENTS + key + "/learnings",
                        Map.of("statement", statement, "tags", List.of(tags))),
                201);
    }

    private static void conclude(SandboxClient client, String key, String verdict) {
        check(
                client.put(
                        EXPERIMENTS + key + "/hypothesis",
                        Map.of(
                                "version",
                                version(client, key),
                                "change",
                                "a one-page form",
                                "audience",
                                "residents",
                                "expectedResult",
                                "more completed applications",
                                "reason",
                                "the old form asked twice",
                                "signal",
                                "completion rises from 61% to 75%")),
                200);
        for (String stage : List.of("running", "analysing")) {
            check(
                    client.post(
                            EXPERIMENTS + key + "/transitions",
                            Map.of("version", version(client, key), "stage", stage)),
                    200);
        }
        check(
                client.post(
                        EXPERIMENTS + key + "/transitions",
                        Map.of(
                                "version",
                                version(client, key),
                                "stage",
                                "concluded",
                                "verdict",
                                verdict)),
                200);
    }

    private static long version(SandboxClient client, String key) {
        return client.get(EXPERIMENTS + key).json().get("version").asLong();
    }

    private static void check(SandboxClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + ": " + reply);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode search(SandboxClient client, String parameters) {
        SandboxClient.Reply reply = client.get(LIBRARY + "?tag=" + tag + parameters);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.get("values").forEach(hit -> keys.add(hit.get("issueKey").asText()));
        assertEquals("total of " + page, keys.size(), page.get("total").asInt());
        return keys;
    }

    private static List<String> keys(String parameters) {
        return keys(search(RunningSandbox.as("pia"), parameters));
    }

    @Test
    public void
            search_shouldFindEveryLearningWithTheTag_newestFirst_withTheExperimentsStageAndVerdict() {
        JsonNode page = search(RunningSandbox.as("pia"), "");

        assertEquals(List.of(moveIssue, letterIssue, formIssue), keys(page));
        JsonNode form = page.get("values").get(2);
        assertEquals(
                "Residents trust the ONE-PAGE form more " + tag, form.get("statement").asText());
        assertEquals(
                List.of("forms", tag),
                List.of(form.get("tags").get(0).asText(), form.get("tags").get(1).asText()));
        assertEquals("concluded", form.get("stage").asText());
        assertEquals("validated", form.get("verdict").asText());
        assertEquals("pia", form.get("author").asText());
        assertTrue(form.path("iterationId").isMissingNode());
        assertTrue(form.get("id").asLong() > 0);
        assertTrue(
                Instant.parse(form.get("createdAt").asText())
                        .isAfter(Instant.now().minusSeconds(600)));
        assertEquals("designing", page.get("values").get(0).get("stage").asText());
        assertTrue(page.get("values").get(0).path("verdict").isMissingNode());
    }

    @Test
    public void search_shouldMatchTheTagInAnyCase() {
        SandboxClient.Reply reply =
                RunningSandbox.as("pia").get(LIBRARY + "?tag=" + tag.toUpperCase(Locale.ROOT));

        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(List.of(moveIssue, letterIssue, formIssue), keys(reply.json()));
    }

    @Test
    public void search_shouldMatchTheTextIgnoringCase() {
        assertEquals(List.of(formIssue), keys("&q=" + encode("one-page FORM")));
        assertEquals(List.of(letterIssue), keys("&q=" + encode("PLAIN letters")));
        assertEquals(List.of(), keys("&q=" + encode("two-page form")));
    }

    @Test
    public void search_shouldMatchWordForms_andRequireEveryWord() {
        assertEquals(List.of(formIssue), keys("&q=" + encode("resident trusted forms")));
        assertEquals(List.of(formIssue), keys("&q=" + encode("pages")));
        assertEquals(List.of(), keys("&q=" + encode("forms letters")));
    }

    @Test
    public void search_shouldFilterByDepartment() {
        assertEquals(List.of(moveIssue, formIssue), keys("&department=" + departmentA));
        assertEquals(List.of(letterIssue), keys("&department=" + departmentB));
    }

    @Test
    public void search_shouldFilterByOutcome() {
        assertEquals(List.of(formIssue), keys("&outcome=" + outcome));
        assertEquals(List.of(), keys("&outcome=" + (outcome + 1000)));
    }

    @Test
    public void search_shouldFilterByVerdict() {
        assertEquals(List.of(formIssue), keys("&verdict=validated"));
        assertEquals(List.of(), keys("&verdict=invalidated"));
    }

    @Test
    public void search_shouldFilterByTheDayTheLearningWasWritten() {
        assertEquals(
                List.of(moveIssue, letterIssue, formIssue),
                keys("&from=" + today.minusDays(1) + "&to=" + today.plusDays(1)));
        assertEquals(List.of(), keys("&from=" + today.plusDays(2)));
        assertEquals(List.of(), keys("&to=" + today.minusDays(2)));
    }

    @Test
    public void search_shouldCombineTheFilters() {
        assertEquals(
                List.of(formIssue),
                keys(
                        "&q=form&department="
                                + departmentA
                                + "&outcome="
                                + outcome
                                + "&verdict=validated&from="
                                + today.minusDays(1)));
        assertEquals(List.of(), keys("&q=form&department=" + departmentB + "&verdict=validated"));
    }

    @Test
    public void search_shouldPage_withTheTotalOfTheWholeResult() {
        JsonNode first = search(RunningSandbox.as("pia"), "&maxResults=2");
        JsonNode second = search(RunningSandbox.as("pia"), "&startAt=2&maxResults=2");

        assertEquals(3, first.get("total").asInt());
        assertEquals(2, first.get("values").size());
        assertEquals(moveIssue, first.get("values").get(0).get("issueKey").asText());
        assertFalse(first.get("isLast").asBoolean());
        assertEquals(3, second.get("total").asInt());
        assertEquals(1, second.get("values").size());
        assertEquals(formIssue, second.get("values").get(0).get("issueKey").asText());
        assertTrue(second.get("isLast").asBoolean());
        assertEquals(2, second.get("startAt").asInt());
    }

    @Test
    public void search_shouldNeverShowOrCountPermitLearnings_toSomeoneWhoMayNotBrowsePermit() {
        JsonNode olaf = search(RunningSandbox.as("olaf"), "");
        JsonNode olafByText = search(RunningSandbox.as("olaf"), "&q=" + encode("one-page form"));

        assertEquals(List.of(moveIssue), keys(olaf));
        assertEquals(
                1,
                search(RunningSandbox.as("olaf"), "&startAt=0&maxResults=1").get("total").asInt());
        assertEquals(
                0,
                search(RunningSandbox.as("olaf"), "&startAt=1&maxResults=1").get("values").size());
        assertEquals(0, olafByText.get("total").asInt());
        assertEquals(0, olafByText.get("values").size());
        assertEquals(
                List.of(moveIssue, letterIssue, formIssue),
                keys(search(RunningSandbox.as("vera"), "")));
    }

    @Test
    public void search_shouldAskToLogIn_whenAnonymous() {
        SandboxClient.Reply reply = RunningSandbox.anonymous().get(LIBRARY + "?tag=" + tag);

        assertEquals(reply.toString(), 401, reply.status());
    }

    @Test
    public void search_shouldAnswer400NamingTheParameter_whenAParameterIsMalformed() {
        Map<String, String> malformed = new LinkedHashMap<>();
        malformed.put("verdict=maybe", "verdict");
        malformed.put("from=yesterday", "from");
        malformed.put("to=2026-13-01", "to");
        malformed.put("from=2026-03-05&to=2026-03-01", "to");
        malformed.put("department=abc", "department");
        malformed.put("outcome=-3", "outcome");
        malformed.put("tag=" + encode("no spaces!"), "tag");
        malformed.put("startAt=first", "startAt");
        malformed.put("startAt=-1", "startAt");
        malformed.put("maxResults=0", "maxResults");
        malformed.put("maxResults=501", "maxResults");
        malformed.put("q=" + "x".repeat(201), "q");

        for (Map.Entry<String, String> bad : malformed.entrySet()) {
            SandboxClient.Reply reply = RunningSandbox.as("pia").get(LIBRARY + "?" + bad.getKey());

            assertEquals(bad.getKey() + " -> " + reply, 400, reply.status());
            assertEquals(
                    bad.getKey() + " -> " + reply,
                    bad.getValue(),
                    reply.json().get("errors").get(0).get("field").asText());
            assertFalse(
                    bad.getKey(),
                    reply.json().get("errors").get(0).get("message").asText().isBlank());
        }
    }
}
