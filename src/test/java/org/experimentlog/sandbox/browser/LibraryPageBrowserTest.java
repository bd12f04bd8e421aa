package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.app.command.SaveDepartment;
import org.experimentlog.sandbox.CurrentUser;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.experimentlog.sandbox.http.SandboxClient;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The learning library in a real browser: reached from the menu, searched and filtered by keyboard
 * (the tag through its autocomplete), links that lead to the issue and the story, a department's
 * story hidden from outsiders, user text shown as text, and no axe-core violations, empty or with
 * results, in English and Dutch.
 */
public class LibraryPageBrowserTest {
    private static final String PAGE = "/plugins/servlet/experiment-log/library";

    private Browser browser;
    private String word;
    private String issue;
    private long publicStory;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        word = "libui" + UUID.randomUUID().toString().substring(0, 8);
        AdministrationService admin = RunningSandbox.get().component(AdministrationService.class);
        long design =
                CurrentUser.as(
                                "admin",
                                () ->
                                        admin.saveDepartment(
                                                new SaveDepartment(
                                                        null, 0, "Design " + word, "dept-design")))
                        .requireId()
                        .value();
        SandboxClient pia = RunningSandbox.as("pia");
        issue = RunningSandbox.newExperiment("PERMIT");
        check(
                pia.post(
                        "/rest/experiment-log/1.0/experiments/" + issue + "/learnings",
                        Map.of(
                                "statement",
                                "Short forms work <img src=x onerror=window.exlogXss=1> " + word,
                                "tags",
                                List.of(word + "-forms"))));
        check(
                pia.post(
                        "/rest/experiment-log/1.0/experiments/" + issue + "/learnings",
                        Map.of(
                                "statement",
                                "Letters need a phone number " + word,
                                "tags",
                                List.of(word + "-letters"))));
        publicStory =
                story(
                        pia,
                        "Letters went astray <script>window.exlogXss=1</script> " + word,
                        Map.of("everyone", true, "departments", List.of()));
        story(
                RunningSandbox.as("dirk"),
                "Design-only lesson " + word,
                Map.of("everyone", false, "departments", List.of(design)));
    }

    private static long story(SandboxClient client, String title, Map<String, Object> audience) {
        SandboxClient.Reply reply =
                client.post(
                        "/rest/experiment-log/1.0/failures",
                        Map.of(
                                "title",
                                title,
                                "whatWeTried",
                                "We tried it.",
                                "whatHappened",
                                "It failed.",
                                "whatWeLearned",
                                "Test first.",
                                "whatWeWillDoDifferently",
                                "Ask residents.",
                                "factors",
                                List.of("data-quality"),
                                "impact",
                                "low",
                                "audience",
                                audience,
                                "anonymous",
                                false));
        check(reply);
        return reply.json().get("id").asLong();
    }

    private static void check(SandboxClient.Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError("Could not prepare the library: " + reply);
        }
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private String results() {
        return browser.driver().findElement(By.id("exlog-library")).getText();
    }

    @Test
    public void
            theLibrary_shouldBeSearchedByKeyboard_linkCorrectly_andHideAnotherDepartmentsStory() {
        browser.logIn("pia", "en");
        browser.menuItem("experiment-log-menu", "nav-library").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-library"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo("#exlog-library-q").sendKeys(word, Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("q=" + word));

        String page = results();
        assertTrue(page, page.contains("Found: 3 (2 learnings, 1 failure stories)"));
        assertTrue(
                page,
                page.contains("Letters went astray <script>window.exlogXss=1</script> " + word));
        assertTrue(
                page,
                page.contains("Short forms work <img src=x onerror=window.exlogXss=1> " + word));
        assertFalse(page, page.contains("Design-only lesson"));
        assertEquals(
                null,
                ((JavascriptExecutor) browser.driver()).executeScript("return window.exlogXss"));
        List<String> links =
                browser
                        .driver()
                        .findElements(By.cssSelector(".exlog-library-results h2 a"))
                        .stream()
                        .map(a -> a.getAttribute("href"))
                        .toList();
        assertTrue(links.toString(), links.stream().anyMatch(l -> l.endsWith("/browse/" + issue)));
        assertTrue(
                links.toString(),
                links.stream()
                        .anyMatch(
                                l ->
                                        l.endsWith(
                                                "/plugins/servlet/experiment-log/failures/"
                                                        + publicStory)));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void theLibrary_shouldFilterByATagChosenFromTheAutocomplete() {
        browser.logIn("pia", "en");
        browser.open(PAGE);

        browser.tabTo("#exlog-library-tag").sendKeys(word + "-l");
        browser.waitForVisible(By.cssSelector("#exlog-library-tag-options [role=option]"));
        assertEquals("true", browser.active().getAttribute("aria-expanded"));
        browser.press(Keys.ARROW_DOWN);
        browser.press(Keys.ENTER);
        assertEquals(word + "-letters", browser.active().getAttribute("value"));
        browser.press(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("tag=" + word));

        String page = results();
        assertTrue(page, page.contains("Found: 1 (1 learnings, 0 failure stories)"));
        assertTrue(page, page.contains("Letters need a phone number " + word));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void theLibrary_shouldSpeakDutch_emptyAndWithResults() {
        browser.logIn("pia", "nl");
        browser.open(PAGE + "?lang=nl&q=nothing-matches-" + word);

        assertTrue(
                browser.driver()
                        .findElement(By.tagName("h1"))
                        .getText()
                        .contains("Leerbibliotheek"));
        assertTrue(results(), results().contains("Niets gevonden"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.open(PAGE + "?lang=nl&q=" + word);
        assertTrue(results(), results().contains("Gevonden: 3 (2 lessen, 1 faalverhalen)"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void theLibrary_shouldBeAccessibleEmpty_inEnglish() {
        browser.logIn("olaf", "en");
        browser.open(PAGE + "?q=" + word);

        assertTrue(results(), results().contains("Found: 1 (0 learnings, 1 failure stories)"));
        assertFalse(results().contains("Design-only lesson"));
        browser.open(PAGE + "?q=nothing-matches-" + word);
        assertTrue(results(), results().contains("Nothing matches this search."));
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
