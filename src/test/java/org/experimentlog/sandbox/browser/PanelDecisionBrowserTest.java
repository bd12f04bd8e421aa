package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
 * The panel says what its actions do (issue 11): recording an iteration's decision is an action of
 * its own, a stage button going back says so, the conclude hint shows only where it applies, and an
 * iteration dated before the experiment started asks first. By keyboard, in English and Dutch, with
 * axe-core finding nothing.
 */
public class PanelDecisionBrowserTest {
    private static final String API = "/rest/experiment-log/1.0/experiments/";

    private Browser browser;
    private SandboxClient pia;
    private String key;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        pia = RunningSandbox.as("pia");
        key = RunningSandbox.newExperiment("PERMIT");
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private JsonNode experiment() {
        return pia.get(API + key).json();
    }

    private void writeHypothesis() {
        SandboxClient.Reply reply =
                pia.put(
                        API + key + "/hypothesis",
                        Map.of(
                                "version",
                                experiment().get("version").asLong(),
                                "change",
                                "a shorter renewal letter",
                                "audience",
                                "residents renewing a permit",
                                "expectedResult",
                                "fewer calls",
                                "reason",
                                "the letter is long",
                                "signal",
                                "calls fall by a fifth"));
        assertEquals(reply.toString(), 200, reply.status());
    }

    private void move(String stage) {
        SandboxClient.Reply reply =
                pia.post(
                        API + key + "/transitions",
                        Map.of("version", experiment().get("version").asLong(), "stage", stage));
        assertEquals(reply.toString(), 200, reply.status());
    }

    private long addIteration() {
        JsonNode iterations =
                pia.post(API + key + "/iterations", Map.of("change", "Shorter letter"))
                        .json()
                        .get("iterations");
        return iterations.get(iterations.size() - 1).get("id").asLong();
    }

    private String panelText() {
        return browser.driver().findElement(By.id("exlog-panel")).getText();
    }

    private void assertAccessible(String state) {
        assertEquals(state, List.of(), browser.accessibilityViolations());
    }

