package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/** The experiment endpoints over real HTTP against the running sandbox. */
public class ExperimentApiTest {
    private static final String API = "/rest/experiment-log/1.0/experiments/";

    private SandboxClient pia;
    private String key;

    @Before
    public void setUp() {
        pia = RunningSandbox.as("pia");
        key = RunningSandbox.newIssue("PERMIT", "Experiment");
    }

    private long version() {
        return pia.get(API + key).json().get("version").asLong();
    }

    @Test
    public void open_shouldCreateADesigningExperiment() {
        SandboxClient.Reply reply = pia.post(API + key, null);

        assertEquals(reply.toString(), 201, reply.status());
        assertEquals("designing", reply.json().get("stage").asText());
        assertEquals(key, reply.json().get("issueKey").asText());
        assertEquals("pia", reply.json().get("createdBy").asText());
    }

    @Test
    public void wholeFlow_shouldTakeAnExperimentFromHypothesisToConclusion() {
        pia.post(API + key, null);
        SandboxClient.Reply hypothesis =
                pia.put(
                        API + key + "/hypothesis",
                        Map.of(
                                "version",
                                version(),
                                "change",
                                "a one-page permit form",
                                "audience",
                                "residents applying online",
                                "expectedResult",
                                "more completed applications",
                                "reason",
                                "the old form asked twice",
                                "signal",
                                "completion rises from 61% to 75%",
                                "unknownField",
                                "is ignored"));
        assertEquals(hypothesis.toString(), 200, hypothesis.status());
        assertEquals(0, hypothesis.json().get("hypothesisHints").size());
        assertEquals(
                200,
                pia.post(
                                API + key + "/transitions",
                                Map.of("version", version(), "stage", "running"))
                        .status());

        JsonNode withIteration =
                pia.post(
                                API + key + "/iterations",
                                Map.of(
                                        "change",
                                        "shorter form",
                                        "startDate",
                                        "2026-03-01",
                                        "endDate",
                                        "2026-03-14"))
                        .json();
        long first = withIteration.get("iterations").get(0).get("id").asLong();
        SandboxClient.Reply result =
                pia.post(
                        API + key + "/iterations/" + first + "/results",
                        Map.of(
                                "title",
                                "Completion",
                                "kind",
                                "proportion",
                                "controlSize",
                                1000,
                                "controlConversions",
                                610,
                                "variantSize",
                                1000,
                                "variantConversions",
                                680));
        assertEquals(result.toString(), 201, result.status());
        pia.post(API + key + "/iterations", Map.of("change", "plain-language help"));
        SandboxClient.Reply learning =
                pia.post(
                        API + key + "/learnings",
                        Map.of(
                                "iterationId",
                                first,
                                "statement",
                                "Asking once is enough",
                                "tags",
                                List.of("Forms", "trust")));
        assertEquals(learning.toString(), 201, learning.status());
        assertEquals(
                200,
                pia.post(
                                API + key + "/transitions",
                                Map.of("version", version(), "stage", "analysing"))
                        .status());

        SandboxClient.Reply concluded =
                pia.post(
                        API + key + "/transitions",
                        Map.of("version", version(), "stage", "concluded", "verdict", "validated"));

        assertEquals(concluded.toString(), 200, concluded.status());
        JsonNode json = concluded.json();
        assertEquals("concluded", json.get("stage").asText());
        assertEquals("validated", json.get("verdict").asText());
        assertEquals(2, json.get("iterations").size());
        assertEquals(
                610,
                json.get("iterations")
                        .get(0)
                        .get("results")
                        .get(0)
                        .get("controlConversions")
                        .asInt());
        assertEquals(
                "forms",
                json.get("iterations").get(0).get("learnings").get(0).get("tags").get(0).asText());
        // five changes of the experiment, the registration of the plan when it first ran, and the
        // changes of its parts: two iterations, a result and a learning
        assertEquals(10, pia.get(API + key + "/history").json().get("total").asInt());
    }

    @Test
    public void conclude_shouldAnswer409WithTheRule_whenThereIsNoLearning() {
        pia.post(API + key, null);
        pia.put(
                API + key + "/hypothesis",
                Map.of(
                        "version",
                        version(),
                        "change",
                        "c",
                        "audience",
                        "a",
                        "expectedResult",
                        "r",
                        "signal",
                        "s 5"));
        pia.post(API + key + "/transitions", Map.of("version", version(), "stage", "running"));
        pia.post(API + key + "/transitions", Map.of("version", version(), "stage", "analysing"));

        SandboxClient.Reply reply =
                pia.post(
                        API + key + "/transitions",
                        Map.of(
                                "version",
                                version(),
                                "stage",
                                "concluded",
                                "verdict",
                                "invalidated"));

        assertEquals(409, reply.status());
        assertEquals(
                "Could not conclude the experiment: a learning is required.",
                reply.json().get("errors").get(0).get("message").asText());
        assertEquals("learnings", reply.json().get("errors").get(0).get("field").asText());
    }
}
