package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.experimentlog.sandbox.http.SandboxClient;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Correcting and removing on the issue panel, in a real browser by keyboard, in Dutch: a result's
 * figures corrected in the reader's format (what the form holds saves back to the same number), a
 * learning of the experiment as a whole reworded and retagged, and a result and a learning deleted
 * and brought back with Undo, with the same figures, words and tags. Every dialog and flag is
 * checked with axe-core.
 */
public class PanelCorrectionsBrowserTest {
    private static final String API = "/rest/experiment-log/1.0";

    private Browser browser;
    private SandboxClient pia;
    private String key;
    private long iteration;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        pia = RunningSandbox.as("pia");
        key = RunningSandbox.newExperiment("PERMIT");
        iteration =
                pia.post(API + "/experiments/" + key + "/iterations", Map.of("change", "Letter"))
                        .json()
                        .get("iterations")
                        .get(0)
                        .get("id")
                        .asLong();
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private JsonNode experiment() {
        return pia.get(API + "/experiments/" + key).json();
    }

    private JsonNode results() {
        return experiment().get("iterations").get(0).get("results");
    }

    private JsonNode learnings() {
        return experiment().get("learnings");
    }

    private void open() {
        browser.open("/browse/" + key + "?lang=nl");
        browser.waitForVisible(By.id("exlog-panel"));
    }

    /** Reaches the control by keyboard and presses Enter on it. */
    private void press(String selector) {
        WebElement control = browser.driver().findElement(By.cssSelector(selector));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", control);
        control.sendKeys(Keys.ENTER);
    }