    private List<String> stageButtons() {
        return browser
                .driver()
                .findElements(By.cssSelector("form[data-api$='/transitions'].exlog-inline button"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private void waitForReload() {
        browser.waitFor(
                d ->
                        "complete"
                                        .equals(
                                                ((JavascriptExecutor) d)
                                                        .executeScript(
                                                                "return document.readyState"))
                                && ((JavascriptExecutor) d)
                                                .executeScript("return window.exlogBefore")
                                        == null);
    }

    private void markPage() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.exlogBefore = true;");
    }

    @Test
    public void stageButtons_shouldSayWhatTheyDo_andTheConcludeHintShowOnlyWhereItApplies() {
        addIteration();
        browser.logIn("pia", "en");
        browser.open("/browse/" + key);
        assertEquals(List.of("Start running"), stageButtons());
        assertFalse(panelText(), panelText().contains("To conclude"));

        writeHypothesis();
        move("running");
        move("analysing");
        browser.open("/browse/" + key);
        assertEquals(List.of("Back to running"), stageButtons());
        assertTrue(panelText(), panelText().contains("To conclude, add at least one learning."));
        assertAccessible("analysing without a learning");

        pia.post(API + key + "/learnings", Map.of("statement", "Letters are read"));
        browser.open("/browse/" + key);
        assertFalse(panelText(), panelText().contains("To conclude"));

        browser.open("/browse/" + key + "?lang=nl");
        assertEquals(List.of("Terug naar uitvoering"), stageButtons());
    }

    @Test
    public void recordingADecision_shouldBeAnActionOfItsOwn_byKeyboard() {
        long iteration = addIteration();
        browser.logIn("pia", "nl");
        browser.open("/browse/" + key + "?lang=nl");

        WebElement opener = browser.tabTo("[data-opens=exlog-decision-" + iteration + "]");
        assertEquals("Besluit van iteratie 1 vastleggen", opener.getText());
        opener.sendKeys(Keys.ENTER);
        WebElement decision = browser.waitForVisible(By.id("exlog-d" + iteration + "-decision"));
        assertEquals(decision, browser.active());
        assertAccessible("Dutch decision dialog");
        browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        browser.press(Keys.TAB, "De brief werd niet gelezen");
        markPage();
        browser.tabTo("#exlog-decision-" + iteration + " button[type=submit]").sendKeys(Keys.ENTER);
        waitForReload();
        browser.waitFor(d -> panelText().contains("De brief werd niet gelezen"));

        JsonNode stored = experiment().get("iterations").get(0);
        assertEquals("pivot", stored.get("decision").asText());
        assertEquals("De brief werd niet gelezen", stored.get("rationale").asText());
        assertEquals("Shorter letter", stored.get("change").asText());
        assertEquals("exlog-decision-" + iteration, browser.active().getAttribute("data-opens"));
        assertEquals(
                "Besluit van iteratie 1 wijzigen",
                browser.driver()
                        .findElement(
                                By.cssSelector("[data-opens=exlog-decision-" + iteration + "]"))
                        .getText());
        assertAccessible("Dutch decision recorded");
    }

    @Test
    public void anIterationDatedBeforeTheStart_shouldAskFirst_andSaveOnlyWhenAccepted() {
        addIteration();
        browser.logIn("pia", "en");
        browser.open("/browse/" + key);

        browser.tabTo("[data-opens=exlog-iteration-dialog]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-n-change")).sendKeys("Earlier letter");
        WebElement start = browser.driver().findElement(By.id("exlog-n-startDate"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = '2020-03-02';", start);
        WebElement save = browser.tabTo("#exlog-iteration-dialog button[type=submit]");
        save.sendKeys(Keys.ENTER);

        WebElement question = browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));
        assertTrue(
                question.getText(),
                question.getText().contains("Date the iteration before the experiment started?"));
        assertTrue(question.getText(), question.getText().contains("March 2, 2020"));
        assertAccessible("early date warning");
        browser.press(Keys.ESCAPE);
        browser.waitFor(d -> d.findElements(By.cssSelector("dialog.exlog-confirm")).isEmpty());
        assertEquals(save, browser.active());
        assertEquals(1, experiment().get("iterations").size());

        save.sendKeys(Keys.ENTER);
        browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));
        markPage();
        WebElement accept = browser.tabTo("dialog.exlog-confirm[open] button.aui-button-primary");
        assertEquals("Save with this date", accept.getText());
        accept.sendKeys(Keys.ENTER);
        waitForReload();
        browser.waitFor(d -> panelText().contains("Earlier letter"));
        JsonNode iterations = experiment().get("iterations");
        assertEquals(2, iterations.size());
        assertEquals("2020-03-02", iterations.get(1).get("startDate").asText());
    }

    @Test
    public void theEarlyDateWarning_shouldSpeakDutch() {
        long iteration = addIteration();
        browser.logIn("pia", "nl");
        browser.open("/browse/" + key + "?lang=nl");

        browser.tabTo("[data-opens=exlog-iteration-edit-" + iteration + "]").sendKeys(Keys.ENTER);
        WebElement start = browser.waitForVisible(By.id("exlog-i" + iteration + "-startDate"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = '2020-03-02';", start);
        browser.tabTo("#exlog-iteration-edit-" + iteration + " button[type=submit]")
                .sendKeys(Keys.ENTER);

        WebElement question = browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));
        assertTrue(question.getText(), question.getText().contains("2 maart 2020"));
        assertTrue(question.getText(), question.getText().contains("Toch met deze datum opslaan?"));
        assertAccessible("Dutch early date warning");
    }

    @Test
    public void aResultWithSeveralMistakes_shouldShowEveryErrorNextToItsField_atOnce() {
        long iteration = addIteration();
        browser.logIn("pia", "nl");
        browser.open("/browse/" + key + "?lang=nl");

        browser.tabTo("[data-opens=exlog-result-" + iteration + "]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-r" + iteration + "-title"));
        browser.tabTo("#exlog-result-" + iteration + " button[type=submit]").sendKeys(Keys.ENTER);

        for (String field : List.of("title", "before", "after")) {
            WebElement error =
                    browser.waitForVisible(By.id("exlog-r" + iteration + "-" + field + "-error"));
            assertTrue(field + ": " + error.getText(), error.getText().endsWith("is verplicht."));
            assertFalse(error.getText(), error.getText().contains("\""));
            assertEquals(
                    "true",
                    browser.driver()
                            .findElement(By.id("exlog-r" + iteration + "-" + field))
                            .getAttribute("aria-invalid"));
        }
        assertEquals("exlog-r" + iteration + "-title", browser.active().getAttribute("id"));
        assertAccessible("Dutch result dialog with three errors");
    }
}
