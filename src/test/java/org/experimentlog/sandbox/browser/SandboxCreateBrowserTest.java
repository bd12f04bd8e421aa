package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The sandbox header's Create, as Jira's (issue 11): a team member creates an Experiment issue in a
 * dialog (project, issue type, summary), by keyboard, and the new issue opens with the panel's
 * empty state. Escape closes the dialog and focus returns to Create; axe-core finds nothing, in
 * English and Dutch.
 */
public class SandboxCreateBrowserTest {
    private Browser browser;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private WebElement openCreate() {
        browser.tabTo("#create_link").sendKeys(Keys.ENTER);
        return browser.waitForVisible(By.id("sandbox-create-dialog"));
    }

    @Test
    public void aTeamMember_shouldCreateAnExperimentIssue_byKeyboard() {
        browser.logIn("pia", "en");
        browser.open("/browse/PERMIT-1");

        WebElement dialog = openCreate();
        assertTrue(dialog.getText(), dialog.getText().contains("Create issue"));
        assertEquals("sandbox-create-project", browser.active().getAttribute("id"));
        assertEquals(List.of(), browser.accessibilityViolations());
        Select project = new Select(browser.active());
        assertTrue(
                project.getOptions().stream()
                        .anyMatch(o -> o.getAttribute("value").equals("PERMIT")));
        project.selectByValue("PERMIT");
        browser.press(Keys.TAB);
        new Select(browser.active()).selectByValue("Experiment");
        browser.press(Keys.TAB, "Try a shorter renewal letter", Keys.ENTER);

        browser.waitFor(
                d ->
                        d.getCurrentUrl().matches(".*/browse/PERMIT-\\d+$")
                                && !d.getCurrentUrl().endsWith("/PERMIT-1"));
        browser.waitForVisible(By.id("exlog-panel"));
        String panel = browser.driver().findElement(By.id("exlog-panel")).getText();
        assertTrue(panel, panel.contains("This issue has no experiment yet."));
        assertTrue(
                browser.driver().getPageSource(),
                browser.driver().getPageSource().contains("Try a shorter renewal letter"));
    }

    @Test
    public void theCreateDialog_shouldCloseWithEscape_andShowErrorsNextToTheField_inDutch() {
        browser.logIn("dirk", "nl");
        browser.open("/browse/PERMIT-1?lang=nl");

        WebElement dialog = openCreate();
        assertTrue(dialog.getText(), dialog.getText().contains("Issue aanmaken"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.press(Keys.ESCAPE);
        browser.waitFor(d -> d.findElements(By.id("sandbox-create-dialog")).isEmpty());
        assertEquals("create_link", browser.active().getAttribute("id"));

        browser.active().sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("sandbox-create-dialog"));
        browser.driver()
                .findElement(By.cssSelector("#sandbox-create-dialog button[type=submit]"))
                .sendKeys(Keys.ENTER);
        WebElement error = browser.waitForVisible(By.id("sandbox-create-summary-error"));
        assertTrue(error.getText(), error.getText().contains("verplicht"));
        assertEquals("sandbox-create-summary", browser.active().getAttribute("id"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
