package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * Bad input to every experiment write endpoint answers 4xx with a message naming the field, and
 * changes nothing: the experiment reads back exactly as before.
 */
public class ExperimentBadInputTest {
    private static final String API = "/rest/experiment-log/1.0/experiments/";

    private SandboxClient pia;
    private String key;
    private long iterationId;
    private long resultId;
    private long learningId;

    @Before
    public void setUp() {
        pia = RunningSandbox.as("pia");
        key = RunningSandbox.newIssue("PERMIT", "Experiment");
        pia.post(API + key, null);
        JsonNode json = pia.post(API + key + "/iterations", Map.of("change", "first")).json();
        iterationId = json.get("iterations").get(0).get("id").asLong();
        json =
                pia.post(
                                API + key + "/iterations/" + iterationId + "/results",
                                Map.of(
                                        "title",
                                        "Rate",
                                        "kind",
                                        "proportion",
                                        "controlSize",
                                        100,
                                        "controlConversions",
                                        10,
                                        "variantSize",
                                        100,
                                        "variantConversions",
                                        12))
                        .json();
        resultId = json.get("iterations").get(0).get("results").get(0).get("id").asLong();
        learningId =
                pia.post(API + key + "/learnings", Map.of("statement", "s"))
                        .json()
                        .get("learnings")
                        .get(0)
                        .get("id")
                        .asLong();
    }

    private record Case(
            String name, String method, String path, String body, int status, String field) {}

