package org.experimentlog.web.ui.panel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.IterationId;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultId;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.outcome.OutcomeId;
import org.junit.Test;

/** The body that undoes a result's removal records the same result again, whatever its kind. */
public class PanelUndoTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode undo(ResultMeasure measure, OutcomeId outcome, String note)
            throws Exception {
        Result result =
                Result.stored(
                        new ResultId(7),
                        new ExperimentId(1),
                        new IterationId(3),
                        outcome,
                        "Cost \"per\" letter",
                        measure,
                        note,
                        new UserRef("pia"),
                        Instant.parse("2026-01-01T00:00:00Z"),
                        4);
        return JSON.readTree(PanelUndo.result(result));
    }

    @Test
    public void result_shouldCarryEveryFigureExactly_whenObserved() throws Exception {
        JsonNode body =
                undo(
                        new ResultMeasure.Observed(1250.555, 123456789012.125, "euro"),
                        new OutcomeId(9),
                        "a\nb");

        assertEquals("observed", body.get("kind").asText());
        assertEquals("Cost \"per\" letter", body.get("title").asText());
        assertEquals(1250.555, body.get("before").asDouble(), 0);
        assertEquals(123456789012.125, body.get("after").asDouble(), 0);
        assertEquals("euro", body.get("unit").asText());
        assertEquals(9, body.get("outcomeId").asLong());
        assertEquals("a\nb", body.get("note").asText());
        assertFalse("a new record, not the old one", body.has("id") || body.has("version"));
    }

    @Test
    public void result_shouldKeepThePlannedShare_whenAProportion() throws Exception {
        JsonNode body = undo(new ResultMeasure.Proportion(1000, 610, 980, 680, 0.25), null, null);

        assertEquals("proportion", body.get("kind").asText());
        assertEquals(1000, body.get("controlSize").asLong());
        assertEquals(610, body.get("controlConversions").asLong());
        assertEquals(980, body.get("variantSize").asLong());
        assertEquals(680, body.get("variantConversions").asLong());
        assertEquals(0.25, body.get("plannedVariantShare").asDouble(), 0);
        assertFalse(body.has("outcomeId") || body.has("note"));
    }

    @Test
    public void result_shouldCarryBothGroups_whenMeans() throws Exception {
        JsonNode body = undo(new ResultMeasure.Mean(40, 12.5, 3.25, 42, 10.125, 2.5), null, null);

        assertEquals("mean", body.get("kind").asText());
        assertEquals(12.5, body.get("controlMean").asDouble(), 0);
        assertEquals(3.25, body.get("controlSd").asDouble(), 0);
        assertEquals(42, body.get("variantSize").asLong());
        assertEquals(10.125, body.get("variantMean").asDouble(), 0);
        assertEquals(2.5, body.get("variantSd").asDouble(), 0);
    }

    @Test
    public void result_shouldCarryTheFindingAndLink_whenQualitative() throws Exception {
        JsonNode body =
                undo(
                        new ResultMeasure.Qualitative(
                                "People \\ read it", URI.create("https://example.org/notes")),
                        null,
                        null);

        assertEquals("qualitative", body.get("kind").asText());
        assertEquals("People \\ read it", body.get("finding").asText());
        assertEquals("https://example.org/notes", body.get("evidenceUrl").asText());
    }
}
