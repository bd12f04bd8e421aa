package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.app.command.SaveDepartment;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.sandbox.CurrentUser;
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
 * The failures-shared pages in a real browser: sharing a story and saying "this helped me" by
 * keyboard, the feed's filters, a department-only story kept from an outsider, and axe-core on
 * every page in English and Dutch.
 */
public class FailuresPageBrowserTest {
    private static final String PAGES = "/plugins/servlet/experiment-log/failures";
    private static final String API = "/rest/experiment-log/1.0/failures";
    private static final String PAYLOAD =
            "<script>window.exlogXss=1</script><img src=x onerror=\"window.exlogXss=2\">";

    private Browser browser;
    private String tag;
    private long department;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        tag = UUID.randomUUID().toString().substring(0, 8);
        AdministrationService admin = RunningSandbox.get().component(AdministrationService.class);
        department =
                CurrentUser.as(
                                "admin",
                                () -> {
                                    AppSettings settings = admin.settings();
                                    if (!settings.anonymousStoriesAllowed()) {
                                        admin.saveSettings(
                                                new AppSettings(
                                                        true,
                                                        settings.storiesVisibleToEveryone(),
                                                        settings.outcomeManagerGroup(),
                                                        settings.confidenceLevel(),
                                                        settings.version()));
                                    }
                                    return admin.saveDepartment(
                                            new SaveDepartment(
                                                    null, 0, "Failures " + tag, "dept-product"));
                                })
                        .requireId()
                        .value();
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private static Map<String, Object> story(
            String title, String factor, boolean toEveryone, long... departments) {
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("title", title);
        story.put("whatWeTried", "We sent renewal reminders by post.");
        story.put("whatHappened", "A third of the letters came back.");
        story.put("whatWeLearned", "The register is not a reliable source of addresses.");
        story.put("factors", List.of(factor));
        story.put("impact", "medium");
        List<Long> ids = new ArrayList<>();
        for (long id : departments) {
            ids.add(id);
        }
        story.put(
                "audience",
                Map.of("everyone", toEveryone, "departments", toEveryone ? List.of() : ids));
        return story;
    }

    private static long share(String user, Map<String, Object> story) {
        SandboxClient.Reply reply = RunningSandbox.as(user).post(API, story);
        if (reply.status() != 201) {
            throw new AssertionError("Could not share the story: " + reply);
        }
        return reply.json().get("id").asLong();
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }

    private void type(String selector, String text) {
        browser.tabTo(selector).sendKeys(text);
    }

