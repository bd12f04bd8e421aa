package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.experimentlog.sandbox.http.SandboxClient;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The outcome page in a real browser, by keyboard: an outcome manager records a measurement (after
 * a field error for a future day), edits the outcome, and the page stays accessible empty, measured
 * and with a form open.
 */
public class OutcomePageBrowserTest {
    private Browser browser;
    private long id;
    private String title;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        SandboxClient admin = RunningSandbox.as("admin");
        String name = "Detail " + UUID.randomUUID().toString().substring(0, 8);
        String department =
                admin.post("/rest/experiment-log/1.0/departments", Map.of("name", name))
                        .json()
                        .get("id")
                        .asText();
        title = "Fewer calls <script>window.exlogXss=1</script> " + name;
        id =
                admin.post(
                                "/rest/experiment-log/1.0/outcomes",
                                Map.of(
                                        "title",
                                        title,
                                        "description",
                                        "<img src=x onerror=\"window.exlogXss=2\">",
                                        "metric",
                                        Map.of("kind", "speed-of-service"),
                                        "baseline",
                                        Map.of("value", 12, "date", "2025-01-01"),
                                        "target",
                                        Map.of("value", 6, "date", "2026-12-31"),
                                        "ownerDepartment",
                                        Long.parseLong(department)))
                        .json()
                        .get("id")
                        .asLong();
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }

    private void open(String dialog, String firstField) {
        browser.tabTo("[data-opens=" + dialog + "]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id(firstField));
    }

    @Test
    public void aManager_shouldRecordAMeasurementAndEditTheOutcome_byKeyboard() {
        browser.logIn("admin", "en");
        browser.open("/plugins/servlet/experiment-log/outcomes/" + id);
        browser.waitForVisible(By.id("exlog-outcome"));
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("<script>"));
        assertTrue(
                browser.driver()
                        .findElement(By.id("exlog-outcome"))
                        .getText()
                        .contains("No measurements yet"));
        assertEquals(List.of(), browser.accessibilityViolations());

        open("exlog-measure-dialog", "exlog-m-value");
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.active().sendKeys("9.5");
        browser.tabTo("#exlog-m-measuredOn");
        script("arguments[0].value = '2099-01-01'", browser.active());
        browser.tabTo("#exlog-m-note")
                .sendKeys("<script>window.exlogXss=3</script> from the call centre");
        browser.tabTo("#exlog-measure-dialog button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> !d.findElement(By.id("exlog-m-measuredOn-error")).getText().isEmpty());

        WebElement date = browser.driver().findElement(By.id("exlog-m-measuredOn"));
        assertEquals("true", date.getAttribute("aria-invalid"));
        assertTrue(date.getAttribute("aria-describedby").contains("exlog-m-measuredOn-error"));
        assertEquals(
                "9.5", browser.driver().findElement(By.id("exlog-m-value")).getAttribute("value"));
        assertEquals(List.of(), browser.accessibilityViolations());

        script("arguments[0].value = '2026-01-31'", date);
        browser.tabTo("#exlog-measure-dialog button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> !d.findElements(By.id("exlog-history")).isEmpty());

        String history = browser.driver().findElement(By.id("exlog-history")).getText();
        assertTrue(history, history.contains("9.5 minutes"));
        assertTrue(
                history,
                history.contains("<script>window.exlogXss=3</script> from the call centre"));
        assertFalse(browser.driver().findElements(By.cssSelector("svg.exlog-chart")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations());

        open("exlog-edit-dialog", "exlog-e-title");
        WebElement titleField = browser.active();
        assertEquals("exlog-e-title", titleField.getAttribute("id"));
        titleField.sendKeys(Keys.END, " (renamed)");
        new Select(browser.tabTo("#exlog-e-status")).selectByValue("paused");
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo("#exlog-edit-dialog button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().endsWith("(renamed)"));

        assertTrue(
                browser.driver().findElement(By.id("exlog-outcome")).getText().contains("Paused"));
        assertEquals(null, script("return window.exlogXss"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void theHistory_shouldSortByValueAsNumbers_byKeyboard_inDutch() {
        SandboxClient admin = RunningSandbox.as("admin");
        for (Object[] m :
                new Object[][] {{100, "2026-01-10"}, {9.5, "2026-01-20"}, {12, "2026-01-05"}}) {
            SandboxClient.Reply reply =
                    admin.post(
                            "/rest/experiment-log/1.0/outcomes/" + id + "/measurements",
                            Map.of("value", m[0], "measuredOn", m[1]));
            assertEquals(reply.toString(), 201, reply.status());
        }
        browser.logIn("pia", "nl");
        browser.open("/plugins/servlet/experiment-log/outcomes/" + id + "?lang=nl");
        browser.waitForVisible(By.id("exlog-history"));
        assertEquals("descending", heading(1).getAttribute("aria-sort"));

        browser.tabTo("#exlog-history thead th:nth-child(2) button").sendKeys(Keys.ENTER);

        // as numbers, not as text ("100" would come before "12" and "9,5")
        assertEquals("ascending", heading(2).getAttribute("aria-sort"));
        assertEquals(null, heading(1).getAttribute("aria-sort"));
        assertEquals(List.of("9.5", "12.0", "100.0"), sortValues(2));
        browser.active().sendKeys(Keys.ENTER);
        assertEquals("descending", heading(2).getAttribute("aria-sort"));
        assertEquals(List.of("100.0", "12.0", "9.5"), sortValues(2));

        browser.tabTo("#exlog-history thead th:nth-child(1) button").sendKeys(Keys.ENTER);

        assertEquals(List.of("2026-01-05", "2026-01-10", "2026-01-20"), sortValues(1));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    private WebElement heading(int column) {
        return browser.driver()
                .findElement(By.cssSelector("#exlog-history thead th:nth-child(" + column + ")"));
    }

    private List<String> sortValues(int column) {
        return browser
                .driver()
                .findElements(By.cssSelector("#exlog-history tbody td:nth-child(" + column + ")"))
                .stream()
                .map(cell -> cell.getAttribute("data-sort-value"))
                .toList();
    }

    @Test
    public void aReader_shouldSeeNoForms_andTheDutchPage_shouldBeAccessible() {
        browser.logIn("pia", "nl");
        browser.open("/plugins/servlet/experiment-log/outcomes/" + id + "?lang=nl");
        browser.waitForVisible(By.id("exlog-outcome"));

        assertTrue(
                browser.driver()
                        .findElement(By.id("exlog-outcome"))
                        .getText()
                        .contains("Meetgeschiedenis"));
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector("[data-opens=exlog-measure-dialog]"))
                        .isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
