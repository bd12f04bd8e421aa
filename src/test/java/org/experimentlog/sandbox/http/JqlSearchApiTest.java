package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/**
 * The JQL functions end to end, as Jira's {@code GET /rest/api/2/search} runs them in the sandbox:
 * the descriptor's {@code jql-function} modules validate the value for the searcher and yield the
 * matching issues, which the search intersects with the other clauses and with what the searcher
 * may browse.
 */
public class JqlSearchApiTest {
    private JqlFixture fixture;

    @Before
    public void setUp() {
        fixture = JqlFixture.get();
    }

    private static SandboxClient.Reply search(String user, String jql, String more) {
        SandboxClient client = user == null ? RunningSandbox.anonymous() : RunningSandbox.as(user);
        return client.get(
                "/rest/api/2/search?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8) + more);
    }

    private static List<String> keys(String user, String jql) {
        SandboxClient.Reply reply = search(user, jql, "");
        assertEquals(reply.toString(), 200, reply.status());
        List<String> keys = new ArrayList<>();
        reply.json().get("issues").forEach(issue -> keys.add(issue.get("key").asText()));
        assertEquals(keys.size(), reply.json().get("total").asInt());
        return keys;
    }

    private String and(String clause) {
        return fixture.ours() + " AND " + clause;
    }

    @Test
    public void search_shouldAnswerInJirasShape_withTheIssuesOfTheFunction() {
        SandboxClient.Reply reply =
                search("pia", and("issue in experimentsInStage(\"running\")"), "");

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode body = reply.json();
        assertEquals(0, body.get("startAt").asInt());
        assertEquals(50, body.get("maxResults").asInt());
        assertEquals(1, body.get("total").asInt());
        JsonNode issue = body.get("issues").get(0);
        assertEquals(fixture.running, issue.get("key").asText());
        assertTrue(issue.get("id").isTextual());
        assertTrue(
                issue.get("self")
                        .asText()
                        .endsWith("/rest/api/2/issue/" + issue.get("id").asText()));
        assertEquals("Experiment", issue.get("fields").get("issuetype").get("name").asText());
        assertTrue(issue.get("fields").get("summary").asText().startsWith("Test issue"));
    }

    @Test
    public void search_shouldSelectByEachFunction() {
        assertEquals(
                List.of(fixture.designing, fixture.running, fixture.concluded),
                keys("pia", fixture.ours()));
        assertEquals(
                List.of(fixture.concluded),
                keys("pia", and("issue in experimentsWithVerdict(\"invalidated\")")));
        assertEquals(
                List.of(fixture.running, fixture.concluded),
                keys(
                        "pia",
                        "issue in experimentsForOutcome(\""
                                + fixture.outcomeTitle.toUpperCase()
                                + "\")"));
        assertEquals(
                List.of(fixture.running, fixture.concluded),
                keys("pia", "issue in experimentsForOutcome(" + fixture.outcomeId + ")"));
        assertEquals(
                List.of(fixture.designing, fixture.concluded),
                keys("pia", "issue in experimentsWithLearningTag(\"" + fixture.tag + "\")"));
        assertEquals(
                List.of(fixture.designing),
                keys("pia", and("issue in experimentsInStage('designing')")));
    }

    @Test
    public void search_shouldCombineFunctionsWithProjectAndIssueTypeClauses() {
        assertEquals(
                List.of(fixture.running, fixture.concluded),
                keys("pia", "project = PERMIT AND issuetype = Experiment AND " + fixture.ours()));
        assertEquals(
                List.of(fixture.designing), keys("pia", "project = MOVE and " + fixture.ours()));
        assertEquals(List.of(), keys("pia", "issuetype = Task AND " + fixture.ours()));
        assertEquals(
                List.of(fixture.running, fixture.concluded),
                keys("pia", and("issue not in experimentsInStage(\"designing\")")));
    }

    /** olaf may browse MOVE, not PERMIT: no function yields him a PERMIT issue. */
    @Test
    public void search_shouldNeverShowOlafAPermitIssue_throughAnyFunction() {
        for (String jql :
                List.of(
                        fixture.ours(),
                        "issue in experimentsInStage(\"running\")",
                        "issue in experimentsInStage(\"concluded\")",
                        "issue in experimentsWithVerdict(\"invalidated\")",
                        "issue in experimentsForOutcome(\"" + fixture.outcomeTitle + "\")",
                        "issue in experimentsForOutcome(" + fixture.outcomeId + ")",
                        "issue in experimentsWithLearningTag(\"" + fixture.tag + "\")")) {
            for (String key : keys("olaf", jql)) {
                assertFalse(jql + " showed olaf " + key, key.startsWith("PERMIT-"));
            }
        }
        assertEquals(List.of(fixture.designing), keys("olaf", fixture.ours()));
    }

    @Test
    public void search_shouldFindNothing_forAnAnonymousVisitor() {
        assertEquals(List.of(), keys(null, fixture.ours()));
    }

    @Test
    public void search_shouldRefuseAnUnknownValue_withJirasErrorShape_inTheSearchersLanguage() {
        SandboxClient.Reply english = search("pia", "issue in experimentsInStage(\"runing\")", "");
        SandboxClient.Reply dutch =
                search("pia", "issue in experimentsInStage(\"runing\")", "&lang=nl");

        assertEquals(400, english.status());
        assertEquals(
                "Could not search the experiments: \"runing\" is not a stage. Use one of: designing, running, "
                        + "analysing, concluded, abandoned.",
                english.json().get("errorMessages").get(0).asText());
        assertTrue(english.json().get("errors").isObject());
        assertEquals(400, dutch.status());
        assertEquals(
                "Kon de experimenten niet zoeken: \"runing\" is geen fase. Gebruik een van: designing, running, "
                        + "analysing, concluded, abandoned.",
                dutch.json().get("errorMessages").get(0).asText());
    }

    @Test
    public void search_shouldRefuseEachUnknownValue_namingIt() {
        assertRefused("issue in experimentsWithVerdict(\"proven\")", "\"proven\" is not a verdict");
        assertRefused(
                "issue in experimentsForOutcome(\"No such outcome " + fixture.word + "\")",
                "there is no outcome with the id or title \"No such outcome "
                        + fixture.word
                        + "\"");
        assertRefused("issue in experimentsForOutcome(999999999)", "\"999999999\"");
        assertRefused(
                "issue in experimentsForDepartment(\"Finance " + fixture.word + "\")",
                "there is no department \"Finance " + fixture.word + "\"");
        assertRefused("issue in experimentsWithLearningTag(\"no/tag\")", "\"no/tag\" is not a tag");
        assertRefused(
                "issue in experimentsInStage()", "experimentsInStage takes exactly one value");
        assertRefused(
                "issue in experimentsInStage(\"running\", \"designing\")",
                "takes exactly one value");
        assertRefused(
                "issue in experimentsInStages(\"running\")",
                "Unable to find JQL function \"experimentsInStages\"");
        assertRefused(
                "project = NOPE", "The value \"NOPE\" does not exist for the field \"project\"");
        assertRefused("status = Done", "Field \"status\" does not exist");
        assertRefused("issue in experimentsInStage(\"running\"", "Error in the JQL query");
        assertRefused(
                "issue in experimentsInStage(\"running\") OR project = MOVE",
                "Error in the JQL query");
    }

    /** olaf may not browse PERMIT: to him it does not exist, as in Jira. */
    @Test
    public void search_shouldNotConfirmAProjectTheSearcherMayNotBrowse() {
        SandboxClient.Reply reply = search("olaf", "project = PERMIT AND " + fixture.ours(), "");

        assertEquals(400, reply.status());
        assertEquals(
                "The value \"PERMIT\" does not exist for the field \"project\".",
                reply.json().get("errorMessages").get(0).asText());
    }

    @Test
    public void search_shouldPage_andRefuseABadPage() {
        SandboxClient.Reply page = search("pia", fixture.ours(), "&startAt=1&maxResults=1");

        assertEquals(3, page.json().get("total").asInt());
        assertEquals(1, page.json().get("issues").size());
        assertEquals(fixture.running, page.json().get("issues").get(0).get("key").asText());
        assertEquals(400, search("pia", fixture.ours(), "&startAt=-1").status());
        assertEquals(400, search("pia", fixture.ours(), "&maxResults=many").status());
    }

    private static void assertRefused(String jql, String expected) {
        SandboxClient.Reply reply = search("pia", jql, "");
        assertEquals(jql + ": " + reply, 400, reply.status());
        String message = reply.json().get("errorMessages").get(0).asText();
        assertTrue(jql + " gave: " + message, message.contains(expected));
    }
}
