package org.experimentlog.web.ui;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.experimentlog.web.ui.outcomes.MeasurementRowView;
import org.junit.Test;

public class JsonTextTest {
    @Test
    public void string_shouldReadBackAsTheSameText_whenItHoldsQuotesControlsAndLineSeparators()
            throws Exception {
        String text = "a \"quoted\" \\ path\nnew line\ttab \u0001 \u2028 <script>";

        String json = JsonText.string(text);

        assertEquals(text, new ObjectMapper().readValue(json, String.class));
    }

    @Test
    public void undoBody_shouldHoldTheMeasurementAsTheApiRecordsIt() throws Exception {
        MeasurementRowView target =
                new MeasurementRowView(
                        new String[] {"Jan 10, 2026", "2026-01-10"},
                        new String[] {"1,250.5 min", "1250.5"},
                        "first \"one\"",
                        "Admin",
                        new String[] {"7", "2026-01-10", "1250.5", "1250.5"});

        var body = new ObjectMapper().readTree(target.getUndoBody());

        assertEquals(1250.5, body.get("value").asDouble(), 0);
        assertEquals("2026-01-10", body.get("measuredOn").asText());
        assertEquals("first \"one\"", body.get("note").asText());
    }
}