    private List<Case> cases() {
        String hyp = API + key + "/hypothesis";
        String results = API + key + "/iterations/" + iterationId + "/results";
        String long2001 = "x".repeat(2001);
        return List.of(
                new Case("malformed JSON", "PUT", hyp, "{\"version\": 1, \"change\": ", 400, null),
                new Case("body is a list", "PUT", hyp, "[1, 2]", 400, null),
                new Case("missing version", "PUT", hyp, "{\"change\": \"c\"}", 400, "version"),
                new Case("version as text", "PUT", hyp, "{\"version\": \"one\"}", 400, "version"),
                new Case(
                        "too long hypothesis part",
                        "PUT",
                        hyp,
                        "{\"version\": 1, \"change\": \"" + long2001 + "\"}",
                        400,
                        "hypothesis.change"),
                new Case(
                        "unknown method",
                        "PUT",
                        API + key + "/plan",
                        "{\"version\": 1, \"method\": \"guesswork\"}",
                        400,
                        "method"),
                new Case(
                        "unknown department",
                        "PUT",
                        API + key + "/plan",
                        "{\"version\": 1, \"departments\": [987654]}",
                        400,
                        "departments"),
                new Case(
                        "negative department id",
                        "PUT",
                        API + key + "/plan",
                        "{\"version\": 1, \"departments\": [-1]}",
                        400,
                        "id"),
                new Case(
                        "unknown outcome",
                        "PUT",
                        API + key + "/plan",
                        "{\"version\": 1, \"outcomes\": [{\"outcomeId\": 987654, \"expected\": \"increase\"}]}",
                        400,
                        "outcomes"),
                new Case(
                        "unknown expected direction",
                        "PUT",
                        API + key + "/plan",
                        "{\"version\": 1, \"outcomes\": [{\"outcomeId\": 1, \"expected\": \"sideways\"}]}",
                        400,
                        "outcomes.expected"),
                new Case(
                        "unknown stage",
                        "POST",
                        API + key + "/transitions",
                        "{\"version\": 1, \"stage\": \"done\"}",
                        400,
                        "stage"),
                new Case(
                        "missing stage",
                        "POST",
                        API + key + "/transitions",
                        "{\"version\": 1}",
                        400,
                        "stage"),
                new Case(
                        "start without hypothesis",
                        "POST",
                        API + key + "/transitions",
                        "{\"version\": 1, \"stage\": \"running\"}",
                        409,
                        "hypothesis.change"),
                new Case(
                        "abandon without reason",
                        "POST",
                        API + key + "/transitions",
                        "{\"version\": 1, \"stage\": \"abandoned\"}",
                        400,
                        "closingNote"),
                new Case(
                        "stale version",
                        "POST",
                        API + key + "/transitions",
                        "{\"version\": 99, \"stage\": \"abandoned\", \"note\": \"n\"}",
                        409,
                        "version"),
                new Case(
                        "iteration without change",
                        "POST",
                        API + key + "/iterations",
                        "{}",
                        400,
                        "change"),
                new Case(
                        "iteration bad date",
                        "POST",
                        API + key + "/iterations",
                        "{\"change\": \"c\", \"startDate\": \"yesterday\"}",
                        400,
                        "startDate"),
                new Case(
                        "iteration ends before it starts",
                        "POST",
                        API + key + "/iterations",
                        "{\"change\": \"c\", \"startDate\": \"2026-03-10\", \"endDate\": \"2026-03-01\"}",
                        400,
                        "endDate"),
                new Case(
                        "decision without rationale",
                        "PUT",
                        API + key + "/iterations/" + iterationId,
                        "{\"version\": 1, \"change\": \"c\", \"decision\": \"pivot\"}",
                        400,
                        "rationale"),
                new Case(
                        "unknown decision",
                        "PUT",
                        API + key + "/iterations/" + iterationId,
                        "{\"version\": 1, \"change\": \"c\", \"decision\": \"maybe\"}",
                        400,
                        "decision"),
                new Case("result without kind", "POST", results, "{\"title\": \"t\"}", 400, "kind"),
                new Case(
                        "unknown result kind",
                        "POST",
                        results,
                        "{\"title\": \"t\", \"kind\": \"vibes\"}",
                        400,
                        "kind"),
                new Case(
                        "more conversions than people",
                        "POST",
                        results,
                        "{\"title\": \"t\", \"kind\": \"proportion\", \"controlSize\": 10, \"controlConversions\": 11, \"variantSize\": 10, \"variantConversions\": 1}",
                        400,
                        "controlConversions"),
                new Case(
                        "negative count",
                        "POST",
                        results,
                        "{\"title\": \"t\", \"kind\": \"proportion\", \"controlSize\": -5, \"controlConversions\": 1, \"variantSize\": 10, \"variantConversions\": 1}",
                        400,
                        "controlSize"),
                new Case(
                        "count as fraction",
                        "POST",
                        results,
                        "{\"title\": \"t\", \"kind\": \"proportion\", \"controlSize\": 10.5, \"controlConversions\": 1, \"variantSize\": 10, \"variantConversions\": 1}",
                        400,
                        "controlSize"),
                new Case(
                        "mean with one participant",
                        "POST",
                        results,
                        "{\"title\": \"t\", \"kind\": \"mean\", \"controlSize\": 1, \"controlMean\": 1, \"controlSd\": 1, \"variantSize\": 5, \"variantMean\": 1, \"variantSd\": 1}",
                        400,
                        "controlSize"),
                new Case(
                        "negative sd",
                        "POST",
                        results,
                        "{\"title\": \"t\", \"kind\": \"mean\", \"controlSize\": 5, \"controlMean\": 1, \"controlSd\": -1, \"variantSize\": 5, \"variantMean\": 1, \"variantSd\": 1}",
                        400,
                        "controlSd"),
                new Case(
                        "missing figure",
                        "POST",
                        results,
                        "{\"title\": \"t\", \"kind\": \"observed\", \"before\": 1}",
                        400,
                        "after"),
                new Case(
                        "evidence not a web address",
                        "POST",
                        results,
                        "{\"title\": \"t\", \"kind\": \"qualitative\", \"finding\": \"f\", \"evidenceUrl\": \"javascript:alert(1)\"}",
                        400,
                        "evidenceUrl"),
                new Case(
                        "too long title",
                        "POST",
                        results,
                        "{\"title\": \""
                                + "t".repeat(201)
                                + "\", \"kind\": \"observed\", \"before\": 1, \"after\": 2}",
                        400,
                        "title"),
                new Case(
                        "stale result version",
                        "PUT",
                        API + key + "/results/" + resultId,
                        "{\"version\": 7, \"title\": \"t\", \"kind\": \"observed\", \"before\": 1, \"after\": 2}",
                        409,
                        "version"),
                new Case(
                        "learning without statement",
                        "POST",
                        API + key + "/learnings",
                        "{\"tags\": [\"x\"]}",
                        400,
                        "statement"),
                new Case(
                        "bad tag",
                        "POST",
                        API + key + "/learnings",
                        "{\"statement\": \"s\", \"tags\": [\"<script>\"]}",
                        400,
                        "tags"),
                new Case(
                        "too many tags",
                        "POST",
                        API + key + "/learnings",
                        "{\"statement\": \"s\", \"tags\": [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]}",
                        400,
                        "tags"),
                new Case(
                        "tags as text",
                        "POST",
                        API + key + "/learnings",
                        "{\"statement\": \"s\", \"tags\": \"forms\"}",
                        400,
                        "tags"),
                new Case(
                        "stale learning version",
                        "PUT",
                        API + key + "/learnings/" + learningId,
                        "{\"version\": 5, \"statement\": \"s\"}",
                        409,
                        "version"),
                new Case(
                        "iteration of another experiment",
                        "POST",
                        API + key + "/iterations/999999/results",
                        "{\"title\": \"t\", \"kind\": \"observed\", \"before\": 1, \"after\": 2}",
                        404,
                        null));
    }

