package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.experimentlog.sandbox.http.SandboxClient;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;

/**
 * Publishing and the public register in a real browser, by keyboard: the team previews exactly what
 * will be public, publishes, the register lists and shows it (in English and Dutch, switched by a
 * link), a visitor filters it, the team withdraws it with a reason and the page says so; the plan
 * section of the issue asks why a registered plan changes; axe-core finds nothing on any of these
 * pages.
 */
public class RegisterBrowserTest {
    private static final String API = "/rest/experiment-log/1.0";

    private Browser browser;
    private String word;
    private String title;
    private String key;
    private String running;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        word = "reg" + UUID.randomUUID().toString().substring(0, 8);
        title = "Plain-language tax letter " + word;
        SandboxClient admin = RunningSandbox.as("admin");
        SandboxClient paula = RunningSandbox.as("paula");
        key = experiment(admin, paula, title);
        running = experiment(admin, paula, "Still running " + word);
        for (String stage : List.of("analysing")) {
            check(
                    paula.post(
                            API + "/experiments/" + key + "/transitions",
                            Map.of("version", version(paula, key), "stage", stage)),
                    200);
        }
        check(
                paula.post(
                        API + "/experiments/" + key + "/learnings",
                        Map.of("statement", "Dates first " + word)),
                201);
        check(
                paula.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of(
                                "version",
                                version(paula, key),
                                "stage",
                                "concluded",
                                "verdict",
                                "validated")),
                200);
        JsonNode settings = admin.get(API + "/register/settings").json();
        check(
                admin.put(
                        API + "/register/settings",
                        Map.of("enabled", true, "version", settings.get("version").asLong())),
                200);
    }

    private static String experiment(SandboxClient admin, SandboxClient paula, String summary) {
        String issue =
                admin.post(
                                "/rest/sandbox/1.0/issues",
                                Map.of("project", "MOVE", "summary", summary, "type", "Experiment"))
                        .json()
                        .get("key")
                        .asText();
        check(paula.post(API + "/experiments/" + issue, null), 201);
        check(
                paula.put(
                        API + "/experiments/" + issue + "/hypothesis",
                        Map.of(
                                "version",
                                version(paula, issue),
                                "change",
                                "a letter with the date first",
                                "audience",
                                "residents",
                                "expectedResult",
                                "fewer calls",
                                "signal",
                                "calls drop by 20%")),
                200);
        check(
                paula.post(
                        API + "/experiments/" + issue + "/transitions",
                        Map.of("version", version(paula, issue), "stage", "running")),
                200);
        check(
                paula.put(
                        API + "/experiments/" + issue + "/hypothesis",
                        Map.of(
                                "version",
                                version(paula, issue),
                                "change",
                                "a letter with the date first",
                                "audience",
                                "residents",
                                "expectedResult",
                                "fewer calls",
                                "signal",
                                "calls drop by 10%",
                                "deviationReason",
                                "Twenty percent was never realistic.")),
                200);
        return issue;
    }

    private static long version(SandboxClient client, String issue) {
        return client.get(API + "/experiments/" + issue).json().get("version").asLong();
    }

    private static void check(SandboxClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + ": " + reply);
        }
    }

    @After
    public void tearDown() {
        browser.close();
        SandboxClient admin = RunningSandbox.as("admin");
        JsonNode settings = admin.get(API + "/register/settings").json();
        admin.put(
                API + "/register/settings",
                Map.of("enabled", false, "version", settings.get("version").asLong()));
    }

    /**
     * The page's text; empty while the page is being replaced (a reload after saving), so a wait
     * tries again.
     */
    private String page() {
        try {
            return browser.driver().findElement(By.tagName("body")).getText();
        } catch (WebDriverException e) {
            return "";
        }
    }

    @Test
    public void
            anExperiment_shouldBePreviewedPublishedFoundAndWithdrawn_byKeyboard_withoutAccessibilityViolations() {
        browser.logIn("paula", "en");
        // the public page's preview alone, as the frame on the publish page shows it
        browser.open("/plugins/servlet/experiment-log/publish/" + key + "/preview?lang=en");
        assertTrue(page().contains("Twenty percent was never realistic."));
        assertTrue("no form in the preview", !page().contains("Publish in the public register"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.open("/plugins/servlet/experiment-log/publish/" + key + "?lang=en");
        assertTrue(page().contains("Preview: exactly this will be public"));
        assertEquals(
                "the publish page is in Jira's frame, with AUI's buttons",
                1,
                browser.driver()
                        .findElements(
                                By.cssSelector(
                                        "#exlog-publish .exlog-publish-form button.aui-button-primary"))
                        .size());
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.driver().switchTo().frame("exlog-publish-preview");
        browser.waitFor(d -> page().contains("Twenty percent was never realistic."));
        browser.driver().switchTo().defaultContent();

        browser.tabTo(".exlog-publish-form button[type=submit]");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> page().contains("Version 1 is public since"));

        browser.open("/plugins/servlet/experiment-log/register?lang=en");
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo("#reg-q");
        browser.press(word, Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("q=" + word));
        assertTrue(page().contains("1 experiment"));
        browser.tabTo("a[href*='/register/']");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> page().contains("Changes to the registered plan"));
        assertTrue(page().contains("calls drop by 20%"));
        assertTrue(page().contains("calls drop by 10%"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo(".reg-language a");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> page().contains("Wijzigingen van het geregistreerde plan"));
        assertEquals("nl", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.open("/plugins/servlet/experiment-log/publish/" + key + "?lang=nl");
        browser.tabTo("#exlog-withdraw-reason");
        browser.press("De cijfers klopten niet.");
        browser.tabTo(".exlog-withdraw-form button[type=submit]");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> page().contains("is ingetrokken op"));
        browser.open("/plugins/servlet/experiment-log/register?lang=en&q=" + word);
        browser.driver().findElement(By.linkText(title)).click();
        // the page is cacheable for five minutes; a reload asks the server again, as a visitor's
        // reload would
        browser.driver().navigate().refresh();
        browser.waitFor(d -> page().contains("Withdrawn on"));
        assertTrue(page().contains("De cijfers klopten niet."));
        assertTrue(!page().contains("calls drop by 10%"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void thePlanDialog_shouldAskWhyTheSampleSizeChanges_andShowItAsADeviation() {
        browser.logIn("paula", "en");
        browser.open("/browse/" + running);
        browser.waitForVisible(By.id("exlog-register-panel-title"));
        assertEquals(
                "every iteration's edit form asks why, as its end may be the planned end",
                browser.driver()
                        .findElements(By.cssSelector("dialog[id^=exlog-iteration-edit-] form"))
                        .size(),
                browser.driver()
                        .findElements(
                                By.cssSelector(
                                        "dialog[id^=exlog-iteration-edit-] textarea[name=deviationReason]"))
                        .size());

        browser.tabTo("[data-opens=exlog-plan-dialog]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-p-plannedSampleSize")).sendKeys("1,500");
        browser.tabTo("#exlog-plan-dialog button[type=submit]").sendKeys(Keys.ENTER);

        browser.waitFor(
                d ->
                        d.findElement(By.id("exlog-deviation-reason-plan-error"))
                                .getText()
                                .contains("give the reason"));
        assertEquals(List.of(), browser.accessibilityViolations());
        assertFalse(
                "nothing was saved",
                RunningSandbox.as("paula")
                        .get(API + "/experiments/" + running)
                        .json()
                        .path("plannedSampleSize")
                        .isIntegralNumber());

        browser.tabTo("#exlog-deviation-reason-plan")
                .sendKeys("The grant pays for 1,500 interviews.");
        browser.tabTo("#exlog-plan-dialog button[type=submit]").sendKeys(Keys.ENTER);

        browser.waitFor(d -> page().contains("The grant pays for 1,500 interviews."));
        assertTrue(page(), page().contains("Planned sample size"));
        assertEquals(
                1500,
                RunningSandbox.as("paula")
                        .get(API + "/experiments/" + running)
                        .json()
                        .get("plannedSampleSize")
                        .asInt());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void thePlanSection_shouldShowTheDeviation_andAskWhyThePlanChanges() {
        browser.logIn("paula", "en");
        browser.open("/browse/" + running);
        browser.waitForVisible(By.id("exlog-register-panel-title"));

        assertTrue(page().contains("Twenty percent was never realistic."));
        assertEquals(
                1,
                browser.driver()
                        .findElements(
                                By.cssSelector(
                                        "form[data-api$='/hypothesis'] textarea[name=deviationReason]"))
                        .size());
        assertEquals(
                "Why does the registered plan change?",
                browser.driver()
                        .findElement(By.cssSelector("label[for=exlog-deviation-reason-hypothesis]"))
                        .getAttribute("textContent"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
