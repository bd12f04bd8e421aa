package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

/**
 * A form gets all its errors at once (issue 11): the API's 400 lists every field in error, each
 * named by its label in the reader's language and never by its path in the request.
 */
public class AllErrorsAtOnceTest {
    private static final String API = "/rest/experiment-log/1.0";

    /** Each error of the reply as "field: message", in order. */
    private static Map<String, String> errors(SandboxClient.Reply reply) {
        assertEquals(reply.toString(), 400, reply.status());
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : reply.json().get("errors")) {
            errors.put(error.get("field").asText(), error.get("message").asText());
        }
        return errors;
    }

    private static long department() {
        return RunningSandbox.as("admin")
                .post(API + "/departments", Map.of("name", "Owners " + UUID.randomUUID()))
                .json()
                .get("id")
                .asLong();
    }

    @Test
    public void defineOutcome_shouldListEveryFieldInError_byItsLabel() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", " ");
        body.put("metric", Map.of("kind", "satisfaction"));
        body.put("baseline", Map.of("date", "2025-01-01"));
        body.put("target", Map.of("value", 70));
        body.put("ownerDepartment", department());

        Map<String, String> english =
                errors(RunningSandbox.as("admin").post(API + "/outcomes", body));
        Map<String, String> dutch =
                errors(RunningSandbox.as("admin").post(API + "/outcomes?lang=nl", body));

        assertEquals("[title, baseline.value, target.date]", english.keySet().toString());
        assertEquals(english.keySet(), dutch.keySet());
        english.values().forEach(m -> assertTrue(m, m.endsWith(" is required.")));
        dutch.values().forEach(m -> assertTrue(m, m.endsWith(" is verplicht.")));
        assertEquals("The baseline is required.", english.get("baseline.value"));
        for (String message : dutch.values()) {
            assertFalse(message, message.contains("\"") || message.contains(".value"));
        }
    }

    @Test
    public void recordResult_shouldListEveryMissingFigureAndTheTitle_atOnce() {
        String key = RunningSandbox.newExperiment("PERMIT");
        SandboxClient pia = RunningSandbox.as("pia");
        long iteration =
                pia.post(API + "/experiments/" + key + "/iterations", Map.of("change", "Shorter"))
                        .json()
                        .get("iterations")
                        .get(0)
                        .get("id")
                        .asLong();
        String results = API + "/experiments/" + key + "/iterations/" + iteration + "/results";

        Map<String, String> observed =
                errors(pia.post(results, Map.of("kind", "observed", "unit", "euro")));
        Map<String, String> proportion =
                errors(
                        pia.post(
                                results + "?lang=nl",
                                Map.of(
                                        "title",
                                        "Conversie",
                                        "kind",
                                        "proportion",
                                        "controlSize",
                                        0,
                                        "controlConversions",
                                        0,
                                        "variantSize",
                                        100,
                                        "variantConversions",
                                        101)));

        assertEquals("[title, before, after]", observed.keySet().toString());
        observed.values().forEach(m -> assertTrue(m, m.endsWith(" is required.")));
        assertEquals("The value before is required.", observed.get("before"));
        // both groups' figures are checked, not only the first group's
        assertEquals("[controlSize, variantConversions]", proportion.keySet().toString());
    }

    @Test
    public void shareStory_shouldListEveryMissingPart_inDutch() {
        Map<String, Object> story = new LinkedHashMap<>(StoryFixtures.storyForEveryone());
        story.put("title", "");
        story.remove("whatHappened");
        story.put("factors", List.of());

        Map<String, String> dutch =
                errors(RunningSandbox.as("pia").post(API + "/failures?lang=nl", story));

        assertEquals("[title, whatHappened, factors]", dutch.keySet().toString());
        assertTrue(dutch.get("title"), dutch.get("title").endsWith(" is verplicht."));
    }

    @Test
    public void addIteration_shouldReportTheChangeAndTheDates_atOnce() {
        String key = RunningSandbox.newExperiment("PERMIT");

        Map<String, String> english =
                errors(
                        RunningSandbox.as("pia")
                                .post(
                                        API + "/experiments/" + key + "/iterations",
                                        Map.of(
                                                "change",
                                                " ",
                                                "startDate",
                                                "2026-03-10",
                                                "endDate",
                                                "2026-03-01")));

        assertEquals("[change, endDate]", english.keySet().toString());
    }
}