    @Test
    public void everyBadRequest_shouldBeRefusedWithTheFieldNamed_andChangeNothing() {
        List<String> wrong = new ArrayList<>();

        for (Case c : cases()) {
            String before = pia.get(API + key).body();
            SandboxClient.Reply reply =
                    pia.send(c.method(), c.path(), c.body(), "application/json");
            String field =
                    reply.status() >= 400 && reply.status() < 500
                            ? reply.json().get("errors").get(0).path("field").asText(null)
                            : null;
            if (reply.status() != c.status() || (c.field() != null && !c.field().equals(field))) {
                wrong.add(
                        c.name()
                                + ": expected "
                                + c.status()
                                + " "
                                + c.field()
                                + " but got "
                                + reply);
            }
            if (!before.equals(pia.get(API + key).body())) {
                wrong.add(c.name() + ": changed the experiment");
            }
        }

        assertEquals(String.join("\n", wrong), List.of(), wrong);
    }

    @Test
    public void aHugeBody_shouldBe413_andChangeNothing() {
        String before = pia.get(API + key).body();

        SandboxClient.Reply reply =
                pia.send(
                        "PUT",
                        API + key + "/hypothesis",
                        "{\"version\": 1, \"change\": \"" + "x".repeat(600 * 1024) + "\"}",
                        "application/json");

        assertEquals(413, reply.status());
        assertEquals(before, pia.get(API + key).body());
    }

    @Test
    public void aFormPost_shouldFailTheXsrfCheck() {
        SandboxClient.Reply reply =
                pia.send(
                        "POST",
                        API + key + "/learnings",
                        "statement=s",
                        "application/x-www-form-urlencoded");
        SandboxClient.Reply text =
                pia.send("POST", API + key + "/learnings", "{\"statement\": \"s\"}", "text/plain");

        assertEquals(403, reply.status());
        assertEquals(403, text.status());
        assertEquals(1, pia.get(API + key).json().get("learnings").size());
    }

    @Test
    public void aWrongContentType_shouldBe415_whenItPassesTheXsrfCheck() {
        SandboxClient.Reply reply =
                pia.send(
                        "POST",
                        API + key + "/learnings",
                        "<learning/>",
                        "application/xml",
                        Map.of("X-Atlassian-Token", "no-check"));

        assertEquals(415, reply.status());
    }

    @Test
    public void aContentTypeOtherThanJson_shouldFailTheXsrfCheck_withoutTheToken() {
        SandboxClient.Reply reply =
                pia.send("POST", API + key + "/learnings", "<learning/>", "application/xml");

        assertEquals(403, reply.status());
        assertEquals(1, pia.get(API + key).json().get("learnings").size());
    }

    @Test
    public void scriptPayloads_shouldBeStoredAndReturnedAsText() {
        String payload = "<script>alert('x')</script> & \"quotes\"";

        pia.post(API + key + "/learnings", Map.of("statement", payload));

        JsonNode learnings = pia.get(API + key).json().get("learnings");
        assertEquals(payload, learnings.get(learnings.size() - 1).get("statement").asText());
    }
}
