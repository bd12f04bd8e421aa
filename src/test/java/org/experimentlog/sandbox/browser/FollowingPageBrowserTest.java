package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Following in a real browser, by keyboard: the following page reached from the menu, a tag
 * followed and stopped there, the Follow button next to the library's tag filter, and the
 * unsubscribe page without login; no axe-core violations, in English and Dutch.
 */
public class FollowingPageBrowserTest {
    private static final String PAGE = "/plugins/servlet/experiment-log/following";

    private Browser browser;
    private String tag;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        tag = "ui-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @After
    public void tearDown() {
        browser.close();
    }

    @Test
    public void
            theFollowingPage_shouldFollowAndStopATagByKeyboard_withoutAccessibilityViolations() {
        browser.logIn("tess", "en");
        browser.menuItem("experiment-log-menu", "nav-following").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-following"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo("#exlog-following-tag").sendKeys(tag, Keys.ENTER);
        browser.waitFor(d -> d.findElement(By.id("exlog-following")).getText().contains(tag));
        assertEquals(List.of(), browser.accessibilityViolations());
        assertTrue(follows("tess").contains("tag:" + tag));

        browser.tabTo("button.exlog-unfollow[data-value='" + tag + "']").sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        !d.findElement(
                                                By.cssSelector(
                                                        ".exlog-following-table, #exlog-following-list"))
                                        .getText()
                                        .contains(tag)
                                && !follows("tess").contains("tag:" + tag));
        assertFalse(follows("tess").contains("tag:" + tag));
    }

    @Test
    public void theLibrarysFollowButton_shouldFollowTheTagInTheFilter() {
        browser.logIn("tess", "en");
        browser.open("/plugins/servlet/experiment-log/library?tag=" + tag);
        browser.waitFor(
                d ->
                        d.findElement(By.cssSelector(".exlog-follow[data-kind='tag'] button"))
                                .isDisplayed());
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo(".exlog-follow[data-kind='tag'] button").sendKeys(Keys.ENTER);

        browser.waitFor(
                d ->
                        d.findElement(By.cssSelector(".exlog-follow[data-kind='tag'] button"))
                                .getText()
                                .equals("Stop following " + tag));
        assertTrue(follows("tess").contains("tag:" + tag));
    }

    @Test
    public void theFollowingPage_shouldReadDutch_withoutAccessibilityViolations() {
        browser.logIn("dirk", "nl");
        browser.open(PAGE + "?lang=nl");
        browser.waitForVisible(By.id("exlog-following"));

        assertEquals(
                "Volgen",
                browser.driver().findElement(By.cssSelector("#exlog-following h1")).getText());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void anUnsubscribeLinkThatIsNotValid_shouldSaySo_withoutLogin() {
        browser.open("/plugins/servlet/experiment-log/unsubscribe?token=not-a-token");
        browser.waitForVisible(By.id("exlog-unsubscribe"));

        assertTrue(
                browser.driver()
                        .findElement(By.id("exlog-unsubscribe"))
                        .getText()
                        .contains("not valid"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    private static List<String> follows(String user) {
        List<String> result = new ArrayList<>();
        RunningSandbox.as(user)
                .get("/rest/experiment-log/1.0/following")
                .json()
                .get("follows")
                .forEach(f -> result.add(f.get("kind").asText() + ":" + f.get("value").asText()));
        return result;
    }
}
