package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Jira's transitions resource ({@code /rest/api/2/issue/{key}/transitions}) running the plugin's
 * conclude gate as the descriptor declares it: the validator refuses "Done" with its message in the
 * caller's language until the experiment is concluded or abandoned (PERMIT's workflow), and the
 * condition hides "Done" until then (MOVE's); refusals change nothing; errors have Jira's shape;
 * who cannot see or transition the issue gets nothing.
 */
public class WorkflowTransitionApiTest {
    private static final String API = "/rest/experiment-log/1.0/experiments/";
    private static final String DONE = "41";

    private static String transitions(String key) {
        return "/rest/api/2/issue/" + key + "/transitions";
    }

    private static Map<String, Object> done() {
        return Map.of("transition", Map.of("id", DONE));
    }

    private static List<String> offered(SandboxClient client, String key) {
        SandboxClient.Reply reply = client.get(transitions(key));
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("transitions", reply.json().get("expand").asText());
        List<String> names = new ArrayList<>();
        reply.json()
                .get("transitions")
                .forEach(t -> names.add(t.get("id").asText() + " " + t.get("name").asText()));
        return names;
    }

    private static long version(String key) {
        return RunningSandbox.as("admin").get(API + key).json().get("version").asLong();
    }

    private static void abandon(String key) {
        SandboxClient.Reply reply =
                RunningSandbox.as("pia")
                        .post(
                                API + key + "/transitions",
                                Map.of(
                                        "version",
                                        version(key),
                                        "stage",
                                        "abandoned",
                                        "note",
                                        "The supplier stopped the pilot"));
        assertEquals(reply.toString(), 200, reply.status());
    }

    private static void conclude(String key) {
        SandboxClient pia = RunningSandbox.as("pia");
        pia.put(
                API + key + "/hypothesis",
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
                        "s 5"));
        assertEquals(
                200,
                pia.post(
                                API + key + "/transitions",
                                Map.of("version", version(key), "stage", "running"))
                        .status());
        assertEquals(
                200,
                pia.post(
                                API + key + "/transitions",
                                Map.of("version", version(key), "stage", "analysing"))
                        .status());
        assertEquals(
                201,
                pia.post(API + key + "/learnings", Map.of("statement", "Asking once is enough"))
                        .status());
        SandboxClient.Reply reply =
                pia.post(
                        API + key + "/transitions",
                        Map.of(
                                "version",
                                version(key),
                                "stage",
                                "concluded",
                                "verdict",
                                "validated"));
        assertEquals(reply.toString(), 200, reply.status());
    }

    private static void assertJiraError(SandboxClient.Reply reply, int status, String message) {
        assertEquals(reply.toString(), status, reply.status());
        JsonNode json = reply.json();
        assertEquals(reply.toString(), message, json.get("errorMessages").get(0).asText());
        assertTrue(json.get("errors").isObject());
    }

    @Test
    public void perform_shouldRefuseDoneWithTheValidatorsMessage_whenTheExperimentIsStillOpen() {
        String key = RunningSandbox.newExperiment("PERMIT");
        SandboxClient pia = RunningSandbox.as("pia");
        assertEquals(List.of("11 Start running", "41 Done"), offered(pia, key));

        SandboxClient.Reply reply = pia.post(transitions(key), done());

        assertJiraError(
                reply,
                400,
                "This issue cannot be resolved yet: its experiment is still at the stage Designing. "
                        + "Conclude it with a verdict and at least one learning, or abandon it with a reason, first.");
        assertEquals("still Designing", List.of("11 Start running", "41 Done"), offered(pia, key));
    }

    @Test
    public void perform_shouldRefuseInDutch_whenTheCallerReadsDutch() {
        String key = RunningSandbox.newExperiment("PERMIT");

        SandboxClient.Reply reply =
                RunningSandbox.as("pia").post(transitions(key) + "?lang=nl", done());

        assertJiraError(
                reply,
                400,
                "Dit issue kan nog niet worden opgelost: het experiment staat nog in de fase Ontwerp. "
                        + "Rond het eerst af met een oordeel en minstens \u00e9\u00e9n les, of stop het met een reden.");
    }

    @Test
    public void perform_shouldRefuseDone_whenTheIssueHasNoExperiment() {
        String key = RunningSandbox.newIssue("PERMIT", "Experiment");

        SandboxClient.Reply reply = RunningSandbox.as("pia").post(transitions(key), done());

        assertJiraError(
                reply,
                400,
                "This issue cannot be resolved yet: it has no experiment. Open the experiment in the "
                        + "Experiment panel, then conclude it with a verdict and a learning, or abandon it with a reason.");
    }

    @Test
    public void perform_shouldResolve_whenTheExperimentWasAbandonedWithAReason() {
        String key = RunningSandbox.newExperiment("PERMIT");
        abandon(key);
        SandboxClient pia = RunningSandbox.as("pia");

        SandboxClient.Reply reply = pia.post(transitions(key), done());

        assertEquals(reply.toString(), 204, reply.status());
        assertEquals(List.of("51 Reopen"), offered(pia, key));
    }

    @Test
    public void perform_shouldResolve_whenTheExperimentIsConcludedWithALearning() {
        String key = RunningSandbox.newExperiment("MOVE");
        SandboxClient pia = RunningSandbox.as("pia");
        assertEquals("the condition hides Done", List.of("11 Start running"), offered(pia, key));
        conclude(key);
        assertEquals(
                "the experiment's stage is not the issue's status",
                List.of("11 Start running", "41 Done"),
                offered(pia, key));

        SandboxClient.Reply reply = pia.post(transitions(key), done());

        assertEquals(reply.toString(), 204, reply.status());
        assertEquals(List.of("51 Reopen"), offered(pia, key));
    }

    @Test
    public void perform_shouldRefuseAsNotValid_whenTheConditionHidesDone() {
        String key = RunningSandbox.newExperiment("MOVE");

        SandboxClient.Reply reply = RunningSandbox.as("pia").post(transitions(key), done());

        assertJiraError(
                reply,
                400,
                "It seems that you have tried to perform a workflow operation (Done) that is not valid "
                        + "for the current state of this issue ("
                        + key
                        + ").");
        assertEquals(List.of("11 Start running"), offered(RunningSandbox.as("pia"), key));
    }

    @Test
    public void perform_shouldLetOtherIssueTypesThrough() {
        String key = RunningSandbox.newIssue("PERMIT", "Task");

        SandboxClient.Reply reply = RunningSandbox.as("pia").post(transitions(key), done());

        assertEquals(reply.toString(), 204, reply.status());
    }

    @Test
    public void transitions_shouldAnswer404_whenTheCallerMayNotSeeTheIssue() {
        String key = RunningSandbox.newExperiment("PERMIT");
        abandon(key);
        SandboxClient olaf = RunningSandbox.as("olaf");

        assertJiraError(
                olaf.get(transitions(key)),
                404,
                "Issue " + key + " does not exist or you do not have permission to see it.");
        assertJiraError(
                olaf.post(transitions(key), done()),
                404,
                "Issue " + key + " does not exist or you do not have permission to see it.");
        assertEquals(
                "not resolved by olaf",
                List.of("11 Start running", "41 Done"),
                offered(RunningSandbox.as("pia"), key));
    }

    @Test
    public void transitions_shouldOfferNothing_whenTheCallerMayOnlyRead() {
        String key = RunningSandbox.newExperiment("PERMIT");
        abandon(key);
        SandboxClient vera = RunningSandbox.as("vera");

        assertEquals(List.of(), offered(vera, key));
        assertJiraError(
                vera.post(transitions(key), done()),
                400,
                "It seems that you have tried to perform a workflow "
                        + "operation (Done) that is not valid for the current state of this issue ("
                        + key
                        + ").");
        assertEquals(
                "not resolved by vera",
                List.of("11 Start running", "41 Done"),
                offered(RunningSandbox.as("pia"), key));
    }

    @Test
    public void transitions_shouldAnswer401_whenNobodyIsLoggedIn() {
        String key = RunningSandbox.newExperiment("MOVE");

        assertEquals(401, RunningSandbox.anonymous().get(transitions(key)).status());
        assertEquals(401, RunningSandbox.anonymous().post(transitions(key), done()).status());
    }

    @Test
    public void perform_shouldAnswer400NamingTheTransition_whenTheBodyIsWrong() {
        String key = RunningSandbox.newExperiment("PERMIT");
        abandon(key);
        SandboxClient pia = RunningSandbox.as("pia");
        String missing = "Say which transition to perform: the body needs transition.id.";

        assertJiraError(pia.post(transitions(key), Map.of()), 400, missing);
        assertJiraError(
                pia.post(transitions(key), Map.of("transition", Map.of("name", "Done"))),
                400,
                missing);
        assertJiraError(
                pia.post(transitions(key), "{not json"),
                400,
                "The request body is not valid JSON.");
        assertJiraError(
                pia.post(transitions(key), Map.of("transition", Map.of("id", "999"))),
                400,
                "It seems that you have tried to perform a workflow operation (999) that is not valid for the current "
                        + "state of this issue ("
                        + key
                        + ").");
        assertJiraError(
                pia.post(transitions(key), Map.of("transition", Map.of("id", "x".repeat(5000)))),
                400,
                missing);
        assertEquals("nothing changed", List.of("11 Start running", "41 Done"), offered(pia, key));
    }
}