    private void confirmDialog(String expectedText) {
        browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));
        WebElement dialog = browser.driver().findElement(By.cssSelector("dialog.exlog-confirm"));
        assertTrue(dialog.getText(), dialog.getText().contains(expectedText));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo("dialog.exlog-confirm[open] button.aui-button-primary").sendKeys(Keys.ENTER);
    }

    private void undo() {
        browser.waitForVisible(By.cssSelector(".exlog-undo-flag button.exlog-undo"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo(".exlog-undo-flag button.exlog-undo").sendKeys(Keys.ENTER);
    }

    @Test
    public void aResult_shouldBeCorrectedInDutch_deleted_andBroughtBackWithUndo() {
        pia.post(
                API + "/experiments/" + key + "/iterations/" + iteration + "/results",
                Map.of(
                        "title", "Kosten per brief",
                        "kind", "observed",
                        "before", 1250.5,
                        "after", 1100,
                        "unit", "euro",
                        "note", "uit de \"begroting\""));
        long result = results().get(0).get("id").asLong();
        browser.logIn("pia", "nl");
        open();

        // the form holds the stored figures as a Dutch reader types them
        press("[data-opens='exlog-result-edit-" + result + "']");
        WebElement before = browser.waitForVisible(By.id("exlog-re" + result + "-before"));
        assertEquals("1250,5", before.getAttribute("value"));
        assertEquals(
                "1100",
                browser.driver()
                        .findElement(By.id("exlog-re" + result + "-after"))
                        .getAttribute("value"));
        assertEquals(List.of(), browser.accessibilityViolations());
        WebElement after = browser.driver().findElement(By.id("exlog-re" + result + "-after"));
        after.clear();
        after.sendKeys("1.050,75");
        browser.tabTo("#exlog-result-edit-" + result + " button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> results().get(0).get("after").asDouble() == 1050.75);
        JsonNode corrected = results().get(0);
        assertEquals(
                "the untouched figure is the same number",
                1250.5,
                corrected.get("before").asDouble(),
                0);
        assertEquals("euro", corrected.get("unit").asText());
        assertEquals("uit de \"begroting\"", corrected.get("note").asText());
        browser.waitFor(
                d ->
                        ("exlog-result-edit-" + result)
                                .equals(browser.active().getAttribute("data-opens")));

        // delete, then undo from the flag: the same figures again
        press("button.exlog-record-action[data-api$='/results/" + result + "']");
        confirmDialog("ongedaan maken");
        browser.waitFor(d -> results().isEmpty());
        undo();
        browser.waitFor(d -> results().size() == 1);
        JsonNode back = results().get(0);
        assertEquals("Kosten per brief", back.get("title").asText());
        assertEquals("observed", back.get("kind").asText());
        assertEquals(1250.5, back.get("before").asDouble(), 0);
        assertEquals(1050.75, back.get("after").asDouble(), 0);
        assertEquals("euro", back.get("unit").asText());
        assertEquals("uit de \"begroting\"", back.get("note").asText());
        browser.waitForVisible(By.cssSelector("#exlog-panel .exlog-results"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void aLearning_shouldBeEdited_deleted_andBroughtBackWithUndo() {
        pia.post(
                API + "/experiments/" + key + "/learnings",
                Map.of("statement", "Korte brieven werken", "tags", List.of("brief", "taal")));
        long learning = learnings().get(0).get("id").asLong();
        browser.logIn("pia", "nl");
        open();

        press("[data-opens='exlog-learning-edit-" + learning + "']");
        WebElement statement = browser.waitForVisible(By.id("exlog-le" + learning + "-statement"));
        assertEquals("Korte brieven werken", statement.getAttribute("value"));
        assertEquals(List.of(), browser.accessibilityViolations());
        statement.clear();
        statement.sendKeys("Korte brieven met de datum bovenaan werken");
        WebElement tags = browser.driver().findElement(By.id("exlog-le" + learning + "-tags"));
        tags.clear();
        tags.sendKeys("brief, datum");
        browser.tabTo("#exlog-learning-edit-" + learning + " button[type=submit]")
                .sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        learnings()
                                .get(0)
                                .get("statement")
                                .asText()
                                .equals("Korte brieven met de datum bovenaan werken"));
        assertEquals("[\"brief\",\"datum\"]", learnings().get(0).get("tags").toString());

        press("button.exlog-record-action[data-api$='/learnings/" + learning + "']");
        confirmDialog("ongedaan maken");
        browser.waitFor(d -> learnings().isEmpty());
        undo();
        browser.waitFor(d -> learnings().size() == 1);
        assertEquals(
                "Korte brieven met de datum bovenaan werken",
                learnings().get(0).get("statement").asText());
        assertEquals("[\"brief\",\"datum\"]", learnings().get(0).get("tags").toString());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void theHistory_shouldListEveryChange_inTheReadersLanguage_byKeyboard() {
        pia.post(
                API + "/experiments/" + key + "/learnings",
                Map.of("statement", "Een les", "tags", List.of("brief")));
        long learning = learnings().get(0).get("id").asLong();
        pia.delete(API + "/experiments/" + key + "/learnings/" + learning);
        browser.logIn("pia", "nl");
        open();

        browser.tabTo("#exlog-history summary").sendKeys(Keys.ENTER);
        try {
            browser.waitFor(
                    d ->
                            d.findElements(By.cssSelector("#exlog-history .exlog-history-list li"))
                                            .size()
                                    >= 3);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    browser.driver().findElement(By.id("exlog-history")).getAttribute("outerHTML"),
                    e);
        }
        String history = browser.driver().findElement(By.id("exlog-history")).getText();
        assertTrue(history, history.contains("Les van " + key + " verwijderd."));
        assertTrue(history, history.contains("Les toegevoegd aan " + key + "."));
        assertTrue("by display name: " + history, history.contains("Pia de Vries"));
        assertEquals(
                "newest first",
                0,
                browser.driver()
                        .findElement(By.cssSelector("#exlog-history .exlog-history-list li"))
                        .getText()
                        .indexOf(
                                browser.driver()
                                        .findElement(By.cssSelector("#exlog-history time"))
                                        .getText()));
        assertTrue(
                browser.driver()
                        .findElement(By.cssSelector("#exlog-history .exlog-history-list li"))
                        .getText()
                        .contains("verwijderd"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
