package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.experimentlog.sandbox.http.JqlFixture;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The JQL functions in the sandbox's issue navigator, in headless Chromium: typed and run by
 * keyboard, the issues found linked to their pages, a refused value explained in the reader's
 * language, and no accessibility violations.
 */
public class IssueNavigatorBrowserTest {
    private static final String PAGE = "/issues/";

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

    private List<String> keys() {
        return browser
                .driver()
                .findElements(By.cssSelector("#jql-results tbody tr td:first-child a"))
                .stream()
                .map(a -> a.getText())
                .toList();
    }

    private static String query(String jql) {
        return URLEncoder.encode(jql, StandardCharsets.UTF_8);
    }

    @Test
    public void theNavigator_shouldRunAFunctionTypedByKeyboard_andLinkTheIssuesFound() {
        browser.logIn("pia", "en");
        browser.open(PAGE);
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo("#jql")
                .sendKeys(
                        fixture.ours() + " AND issue in experimentsInStage(\"running\")",
                        Keys.ENTER);
        browser.waitForVisible(By.id("jql-count"));

        assertEquals(
                "1 issue matches.", browser.driver().findElement(By.id("jql-count")).getText());
        assertEquals(List.of(fixture.running), keys());
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo("#jql-results a").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/browse/" + fixture.running));
    }

    @Test
    public void theNavigator_shouldExplainARefusedValue_inDutch() {
        browser.logIn("pia", "nl");
        browser.open(
                PAGE + "?lang=nl&jql=" + query("issue in experimentsWithVerdict(\"bewezen\")"));

        assertEquals("Issues zoeken", browser.driver().findElement(By.tagName("h1")).getText());
        String alert = browser.driver().findElement(By.id("jql-errors")).getText();
        assertTrue(
                alert,
                alert.contains(
                        "Kon de experimenten niet zoeken: \"bewezen\" is geen oordeel. Gebruik een van: "
                                + "validated, invalidated, inconclusive."));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.open(PAGE + "?lang=nl&jql=" + query(fixture.ours()));
        assertEquals(
                "3 issues gevonden.", browser.driver().findElement(By.id("jql-count")).getText());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void theNavigator_shouldShowOlafNoPermitIssue() {
        browser.logIn("olaf", "en");

        browser.open(
                PAGE
                        + "?jql="
                        + query("issue in experimentsWithLearningTag(\"" + fixture.tag + "\")"));

        assertEquals(List.of(fixture.designing), keys());
        for (String key : keys()) {
            assertFalse(key, key.startsWith("PERMIT-"));
        }
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
