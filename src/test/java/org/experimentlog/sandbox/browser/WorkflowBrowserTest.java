package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.experimentlog.sandbox.http.SandboxClient;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The workflow in a real browser: the issue page's transition buttons used by keyboard, the
 * validator's refusal shown as an alert in the reader's language, the issue resolved once the
 * experiment is abandoned, and the workflow page where an administrator configures the gate through
 * its edit template; no axe-core violations.
 */
public class WorkflowBrowserTest {
    private static final String API = "/rest/experiment-log/1.0/experiments/";

    private Browser browser;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private static void abandon(String key) {
        SandboxClient pia = RunningSandbox.as("pia");
        long version = pia.get(API + key).json().get("version").asLong();
        SandboxClient.Reply reply =
                pia.post(
                        API + key + "/transitions",
                        Map.of(
                                "version",
                                version,
                                "stage",
                                "abandoned",
                                "note",
                                "The pilot lost its sponsor"));
        assertEquals(reply.toString(), 200, reply.status());
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    @Test
    public void done_shouldBeRefusedWithAnAlert_whenTheExperimentIsStillOpen() {
        String key = RunningSandbox.newExperiment("PERMIT");
        browser.logIn("pia", "en");
        browser.open("/browse/" + key + "?lang=en");
        assertEquals("Designing", text("issue-status"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo("#action_id_41").sendKeys(Keys.ENTER);

        browser.waitForVisible(By.id("transition-error"));
        assertEquals(
                "This issue cannot be resolved yet: its experiment is still at the stage Designing. Conclude it with "
                        + "a verdict and at least one learning, or abandon it with a reason, first.",
                text("transition-error"));
        assertEquals(
                "alert",
                browser.driver().findElement(By.id("transition-error")).getAttribute("role"));
        assertEquals("Designing", text("issue-status"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void done_shouldBeRefusedInDutch_forADutchReader() {
        String key = RunningSandbox.newExperiment("PERMIT");
        browser.logIn("dirk", "nl");
        browser.open("/browse/" + key + "?lang=nl");

        browser.tabTo("#action_id_41").sendKeys(Keys.ENTER);

        browser.waitForVisible(By.id("transition-error"));
        assertTrue(
                text("transition-error"),
                text("transition-error")
                        .startsWith(
                                "Dit issue kan nog niet worden opgelost: het experiment staat nog in de fase Ontwerp."));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void done_shouldResolveTheIssue_whenTheExperimentWasAbandoned() {
        String key = RunningSandbox.newExperiment("MOVE");
        browser.logIn("pia", "nl");
        browser.open("/browse/" + key + "?lang=nl");
        assertTrue(
                "the condition hides Done",
                browser.driver().findElements(By.id("action_id_41")).isEmpty());
        abandon(key);
        browser.open("/browse/" + key + "?lang=nl");

        browser.tabTo("#action_id_41").sendKeys(Keys.ENTER);

        browser.waitFor(d -> "Done".equals(d.findElement(By.id("issue-status")).getText()));
        assertTrue(browser.driver().findElements(By.id("transition-error")).isEmpty());
        assertFalse(browser.driver().findElements(By.id("action_id_51")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void done_shouldNotBeOffered_toSomeoneWhoMayOnlyRead() {
        String key = RunningSandbox.newExperiment("PERMIT");
        browser.logIn("vera", "en");
        browser.open("/browse/" + key + "?lang=en");

        assertEquals("Designing", text("issue-status"));
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector(".sandbox-transitions button"))
                        .isEmpty());
    }

    @Test
    public void theWorkflowPage_shouldConfigureTheValidatorThroughItsEditTemplate_byKeyboard() {
        browser.logIn("admin", "en");
        browser.open("/secure/admin/workflows/ViewWorkflowTransition.jspa?lang=en");
        assertTrue(
                browser.driver()
                        .getPageSource()
                        .contains(
                                "Only if the experiment is concluded (verdict and a learning) or abandoned (with a reason)."));
        assertEquals(List.of(), browser.accessibilityViolations());
        try {
            browser.tabTo("#configure-experiment-closed-validator #exlog-accept-abandoned-true");
            browser.press(
                    Keys.ARROW_DOWN); // radio group: the arrow selects "Only concluded experiments"
            browser.tabTo("#configure-experiment-closed-validator button").sendKeys(Keys.ENTER);

            browser.waitFor(
                    d ->
                            d.getPageSource()
                                    .contains(
                                            "Only if the experiment is concluded (verdict and a learning); abandoned experiments do not pass."));
            String key = RunningSandbox.newExperiment("PERMIT");
            abandon(key);
            SandboxClient.Reply refused =
                    RunningSandbox.as("pia")
                            .post(
                                    "/rest/api/2/issue/" + key + "/transitions",
                                    Map.of("transition", Map.of("id", "41")));
            assertEquals(refused.toString(), 400, refused.status());
            assertTrue(
                    refused.body(), refused.body().contains("accepts only concluded experiments"));
        } finally {
            browser.open("/secure/admin/workflows/ViewWorkflowTransition.jspa?lang=en");
            // AUI draws the radio over the native input, so the label takes the click
            browser.driver()
                    .findElement(
                            By.cssSelector(
                                    "#configure-experiment-closed-validator label[for=exlog-accept-abandoned-true]"))
                    .click();
            browser.driver()
                    .findElement(By.cssSelector("#configure-experiment-closed-validator button"))
                    .click();
            browser.waitFor(
                    d ->
                            d.findElements(
                                                    By.cssSelector(
                                                            "#configure-experiment-closed-validator #exlog-accept-abandoned-true:checked"))
                                            .size()
                                    == 1);
        }
    }

    @Test
    public void theWorkflowPage_shouldBeRefused_toSomeoneWhoIsNoAdministrator() {
        assertEquals(
                403,
                RunningSandbox.as("pia")
                        .get("/secure/admin/workflows/ViewWorkflowTransition.jspa")
                        .status());
    }
}
