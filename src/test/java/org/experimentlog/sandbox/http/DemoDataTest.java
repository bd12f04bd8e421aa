package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.experimentlog.persistence.AoExperiment;
import org.experimentlog.persistence.AoFailureStory;
import org.experimentlog.persistence.AoMeasurement;
import org.experimentlog.sandbox.Sandbox;
import org.junit.Test;

/** A fresh sandbox tells the demo story; a restart on the same database does not load it twice. */
public class DemoDataTest {
    private static final String URL = "jdbc:h2:mem:demo-data-test;DB_CLOSE_DELAY=-1";

    @Test
    public void start_shouldLoadTheDemoStoryOnce() throws Exception {
        int experiments;
        try (Sandbox sandbox =
                Sandbox.start(new Sandbox.Settings("127.0.0.1", 0, URL, "sa", "", true))) {
            SandboxClient pia = new SandboxClient(sandbox.baseUrl(), "pia");

            JsonNode permit = pia.get("/rest/experiment-log/1.0/experiments?project=PERMIT").json();
            JsonNode move = pia.get("/rest/experiment-log/1.0/experiments?project=MOVE").json();

            experiments = permit.get("total").asInt() + move.get("total").asInt();
            assertEquals(11, experiments);
            Set<String> stages = new HashSet<>();
            Set<String> kinds = new HashSet<>();
            for (JsonNode project : new JsonNode[] {permit, move}) {
                for (JsonNode experiment : project.get("values")) {
                    stages.add(experiment.get("stage").asText());
                    experiment
                            .get("iterations")
                            .forEach(
                                    i ->
                                            i.get("results")
                                                    .forEach(
                                                            r ->
                                                                    kinds.add(
                                                                            r.get("kind")
                                                                                    .asText())));
                }
            }
            assertEquals(
                    Set.of("designing", "running", "analysing", "concluded", "abandoned"), stages);
            assertEquals(Set.of("observed", "proportion", "mean", "qualitative"), kinds);
            assertEquals(36, sandbox.database().activeObjects().count(AoMeasurement.class));
            AoFailureStory[] stories =
                    sandbox.database().activeObjects().find(AoFailureStory.class);
            assertEquals(4, stories.length);
            assertTrue(
                    "one anonymous story",
                    Arrays.stream(stories).anyMatch(AoFailureStory::isAnonymous));
            assertTrue(
                    "some shared with chosen departments",
                    Arrays.stream(stories).anyMatch(s -> !s.isToEveryone()));

            // the current quarter's retrospective has something in every panel
            JsonNode report =
                    pia.get("/rest/experiment-log/1.0/retrospectives/report?scope=everything")
                            .json();
            assertTrue(report.toString(), report.at("/experiments/running").asInt() >= 3);
            assertTrue(report.toString(), report.at("/experiments/concluded").asInt() >= 1);
            assertTrue(report.toString(), report.at("/timeToLearning/experiments").asInt() >= 1);
            assertTrue(report.toString(), report.at("/iterations/iterations").asInt() >= 1);
            assertTrue(report.toString(), report.at("/outcomes").size() >= 1);
            assertTrue(report.toString(), report.at("/failures/shared").asInt() >= 1);
            assertTrue(report.toString(), report.at("/collaboration/departments").size() >= 2);
            assertTrue(report.toString(), report.at("/reused").size() >= 1);
            assertTrue(report.toString(), report.at("/learningsTotal").asInt() >= 1);
            // the video call was stopped twelve days ago before it ran: abandoned in the last
            // month, never started
            LocalDate today = LocalDate.now();
            JsonNode month =
                    pia.get(
                                    "/rest/experiment-log/1.0/retrospectives/report?scope=everything&from="
                                            + today.minusDays(30)
                                            + "&to="
                                            + today.plusDays(1))
                            .json();
            assertEquals(month.toString(), 1, month.at("/experiments/abandoned").asInt());
            assertEquals(month.toString(), 1, month.at("/verdicts/abandoned").asInt());
        }

        try (Sandbox restarted =
                Sandbox.start(new Sandbox.Settings("127.0.0.1", 0, URL, "sa", "", true))) {
            assertEquals(
                    experiments, restarted.database().activeObjects().count(AoExperiment.class));
        }
    }
}
