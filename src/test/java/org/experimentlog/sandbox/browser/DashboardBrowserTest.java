package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.experimentlog.sandbox.http.JqlFixture;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The dashboard items in a real browser, on the sandbox's dashboard: configured by keyboard, their
 * configuration kept per user and item across page loads, the learnings shown with links, a missing
 * choice refused next to its field; both languages, the dark theme; and the app's page inside a
 * project's frame, reached from the project sidebar. Data: the JQL tests' experiments. No axe-core
 * violations anywhere.
 */
public class DashboardBrowserTest {
    private static final String DASHBOARD = "/secure/Dashboard.jspa";

    private Browser browser;
    private JqlFixture fixture;

    @Before
    public void setUp() {
        fixture = JqlFixture.get();
        browser = new Browser(RunningSandbox.get().baseUrl());
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private WebElement learned() {
        return browser.driver()
                .findElement(
                        By.cssSelector("[data-sandbox-dashboard-item='dashboard-item-learned']"));
    }

    @Test
    public void learned_shouldBeConfiguredByKeyboard_andKeepItsConfiguration() {
        browser.logIn("dirk", "en");
        browser.open(DASHBOARD + "?lang=en");
        browser.waitForVisible(By.id("exlog-di-learned-i1-scope"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo("[data-sandbox-dashboard-item='dashboard-item-learned'] button[type=submit]")
                .sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        learned()
                                .findElement(By.cssSelector("[data-exlog-dashboard-required]"))
                                .isDisplayed());
        assertEquals("exlog-di-learned-i1-scope", browser.active().getAttribute("id"));
        assertEquals("true", browser.active().getAttribute("aria-invalid"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.active().sendKeys(fixture.department);
        browser.tabTo("#exlog-di-learned-i1-days").sendKeys("Last 365");
        browser.tabTo("[data-sandbox-dashboard-item='dashboard-item-learned'] button[type=submit]")
                .sendKeys(Keys.ENTER);
        browser.waitFor(
                d -> !learned().findElements(By.cssSelector(".exlog-dashboard-heading")).isEmpty());

        assertTrue(
                learned().getText(),
                learned().getText().contains(fixture.department + ": Last 365 days"));
        assertFalse(learned().findElements(By.cssSelector("a[href*='/jira/browse/']")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.open(DASHBOARD + "?lang=en");
        browser.waitFor(
                d -> !learned().findElements(By.cssSelector(".exlog-dashboard-heading")).isEmpty());
        assertTrue(learned().getText().contains(fixture.department + ": Last 365 days"));
    }

    @Test
    public void stages_shouldCountAProjectsExperiments_inDutchAndTheDarkTheme() {
        browser.logIn("tess", "nl");
        browser.open(DASHBOARD + "?lang=nl&theme=dark");
        WebElement stages =
                browser.driver()
                        .findElement(
                                By.cssSelector(
                                        "[data-sandbox-dashboard-item='dashboard-item-stages']"));
        assertEquals(
                "Experiment Log: experimenten per fase",
                stages.findElement(By.tagName("h2")).getText());
        browser.waitForVisible(By.id("exlog-di-stages-i2-scope"));

        browser.tabTo("#exlog-di-stages-i2-scope").sendKeys("MOVE");
        browser.tabTo("[data-sandbox-dashboard-item='dashboard-item-stages'] button[type=submit]")
                .sendKeys(Keys.ENTER);
        browser.waitFor(
                d -> !stages.findElements(By.cssSelector(".exlog-dashboard-heading")).isEmpty());

        assertTrue(stages.getText(), stages.getText().contains("Experimenten in alle fasen"));
        assertFalse(
                stages.findElements(By.cssSelector("a[href*='experimentsInStage']")).isEmpty()
                        && stages.findElements(By.cssSelector(".exlog-dashboard-empty")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void olaf_shouldNotBeOfferedPermit() {
        browser.logIn("olaf", "en");
        browser.open(DASHBOARD + "?lang=en");
        browser.waitForVisible(By.id("exlog-di-stages-i2-scope"));

        String options =
                browser.driver()
                        .findElement(By.id("exlog-di-stages-i2-scope"))
                        .getAttribute("innerHTML");

        assertFalse(options, options.contains("project:PERMIT"));
        assertTrue(options, options.contains("project:MOVE"));
    }

    @Test
    public void theProjectSidebar_shouldOpenTheProjectsExperimentsInsideTheProjectsFrame() {
        browser.logIn("pia", "en");
        browser.open("/?lang=en");

        browser.tabTo("a.project-sidebar-experiments").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("/projects/PERMIT?selectedItem="));

        WebElement current =
                browser.driver()
                        .findElement(
                                By.cssSelector(".sandbox-project-sidebar a[aria-current=page]"));
        assertTrue(current.getAttribute("class").contains("project-sidebar-experiments"));
        assertTrue(
                browser.driver()
                        .findElement(By.id("exlog-project-page"))
                        .getText()
                        .contains("Experiments in PERMIT"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo("#exlog-project-page a.aui-button").sendKeys(Keys.ENTER);
        browser.waitFor(
                d -> d.getCurrentUrl().contains("retrospective?scope=project&value=PERMIT"));
    }
}
