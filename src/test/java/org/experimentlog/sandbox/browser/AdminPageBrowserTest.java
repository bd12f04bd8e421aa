package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The administration page in a real browser: refused to a non-administrator, behind web sudo for an
 * administrator, every section edited by keyboard with valid and invalid input, markup shown as
 * text, the prompts reaching the experiment panel's hypothesis dialog in both languages, the export
 * downloading JSON, and no axe-core violations.
 */
public class AdminPageBrowserTest {
    private static final String PAGE = "/plugins/servlet/experiment-log/admin";
    private static final String CONFIG = "/rest/experiment-log/1.0/admin/config";

    private Browser browser;
    private SandboxClient admin;
    private JsonNode original;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        admin = RunningSandbox.as("admin");
        original = admin.get(CONFIG).json();
    }

    @After
    public void tearDown() {
        browser.close();
        Map<String, Object> restored = new LinkedHashMap<>();
        restored.put(
                "anonymousStoriesAllowed", original.get("anonymousStoriesAllowed").asBoolean());
        restored.put(
                "storiesVisibleToEveryone", original.get("storiesVisibleToEveryone").asBoolean());
        restored.put("confidenceLevel", original.get("confidenceLevel").asDouble());
        restored.put("hypothesisPrompts", original.get("hypothesisPrompts"));
        if (original.has("outcomeManagerGroup")) {
            restored.put("outcomeManagerGroup", original.get("outcomeManagerGroup").asText());
        }
        restored.put("version", admin.get(CONFIG).json().get("version").asLong());
        SandboxClient.Reply reply = admin.put(CONFIG, restored);
        assertEquals(reply.toString(), 200, reply.status());
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, args);
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /**
     * Logs in as the administrator and passes web sudo on the sandbox's "Administrator access"
     * page, by keyboard.
     */
    private void openAsAdministrator(String language) {
        browser.logIn("admin", language);
        browser.open(PAGE + "?lang=" + language);
        browser.waitFor(d -> d.getCurrentUrl().contains("/secure/admin/WebSudoAuthenticate.jspa"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo("#webSudoPassword").sendKeys("admin", Keys.ENTER);
        browser.waitForVisible(By.id("exlog-admin"));
    }

    @Test
    public void theAdminPage_shouldBeRefused_toSomeoneWhoIsNoAdministrator() {
        assertEquals(403, RunningSandbox.as("pia").get(PAGE).status());
        browser.logIn("pia", "en");
        assertTrue(browser.driver().findElements(By.id("experiment-log-admin")).isEmpty());

        browser.open(PAGE);

        assertEquals("Not permitted", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.driver().findElements(By.id("exlog-admin")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void theAdminPage_shouldAskForThePasswordAgain_andRefuseAWrongOne() {
        browser.logIn("admin", "en");
        browser.open(PAGE);
        browser.waitFor(d -> d.getCurrentUrl().contains("/secure/admin/WebSudoAuthenticate.jspa"));

        browser.tabTo("#webSudoPassword").sendKeys("wrong", Keys.ENTER);

        browser.waitFor(d -> !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("exlog-admin")).isEmpty());
    }

    @Test
    public void
            theAdministrator_shouldEditEverySectionByKeyboard_andSeeThePromptsInTheHypothesisDialog() {
        String key = RunningSandbox.newExperiment("PERMIT");
        browser.logIn("admin", "en");
        browser.menuItem("admin_menu", "experiment-log-admin").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("/secure/admin/WebSudoAuthenticate.jspa"));
        browser.tabTo("#webSudoPassword").sendKeys("admin", Keys.ENTER);
        browser.waitForVisible(By.id("exlog-admin"));
        assertEquals(List.of(), browser.accessibilityViolations());

        // A department: a missing name and an unknown group are refused next to their fields.
        String name =
                "Dept <img src=x onerror=window.exlogXss=1> "
                        + UUID.randomUUID().toString().substring(0, 6);
        browser.tabTo("#exlog-admin-add-department button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> !text("exlog-dep-new-name-error").isEmpty());
        assertEquals(
                "true",
                browser.driver()
                        .findElement(By.id("exlog-dep-new-name"))
                        .getAttribute("aria-invalid"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo("#exlog-dep-new-name").sendKeys(name);
        browser.tabTo("#exlog-dep-new-groupName").sendKeys("no-such-group");
        browser.tabTo("#exlog-admin-add-department button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> text("exlog-dep-new-groupName-error").contains("no-such-group"));
        WebElement group = browser.tabTo("#exlog-dep-new-groupName");
        group.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "dept-policy");
        browser.tabTo("#exlog-admin-add-department button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.findElement(By.id("exlog-admin")).getText().contains(name));
        assertTrue(
                browser.driver()
                        .findElement(By.id("exlog-admin-audit-table"))
                        .getText()
                        .contains(name));
        // the audit log shows who made the change with their avatar, as Jira shows people
        WebElement actor =
                browser
                        .driver()
                        .findElements(By.cssSelector("#exlog-admin-audit-table tbody tr"))
                        .stream()
                        .filter(row -> row.getText().contains(name))
                        .findFirst()
                        .orElseThrow()
                        .findElement(
                                By.cssSelector(
                                        ".aui-avatar.aui-avatar-xsmall .aui-avatar-inner img"));
        assertTrue(
                actor.getAttribute("src"),
                actor.getAttribute("src").contains("/secure/useravatar?size=xsmall&ownerId=admin"));
        assertEquals("", actor.getAttribute("alt"));

        // The settings: sections with their own Save. An unknown outcome manager group is refused
        // in its section.
        browser.tabTo("#exlog-admin-outcomeManagerGroup").sendKeys("no-such-group");
        browser.tabTo("#exlog-admin-settings-outcomes .exlog-buttons button").sendKeys(Keys.ENTER);
        browser.waitFor(
                d -> text("exlog-admin-outcomeManagerGroup-error").contains("no-such-group"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo("#exlog-admin-outcomeManagerGroup")
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        saveSection("outcomes");

        // A Save stores its own section only: the policy typed but not saved is not stored by the
        // statistics' Save.
        WebElement anonymous = browser.tabTo("#exlog-admin-anonymousStoriesAllowed");
        boolean wasAllowed = anonymous.isSelected();
        anonymous.sendKeys(Keys.SPACE);
        new Select(browser.tabTo("#exlog-admin-confidenceLevel")).selectByValue("0.99");
        saveSection("statistics");
        assertEquals(
                wasAllowed, admin.get(CONFIG).json().get("anonymousStoriesAllowed").asBoolean());
        assertEquals(
                wasAllowed,
                browser.driver()
                        .findElement(By.id("exlog-admin-anonymousStoriesAllowed"))
                        .isSelected());

        anonymous = browser.tabTo("#exlog-admin-anonymousStoriesAllowed");
        anonymous.sendKeys(Keys.SPACE);
        browser.tabTo("input[name=storiesVisibleToEveryone]:checked");
        browser.press(Keys.ARROW_DOWN);
        saveSection("policy");
        String englishPrompt = "<b>Try</b> a map <script>window.exlogXss=2</script>";
        browser.tabTo("#exlog-prompt-en-change")
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, englishPrompt);
        browser.tabTo("#exlog-prompt-nl-change")
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "bijv. een kaart");
        saveSection("prompts");

        JsonNode saved = admin.get(CONFIG).json();
        assertEquals(!wasAllowed, saved.get("anonymousStoriesAllowed").asBoolean());
        assertEquals(
                !original.get("storiesVisibleToEveryone").asBoolean(),
                saved.get("storiesVisibleToEveryone").asBoolean());
        assertEquals(0.99, saved.get("confidenceLevel").asDouble(), 0.0);
        assertFalse(saved.has("outcomeManagerGroup"));
        assertEquals(
                englishPrompt, saved.get("hypothesisPrompts").get("en").get("change").asText());
        assertEquals(
                englishPrompt,
                browser.driver()
                        .findElement(By.id("exlog-prompt-en-change"))
                        .getAttribute("value"));
        assertEquals(null, script("return window.exlogXss"));
        assertEquals(List.of(), browser.accessibilityViolations());

        // A project that has experiments keeps the Experiment issue type; the refusal shows in its
        // form.
        assertTrue(
                text("exlog-admin-projects-table"),
                text("exlog-admin-projects-table").contains("Parking permits (PERMIT)"));
        browser.tabTo("#exlog-project-PERMIT").sendKeys(Keys.ENTER);
        // stopping experiments in a project asks first, saying what will happen
        browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));
        assertTrue(
                text("exlog-admin"),
                browser.driver()
                        .findElement(By.cssSelector("dialog.exlog-confirm"))
                        .getText()
                        .contains("no longer be able to create Experiment issues"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo("dialog.exlog-confirm[open] button.aui-button-primary").sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        d.findElement(By.cssSelector("form[data-api$='/PERMIT'] .exlog-form-error"))
                                .getText()
                                .contains("Move or delete them first"));
        assertEquals(List.of(), browser.accessibilityViolations());

        // The export downloads JSON.
        WebElement export = browser.tabTo("#exlog-admin-export-link");
        Object answer =
                ((JavascriptExecutor) browser.driver())
                        .executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                                        + "  return r.json().then(function (j) {"
                                        + "    done([r.status, r.headers.get('Content-Disposition'), j.format, j.settings.confidenceLevel]);"
                                        + "  });"
                                        + "});",
                                export.getAttribute("href"));
        assertEquals(
                List.of(
                        200L,
                        "attachment; filename=\"experiment-log-export.json\"",
                        "experiment-log-export",
                        0.99),
                answer);

        // The prompts in the hypothesis dialog, in the reader's language, shown as text.
        browser.open("/browse/" + key + "?lang=en");
        browser.tabTo("[data-opens=exlog-hypothesis-dialog]").sendKeys(Keys.ENTER);
        assertEquals(englishPrompt, browser.waitForVisible(By.id("exlog-h-change-help")).getText());
        assertEquals(
                "Who it is for, e.g. residents applying online.", text("exlog-h-audience-help"));
        assertEquals(null, script("return window.exlogXss"));
        browser.open("/browse/" + key + "?lang=nl");
        browser.tabTo("[data-opens=exlog-hypothesis-dialog]").sendKeys(Keys.ENTER);
        assertEquals(
                "bijv. een kaart", browser.waitForVisible(By.id("exlog-h-change-help")).getText());
    }

    @Test
    public void theAuditTable_shouldSortByKeyboard_andSayHowItIsSorted() {
        // changes of two kinds, so the log has rows to sort
        admin.post(
                "/rest/experiment-log/1.0/departments",
                Map.of("name", "Sorting " + UUID.randomUUID()));
        String key =
                admin.post(
                                "/rest/sandbox/1.0/issues",
                                Map.of(
                                        "project",
                                        "MOVE",
                                        "summary",
                                        "Sorted audit",
                                        "type",
                                        "Experiment"))
                        .json()
                        .get("key")
                        .asText();
        admin.post("/rest/experiment-log/1.0/experiments/" + key, null);
        openAsAdministrator("en");
        String table = "#exlog-admin-audit-table";
        assertEquals("descending", attribute(table + " thead th:nth-child(1)", "aria-sort"));

        WebElement what = browser.tabTo(table + " thead th:nth-child(3) button");
        what.sendKeys(Keys.ENTER);

        assertEquals("ascending", attribute(table + " thead th:nth-child(3)", "aria-sort"));
        assertEquals(null, attribute(table + " thead th:nth-child(1)", "aria-sort"));
        List<String> ascending = column(table, 3);
        List<String> expected = new ArrayList<>(ascending);
        expected.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(expected, ascending);
        assertEquals(what, browser.active());

        browser.active().sendKeys(Keys.SPACE);

        assertEquals("descending", attribute(table + " thead th:nth-child(3)", "aria-sort"));
        assertEquals(
                expected.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList(),
                column(table, 3));

        browser.tabTo(table + " thead th:nth-child(1) button").sendKeys(Keys.ENTER);

        List<String> times = new ArrayList<>();
        browser.driver()
                .findElements(By.cssSelector(table + " tbody tr td:nth-child(1) time"))
                .forEach(t -> times.add(t.getAttribute("datetime")));
        List<String> chronological =
                times.stream().sorted(Comparator.comparing(Instant::parse)).toList();
        assertEquals(chronological, times);
        assertTrue(
                browser.driver()
                        .findElement(By.cssSelector(table + " caption"))
                        .getAttribute("textContent")
                        .contains("can be sorted"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    private String attribute(String selector, String name) {
        return browser.driver().findElement(By.cssSelector(selector)).getAttribute(name);
    }

    private List<String> column(String table, int column) {
        return browser
                .driver()
                .findElements(By.cssSelector(table + " tbody tr > :nth-child(" + column + ")"))
                .stream()
                .map(cell -> cell.getAttribute("textContent").strip())
                .toList();
    }

    @Test
    public void theAdminPage_shouldSpeakDutch_andBeAccessible() {
        openAsAdministrator("nl");

        assertEquals(
                "Beheer van het Experimentlogboek",
                browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    /**
     * Saves one settings section by keyboard and waits for the reload to show the success flag with
     * focus back on that section's Save button (the form library's promise).
     */
    private void saveSection(String section) {
        script("window.exlogBeforeSave = true;");
        browser.tabTo("#exlog-admin-settings-" + section + " .exlog-buttons button")
                .sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        script("return window.exlogBeforeSave") == null
                                && !d.findElements(By.cssSelector("#exlog-flags .exlog-flag"))
                                        .isEmpty()
                                && d.findElement(By.cssSelector("#exlog-flags .exlog-flag"))
                                        .getAttribute("textContent")
                                        .contains("Saved."));
        assertEquals(
                browser.driver()
                        .findElement(
                                By.cssSelector(
                                        "#exlog-admin-settings-"
                                                + section
                                                + " .exlog-buttons button[type=submit]")),
                browser.driver().switchTo().activeElement());
    }
}
