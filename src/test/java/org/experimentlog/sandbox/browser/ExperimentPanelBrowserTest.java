package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.experimentlog.sandbox.http.SandboxClient;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The experiment panel in a real browser, by keyboard only: start an experiment, write the
 * hypothesis (with script payloads that must show as text), see an error next to its field without
 * losing what was typed, add an iteration, record a result, add a learning, move the stages and
 * conclude. axe-core finds nothing in any of these states.
 */
public class ExperimentPanelBrowserTest {
    private static final String API = "/rest/experiment-log/1.0/experiments/";
    private static final String PAYLOAD =
            "<script>window.exlogXss=1</script><img src=x onerror=window.exlogXss=2>";

    private Browser browser;
    private String key;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        key = RunningSandbox.newIssue("PERMIT", "Experiment");
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private void assertAccessible(String state) {
        assertEquals(state, List.of(), browser.accessibilityViolations());
    }

    private String panelText() {
        return browser.driver().findElement(By.id("exlog-panel")).getText();
    }

    /**
     * Presses Enter on the control, by keyboard, and waits for the page the save reloads to show
     * the text.
     */
    private void submitAndWait(String selector, String expected) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.exlogBeforeSave = true;");
        browser.tabTo(selector).sendKeys(Keys.ENTER);
        browser.waitFor(
                d -> {
                    try {
                        return js.executeScript("return window.exlogBeforeSave") == null
                                && "complete".equals(js.executeScript("return document.readyState"))
                                // a stage is an AUI lozenge, which AUI writes in capitals
                                && panelText()
                                        .toLowerCase(Locale.ROOT)
                                        .contains(expected.toLowerCase(Locale.ROOT));
                    } catch (StaleElementReferenceException | NoSuchElementException e) {
                        return false;
                    }
                });
    }

    @Test
    public void aTeamMember_shouldRunAWholeExperimentByKeyboard() {
        browser.logIn("pia", "en");
        browser.open("/browse/" + key);
        assertTrue(panelText().contains("This issue has no experiment yet."));
        assertAccessible("empty panel");

        submitAndWait("#exlog-panel button[type=submit]", "Designing");
        assertAccessible("designing, no hypothesis");

        browser.tabTo("[data-opens=exlog-hypothesis-dialog]").sendKeys(Keys.ENTER);
        WebElement change = browser.waitForVisible(By.id("exlog-h-change"));
        assertEquals(change, browser.active());
        assertAccessible("hypothesis dialog");
        change.sendKeys("a one-page form " + PAYLOAD);
        browser.press(
                Keys.TAB,
                "residents applying online" + PAYLOAD,
                Keys.TAB,
                "more completed applications" + PAYLOAD,
                Keys.TAB,
                "the old form asked twice" + PAYLOAD,
                Keys.TAB,
                "completion rises from 61% to 75%" + PAYLOAD);
        submitAndWait(
                "#exlog-hypothesis-dialog button[type=submit]", "completion rises from 61% to 75%");
        assertTrue(panelText(), panelText().contains(PAYLOAD));
        assertEquals(
                null,
                ((JavascriptExecutor) browser.driver()).executeScript("return window.exlogXss"));
        // After the reload: the success flag, and focus back on the control that opened the dialog.
        browser.waitFor(
                d ->
                        d.findElements(By.cssSelector("#exlog-flags .exlog-flag")).stream()
                                .anyMatch(f -> f.getAttribute("textContent").contains("Saved.")));
        assertEquals("exlog-hypothesis-dialog", browser.active().getAttribute("data-opens"));
        assertAccessible("hypothesis written");

        browser.tabTo("[data-opens=exlog-iteration-dialog]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-n-change"))
                .sendKeys("Removed the duplicate document questions" + PAYLOAD);
        submitAndWait("#exlog-iteration-dialog button[type=submit]", "Iteration 1");

        browser.tabTo("[data-opens^=exlog-result-]").sendKeys(Keys.ENTER);
        WebElement title = browser.waitForVisible(By.cssSelector("dialog[open] input[name=title]"));
        title.sendKeys("Completed applications" + PAYLOAD);
        browser.press(Keys.TAB, Keys.ARROW_DOWN);
        browser.tabTo("dialog[open] fieldset[data-kind=proportion] input[name=controlSize]")
                .sendKeys("1000");
        browser.press(Keys.TAB, "610", Keys.TAB, "1000", Keys.TAB, "680");
        assertAccessible("result dialog");
        submitAndWait("dialog[open] button[type=submit]", "610 / 1,000");

        browser.tabTo("[data-opens=exlog-learning-dialog]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-l-statement"))
                .sendKeys("Asking once is enough " + PAYLOAD);
        browser.press(Keys.TAB, "forms, documents");
        submitAndWait("#exlog-learning-dialog button[type=submit]", "Asking once is enough");

        submitAndWait("form[data-api$='/transitions'] button[type=submit]", "Running");
        submitAndWait("form[data-api$='/transitions'] button[type=submit]", "Analysing");
        assertAccessible("analysing, ready to conclude");

        browser.tabTo("[data-opens=exlog-conclude-dialog]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-c-verdict"));
        browser.tabTo("#exlog-c-note").sendKeys("Scaled to all permit types" + PAYLOAD);
        // Concluding closes the experiment: a confirmation says so first, and the answer is by
        // keyboard too.
        browser.tabTo("#exlog-conclude-dialog button[type=submit]").sendKeys(Keys.ENTER);
        WebElement question = browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));
        assertTrue(question.getText(), question.getText().contains("Conclude the experiment?"));
        assertAccessible("conclude confirmation");
        submitAndWait("dialog.exlog-confirm[open] button.aui-button-primary", "Concluded");
        assertTrue(panelText().contains("Validated"));
        String text = panelText();
        for (String typed :
                List.of(
                        "a one-page form ",
                        "residents applying online",
                        "more completed applications",
                        "the old form asked twice",
                        "completion rises from 61% to 75%",
                        "Removed the duplicate document questions",
                        "Completed applications",
                        "Asking once is enough ",
                        "Scaled to all permit types")) {
            assertTrue(typed, text.contains(typed + PAYLOAD));
        }
        assertAccessible("concluded");
        assertEquals(
                null,
                ((JavascriptExecutor) browser.driver()).executeScript("return window.exlogXss"));

        // Reopen with a reason, then correct the record: delete the result after confirming.
        browser.tabTo("[data-opens=exlog-reopen-dialog]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-reopen-reason"))
                .sendKeys("The control group was counted twice");
        assertAccessible("reopen dialog");
        submitAndWait("#exlog-reopen-dialog button[type=submit]", "Analysing");
        assertFalse(panelText().contains("Validated"));
        browser.tabTo("button.exlog-record-action[data-api*='/results/']").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));
        assertAccessible("delete confirmation");
        submitAndWait("dialog.exlog-confirm[open] button.aui-button-primary", "Iteration 1");
        browser.waitFor(d -> !panelText().contains("Completed applications"));
        assertAccessible("result deleted");
    }

    @Test
    public void aDeleteConfirmation_shouldSpeakDutch_andEscapeShouldCancelAndKeepTheResult() {
        String experiment = RunningSandbox.newExperiment("PERMIT");
        SandboxClient admin = RunningSandbox.as("admin");
        long iteration =
                admin.post(API + experiment + "/iterations", Map.of("change", "Korter formulier"))
                        .json()
                        .get("iterations")
                        .get(0)
                        .get("id")
                        .asLong();
        admin.post(
                API + experiment + "/iterations/" + iteration + "/results",
                Map.of("title", "Afgerond", "kind", "observed", "before", 1250.5, "after", 1100));
        browser.logIn("pia", "nl");
        browser.open("/browse/" + experiment + "?lang=nl");

        WebElement delete = browser.tabTo("button.exlog-record-action[data-api*='/results/']");
        delete.sendKeys(Keys.ENTER);
        WebElement question = browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));

        assertTrue(question.getText(), question.getText().contains("Dit resultaat verwijderen?"));
        assertTrue(question.getText(), question.getText().contains("Afgerond"));
        assertAccessible("Dutch delete confirmation");
        // Escape cancels, as in Jira's dialogs (AUI's layer manager prevents the default of every
        // Escape on the page, which used to keep this dialog open), and focus returns to the
        // opener.
        browser.press(Keys.ESCAPE);
        browser.waitFor(d -> d.findElements(By.cssSelector("dialog.exlog-confirm")).isEmpty());
        assertEquals(delete, browser.active());
        assertTrue(panelText(), panelText().contains("1.250,5"));
        assertEquals(
                1,
                admin.get(API + experiment).json().get("iterations").get(0).get("results").size());
    }

    @Test
    public void aTooLongHypothesis_shouldShowTheErrorNextToTheField_andKeepWhatWasTyped() {
        RunningSandbox.as("pia").post(API + key, null);
        browser.logIn("pia", "en");
        browser.open("/browse/" + key);

        browser.tabTo("[data-opens=exlog-hypothesis-dialog]").sendKeys(Keys.ENTER);
        WebElement change = browser.waitForVisible(By.id("exlog-h-change"));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].removeAttribute('maxlength'); arguments[0].value = 'x'.repeat(2001);",
                        change);
        browser.tabTo("#exlog-hypothesis-dialog button[type=submit]").sendKeys(Keys.ENTER);

        WebElement error = browser.waitForVisible(By.id("exlog-h-change-error"));
        assertTrue(error.getText(), error.getText().contains("at most 2,000 characters"));
        assertEquals("true", change.getAttribute("aria-invalid"));
        assertEquals(2001, change.getAttribute("value").length());
        assertTrue(browser.driver().findElement(By.id("exlog-hypothesis-dialog")).isDisplayed());
        assertAccessible("hypothesis dialog with an error");
    }

    @Test
    public void aStaleEdit_shouldOfferToReload() {
        RunningSandbox.as("pia").post(API + key, null);
        browser.logIn("pia", "en");
        browser.open("/browse/" + key);
        browser.tabTo("[data-opens=exlog-hypothesis-dialog]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-h-change")).sendKeys("mine");
        RunningSandbox.as("dirk")
                .put(API + key + "/hypothesis", Map.of("version", 1, "change", "theirs"));

        browser.tabTo("#exlog-hypothesis-dialog button[type=submit]").sendKeys(Keys.ENTER);

        WebElement summary =
                browser.waitForVisible(
                        By.cssSelector("#exlog-hypothesis-dialog .exlog-form-error"));
        assertTrue(
                summary.getText(),
                summary.getText().contains("Someone else changed this experiment"));
        assertEquals(1, summary.findElements(By.tagName("button")).size());
        assertEquals(
                "mine",
                browser.driver().findElement(By.id("exlog-h-change")).getAttribute("value"));
    }

    @Test
    public void theEmptyPanel_shouldSpeakDutch_andBeAccessible() {
        browser.logIn("pia", "nl");
        browser.open("/browse/" + key + "?lang=nl");

        assertTrue(panelText(), panelText().contains("Dit issue heeft nog geen experiment."));
        assertAccessible("Dutch empty panel");
    }

    @Test
    public void aReader_shouldSeeNoActions() {
        RunningSandbox.as("pia").post(API + key, null);
        browser.logIn("vera", "en");
        browser.open("/browse/" + key);

        assertFalse(panelText().contains("Edit the hypothesis"));
        // reading the history's next page is not an action on the experiment
        assertEquals(
                0,
                browser.driver()
                        .findElements(
                                By.cssSelector("#exlog-panel button:not(.exlog-history-more)"))
                        .size());
        assertEquals(1, browser.driver().findElements(By.id("exlog-history")).size());
        assertAccessible("read-only panel");
    }

    @Test
    public void theAccessibilityCheck_shouldFindWhatIsBroken() {
        browser.logIn("pia", "en");
        browser.open("/browse/" + key);

        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var p = document.getElementById('exlog-panel');"
                                + "p.insertAdjacentHTML('beforeend', '<img src=\\'x.png\\'><button></button>"
                                + "<input type=\\'text\\'>');");

        List<String> violations = browser.accessibilityViolations();
        assertTrue(
                violations.toString(),
                violations.stream().anyMatch(v -> v.startsWith("image-alt")));
        assertTrue(
                violations.toString(),
                violations.stream().anyMatch(v -> v.startsWith("button-name")));
        assertTrue(violations.toString(), violations.stream().anyMatch(v -> v.startsWith("label")));
    }
}
