package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.Before;
import org.junit.Test;

/**
 * The outcome page over HTTP: rendered for a logged-in user, escaped, with forms only for managers,
 * 404 when unknown.
 */
public class OutcomePageTest {
    private static final String PAGE = "/plugins/servlet/experiment-log/outcomes/";

    private SandboxClient admin;
    private long id;
    private String title;

    @Before
    public void setUp() {
        admin = RunningSandbox.as("admin");
        String name = "Page " + UUID.randomUUID().toString().substring(0, 8);
        String department =
                admin.post("/rest/experiment-log/1.0/departments", Map.of("name", name))
                        .json()
                        .get("id")
                        .asText();
        title = "Faster <script>window.exlogXss=1</script> " + name;
        id =
                admin.post(
                                "/rest/experiment-log/1.0/outcomes",
                                Map.of(
                                        "title",
                                        title,
                                        "description",
                                        "<img src=x>",
                                        "metric",
                                        Map.of("kind", "completion-rate"),
                                        "baseline",
                                        Map.of("value", 61, "date", "2025-01-01"),
                                        "target",
                                        Map.of("value", 75, "date", "2026-12-31"),
                                        "ownerDepartment",
                                        Long.parseLong(department)))
                        .json()
                        .get("id")
                        .asLong();
    }

    @Test
    public void theOutcomePage_shouldRenderEscaped_withoutFormsOrChart_forAReaderOfANewOutcome() {
        SandboxClient.Reply page = RunningSandbox.as("pia").get(PAGE + id);

        assertEquals(page.toString(), 200, page.status());
        assertTrue(
                page.body(),
                page.body().contains("Faster &lt;script&gt;window.exlogXss=1&lt;/script&gt;"));
        assertFalse(page.body(), page.body().contains("<script>window.exlogXss"));
        assertFalse(page.body(), page.body().contains("<img src=x>"));
        assertTrue(page.body(), page.body().contains("No measurements yet"));
        assertFalse(page.body(), page.body().contains("<svg"));
        assertFalse(page.body(), page.body().contains("exlog-measure-dialog"));
    }

    @Test
    public void theOutcomePage_shouldShowTheChartAndHistoryAndForms_forAManagerOnceMeasured() {
        assertEquals(
                201,
                admin.post(
                                "/rest/experiment-log/1.0/outcomes/" + id + "/measurements",
                                Map.of(
                                        "value",
                                        64.5,
                                        "measuredOn",
                                        "2026-01-31",
                                        "note",
                                        "<b>portal</b> figures"))
                        .status());

        SandboxClient.Reply page = admin.get(PAGE + id);

        assertEquals(page.toString(), 200, page.status());
        assertTrue(page.body(), page.body().contains("<svg class=\"exlog-chart\""));
        assertTrue(
                page.body(),
                page.body()
                        .contains(
                                "<title id=\"exlog-trend-title\">Trend of Faster &lt;script&gt;"));
        assertTrue(page.body(), page.body().contains("&lt;b&gt;portal&lt;/b&gt; figures"));
        assertTrue(page.body(), page.body().contains("id=\"exlog-measure-dialog\""));
        assertTrue(page.body(), page.body().contains("id=\"exlog-edit-dialog\""));
    }

    @Test
    public void anUnknownOutcome_shouldBeNotFound() {
        SandboxClient.Reply missing = RunningSandbox.as("pia").get(PAGE + "987654321");
        SandboxClient.Reply nonsense = RunningSandbox.as("pia").get(PAGE + "%3Cscript%3E");

        assertEquals(404, missing.status());
        assertTrue(missing.body(), missing.body().contains("Outcome not found"));
        assertEquals(404, nonsense.status());
        assertFalse(nonsense.body(), nonsense.body().contains("<script>"));
    }

    @Test
    public void theOutcomePage_shouldAskToLogInFirst() {
        SandboxClient.Reply page = RunningSandbox.anonymous().get(PAGE + id);

        assertEquals(302, page.status());
    }
}