    @Test
    public void
            sharingAStory_shouldWorkByKeyboard_keepWhatWasTypedOnAnError_andShowScriptsAsText() {
        browser.logIn("pia", "en");
        browser.open(PAGES + "/new");
        browser.waitForVisible(By.id("exlog-share-form"));
        assertEquals(List.of(), browser.accessibilityViolations());

        String title = "Reminders " + tag + " " + PAYLOAD;
        type("#exlog-share-title", title);
        browser.tabTo("#exlog-share-form button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> !text("exlog-share-whatWeTried-error").isEmpty());

        assertEquals(
                "true",
                browser.driver()
                        .findElement(By.id("exlog-share-whatWeTried"))
                        .getAttribute("aria-invalid"));
        assertEquals(
                title,
                browser.driver().findElement(By.id("exlog-share-title")).getAttribute("value"));
        assertEquals(List.of(), browser.accessibilityViolations());

        type("#exlog-share-whatWeTried", "Tried " + PAYLOAD);
        type("#exlog-share-whatHappened", "Happened " + PAYLOAD);
        type("#exlog-share-whatWeLearned", "Learned " + PAYLOAD);
        type("#exlog-share-whatWeWillDoDifferently", "Differently " + PAYLOAD);
        browser.tabTo("input[name=factors][value=data-quality]");
        browser.press(Keys.SPACE);
        type("#exlog-share-otherFactors", "Other " + PAYLOAD);
        browser.tabTo("#exlog-share-anonymous");
        browser.tabTo("#exlog-share-form button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/failures/\\d+$"));
        browser.waitForVisible(By.id("exlog-failure-story"));

        String page = text("exlog-failure-story");
        assertTrue(page, page.contains(title));
        for (String field : List.of("Tried ", "Happened ", "Learned ", "Differently ", "Other ")) {
            assertTrue(page, page.contains(field + PAYLOAD));
        }
        assertTrue(page, page.contains("Data quality"));
        assertTrue(page, page.contains("Pia de Vries"));
        WebElement avatar =
                browser.driver()
                        .findElement(
                                By.cssSelector(
                                        "#exlog-failure-story .aui-avatar.aui-avatar-xsmall img"));
        assertTrue(
                avatar.getAttribute("src"),
                avatar.getAttribute("src").contains("/secure/useravatar?size=xsmall&ownerId=pia"));
        assertEquals(null, script("return window.exlogXss"));
        assertTrue(browser.driver().findElements(By.id("exlog-helped")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void thisHelpedMe_shouldToggleByKeyboard_forAnotherReader() {
        long id = share("dirk", story("Helpful " + tag, "time-pressure", true));
        browser.logIn("pia", "en");
        browser.open(PAGES + "/" + id);
        browser.waitForVisible(By.id("exlog-failure-story"));

        browser.tabTo("#exlog-helped").sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        "true"
                                .equals(
                                        d.findElement(By.id("exlog-helped"))
                                                .getAttribute("aria-pressed")));

        assertEquals("Helped 1 person", text("exlog-helped-count"));
        assertEquals("exlog-helped", browser.active().getAttribute("id"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.open(PAGES + "/" + id);
        browser.waitForVisible(By.id("exlog-helped"));
        assertEquals(
                "true",
                browser.driver().findElement(By.id("exlog-helped")).getAttribute("aria-pressed"));

        browser.tabTo("#exlog-helped").sendKeys(Keys.SPACE);
        browser.waitFor(
                d ->
                        "false"
                                .equals(
                                        d.findElement(By.id("exlog-helped"))
                                                .getAttribute("aria-pressed")));
        assertEquals("Nobody has said this helped them yet", text("exlog-helped-count"));
    }

    @Test
    public void theFeed_shouldFilterByDepartmentAndFactor_byKeyboard_andBeAccessible() {
        share("dirk", story("Pressed " + tag + " " + PAYLOAD, "time-pressure", false, department));
        share("dirk", story("Data " + tag, "data-quality", false, department));
        browser.logIn("pia", "en");
        browser.menuItem("experiment-log-menu", "nav-failures").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-failures"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo("#exlog-filter-department");
        new Select(browser.active()).selectByValue(Long.toString(department));
        browser.tabTo("#exlog-filter-factor");
        new Select(browser.active()).selectByValue("time-pressure");
        browser.tabTo(".exlog-filter button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("factor=time-pressure"));

        String page = text("exlog-failures");
        assertTrue(page, page.contains("Pressed " + tag + " " + PAYLOAD));
        assertFalse(page, page.contains("Data " + tag));
        assertTrue(page, page.contains("Stories 1 to 1 of 1"));
        assertTrue(page, page.contains("Failures " + tag));
        assertEquals(null, script("return window.exlogXss"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.open(PAGES + "?department=" + department + "&from=2000-01-01&to=2000-12-31");
        assertTrue(text("exlog-failures").contains("No story matches this filter."));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void aDepartmentOnlyStory_shouldBeInvisibleToAnOutsider() {
        long id = share("pia", story("Product only " + tag, "scope-too-large", false, department));
        browser.logIn("olaf", "en");

        browser.open(PAGES + "/" + id);
        assertTrue(
                text("exlog-failure-missing")
                        .contains("does not exist or you do not have permission to see it"));
        assertFalse(browser.driver().getPageSource().contains("Product only " + tag));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.open(PAGES + "?department=" + department);
        assertFalse(text("exlog-failures").contains("Product only " + tag));
    }

    @Test
    public void theGuide_shouldBeReachedFromTheFeed_andBeAccessible() {
        browser.logIn("pia", "en");
        browser.open(PAGES);
        browser.tabTo("a[href$='/failures/guide']").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-failure-guide"));

        assertTrue(text("exlog-failure-guide").contains("Describe conditions, not culprits"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void thePages_shouldSpeakDutch_andBeAccessible() {
        long id = share("dirk", story("Nederlands " + tag, "communication-gap", true));
        browser.logIn("pia", "nl");

        browser.open(PAGES + "?lang=nl");
        assertTrue(
                browser.driver()
                        .findElement(By.tagName("h1"))
                        .getText()
                        .contains("Gedeelde mislukkingen"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.open(PAGES + "/" + id + "?lang=nl");
        assertTrue(text("exlog-failure-story").contains("Dit hielp mij"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.open(PAGES + "/new?lang=nl");
        assertTrue(text("exlog-failure-share").contains("Deel wat niet werkte"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.open(PAGES + "/guide?lang=nl");
        assertTrue(text("exlog-failure-guide").contains("Beschrijf omstandigheden"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
