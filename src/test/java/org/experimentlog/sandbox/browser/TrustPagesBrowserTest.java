package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Correcting and removing records on the pages, in a real browser by keyboard, in English and
 * Dutch: a measurement corrected (typed in the reader's format) and deleted with undo, an unlinked
 * outcome deleted, an "applied in" record removed with undo, a story deleted by its author, a
 * retrospective's action ticked by its owner and the retrospective deleted, the audit log filtered
 * and paged, and the confirmation before a project stops offering experiments. Every dialog, flag
 * and state is checked with axe-core.
 */
public class TrustPagesBrowserTest {
    private static final String API = "/rest/experiment-log/1.0";

    private Browser browser;
    private SandboxClient admin;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        admin = RunningSandbox.as("admin");
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }

    private long outcome(String title) {
        String department =
                admin.post(API + "/departments", Map.of("name", "Trust " + UUID.randomUUID()))
                        .json()
                        .get("id")
                        .asText();
        return admin.post(
                        API + "/outcomes",
                        Map.of(
                                "title",
                                title,
                                "metric",
                                Map.of("kind", "speed-of-service"),
                                "baseline",
                                Map.of("value", 12, "date", "2025-01-01"),
                                "target",
                                Map.of("value", 6, "date", "2026-12-31"),
                                "ownerDepartment",
                                Long.parseLong(department)))
                .json()
                .get("id")
                .asLong();
    }

    private JsonNode measurements(long outcome) {
        return admin.get(API + "/outcomes/" + outcome + "/measurements").json().get("values");
    }

    /** Confirms the open confirmation dialog by keyboard, after checking it is accessible. */
    private void confirmDialog(String expectedText) {
        browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));
        WebElement dialog = browser.driver().findElement(By.cssSelector("dialog.exlog-confirm"));
        assertTrue(dialog.getText(), dialog.getText().contains(expectedText));
        assertEquals(List.of(), browser.accessibilityViolations());
        // focus starts on the way back; the keyboard reaches the confirming button
        assertTrue(browser.active().getAttribute("class").contains("exlog-close"));
        browser.tabTo("dialog.exlog-confirm[open] button.aui-button-primary").sendKeys(Keys.ENTER);
    }

    /** Logs in as the administrator, passes web sudo by keyboard and opens the admin page. */
    private void openAdminPage(String language, String query) {
        String page = "/plugins/servlet/experiment-log/admin";
        browser.logIn("admin", language);
        browser.open(page + "?lang=" + language);
        browser.waitFor(d -> d.getCurrentUrl().contains("/secure/admin/WebSudoAuthenticate.jspa"));
        browser.tabTo("#webSudoPassword").sendKeys("admin", Keys.ENTER);
        browser.waitForVisible(By.id("exlog-admin"));
        if (!query.isEmpty()) {
            browser.open(page + "?lang=" + language + "&" + query);
            browser.waitForVisible(By.id("exlog-admin"));
        }
    }

    private void waitForUndo() {
        browser.waitForVisible(By.cssSelector(".exlog-undo-flag button.exlog-undo"));
    }

    @Test
    public void aManager_shouldCorrectDeleteAndUndoAMeasurement_inDutch_byKeyboard() {
        long id = outcome("Wachttijd " + UUID.randomUUID().toString().substring(0, 8));
        admin.post(
                API + "/outcomes/" + id + "/measurements",
                Map.of("value", 1250.5, "measuredOn", "2026-01-10", "note", "eerste \"meting\""));
        admin.post(
                API + "/outcomes/" + id + "/measurements",
                Map.of("value", 9, "measuredOn", "2026-02-10"));
        browser.logIn("admin", "nl");
        browser.open("/plugins/servlet/experiment-log/outcomes/" + id + "?lang=nl");
        browser.waitForVisible(By.id("exlog-history"));
        assertEquals(List.of(), browser.accessibilityViolations());

        long first = -1;
        long second = -1;
        for (JsonNode m : measurements(id)) {
            if (m.get("measuredOn").asText().equals("2026-01-10")) {
                first = m.get("id").asLong();
            } else {
                second = m.get("id").asLong();
            }
        }
        // correct: the form holds the exact value in the Dutch format; a Dutch grouped value is
        // read exactly
        browser.tabTo("#exlog-correct-open-" + first).sendKeys(Keys.ENTER);
        WebElement value = browser.waitForVisible(By.id("exlog-c" + first + "-value"));
        assertEquals("1250,5", value.getAttribute("value"));
        assertEquals(List.of(), browser.accessibilityViolations());
        value.clear();
        value.sendKeys("1.300,25");
        browser.tabTo("#exlog-correct-" + first + " button[type=submit]").sendKeys(Keys.ENTER);
        final long corrected = first;
        browser.waitFor(
                d -> {
                    for (JsonNode m : measurements(id)) {
                        if (m.get("id").asLong() == corrected) {
                            return m.get("value").asDouble() == 1300.25;
                        }
                    }
                    return false;
                });
        browser.waitFor(
                d ->
                        ("exlog-correct-open-" + corrected)
                                .equals(browser.active().getAttribute("id")));
        assertTrue(
                browser.driver()
                        .findElement(By.id("exlog-history"))
                        .getText()
                        .contains("1.300,25"));

        // delete with confirmation, then undo from the flag
        browser.tabTo("#exlog-measurement-" + second + " button.exlog-record-action")
                .sendKeys(Keys.ENTER);
        confirmDialog("ongedaan maken");
        browser.waitFor(d -> measurements(id).size() == 1);
        waitForUndo();
        assertTrue(browser.driver().findElements(By.id("exlog-measurement-" + second)).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo(".exlog-undo-flag button.exlog-undo").sendKeys(Keys.ENTER);
        browser.waitFor(d -> measurements(id).size() == 2);
        boolean restored = false;
        for (JsonNode m : measurements(id)) {
            restored |=
                    m.get("measuredOn").asText().equals("2026-02-10")
                            && m.get("value").asDouble() == 9;
        }
        assertTrue(restored);
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void aManager_shouldDeleteAnUnlinkedOutcome_afterConfirming_inEnglish() {
        String title = "Unlinked " + UUID.randomUUID().toString().substring(0, 8);
        long id = outcome(title);
        browser.logIn("admin", "en");
        browser.open("/plugins/servlet/experiment-log/outcomes/" + id);
        browser.waitForVisible(By.id("exlog-outcome"));
        assertTrue(browser.driver().findElements(By.id("exlog-archive-open")).isEmpty());

        browser.tabTo("#exlog-outcome-delete").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));
        assertEquals(List.of(), browser.accessibilityViolations());
        // cancelling changes nothing
        browser.tabTo("dialog.exlog-confirm[open] button.exlog-close").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.findElements(By.cssSelector("dialog.exlog-confirm")).isEmpty());
        assertEquals(200, admin.get(API + "/outcomes/" + id).status());

        browser.tabTo("#exlog-outcome-delete").sendKeys(Keys.ENTER);
        confirmDialog("cannot be undone");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/experiment-log/outcomes"));
        assertEquals(404, admin.get(API + "/outcomes/" + id).status());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    private static Map<String, Object> story(String title) {
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("title", title);
        story.put("whatWeTried", "We sent renewal reminders by post.");
        story.put("whatHappened", "A third of the letters came back.");
        story.put("whatWeLearned", "The register is not a reliable source of addresses.");
        story.put("factors", List.of("time-pressure"));
        story.put("impact", "medium");
        story.put("audience", Map.of("everyone", true, "departments", List.of()));
        return story;
    }

    @Test
    public void
            appliedIn_shouldBeRemovedAndRestoredByWhoRecordedIt_andTheStoryDeletedByItsAuthor() {
        SandboxClient pia = RunningSandbox.as("pia");
        SandboxClient dirk = RunningSandbox.as("dirk");
        String title = "Letters " + UUID.randomUUID().toString().substring(0, 8);
        long story = pia.post(API + "/failures", story(title)).json().get("id").asLong();
        String issueKey = RunningSandbox.newExperiment("MOVE");
        SandboxClient.Reply applied =
                dirk.post(
                        API + "/failures/" + story + "/applied",
                        Map.of("issueKey", issueKey, "note", "Checked \"addresses\" first."));
        assertEquals(applied.toString(), 201, applied.status());

        // pia (author of the story, not of the record) cannot remove dirk's record
        browser.logIn("pia", "en");
        browser.open("/plugins/servlet/experiment-log/failures/" + story);
        browser.waitForVisible(By.id("exlog-failure-story"));
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector(".exlog-failure-applied .exlog-record-action"))
                        .isEmpty());
        browser.close();

        browser = new Browser(RunningSandbox.get().baseUrl());
        browser.logIn("dirk", "en");
        browser.open("/plugins/servlet/experiment-log/failures/" + story);
        browser.waitForVisible(By.id("exlog-failure-story"));
        assertTrue(browser.driver().findElements(By.id("exlog-story-delete")).isEmpty());
        browser.tabTo(".exlog-failure-applied .exlog-record-action").sendKeys(Keys.ENTER);
        confirmDialog(issueKey);
        browser.waitFor(
                d ->
                        dirk.get(API + "/failures/" + story + "/applied")
                                .json()
                                .get("values")
                                .isEmpty());
        waitForUndo();
        assertEquals("exlog-applied-issueKey", browser.active().getAttribute("id"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo(".exlog-undo-flag button.exlog-undo").sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        dirk.get(API + "/failures/" + story + "/applied")
                                        .json()
                                        .get("values")
                                        .size()
                                == 1);
        JsonNode back = dirk.get(API + "/failures/" + story + "/applied").json().get("values");
        assertEquals("Checked \"addresses\" first.", back.get(0).get("note").asText());
        browser.close();

        browser = new Browser(RunningSandbox.get().baseUrl());
        browser.logIn("pia", "nl");
        browser.open("/plugins/servlet/experiment-log/failures/" + story + "?lang=nl");
        browser.waitForVisible(By.id("exlog-story-delete"));
        assertEquals(List.of(), browser.accessibilityViolations());

        // the author edits the story in the same form that shared it, holding what is stored
        browser.tabTo("#exlog-story-edit").sendKeys(Keys.ENTER);
        WebElement titleField = browser.waitForVisible(By.id("exlog-share-title"));
        assertEquals(title, titleField.getAttribute("value"));
        assertTrue(
                browser.driver()
                        .findElement(By.cssSelector("input[name=factors][value=time-pressure]"))
                        .isSelected());
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo("#exlog-share-title").sendKeys(Keys.END, " (bewerkt)");
        browser.tabTo("#exlog-share-form button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().endsWith("(bewerkt)"));
        // focus is back on the control that opened the form, on the story's page
        browser.waitFor(d -> "exlog-story-edit".equals(browser.active().getAttribute("id")));
        assertEquals(
                title + " (bewerkt)",
                pia.get(API + "/failures/" + story).json().get("title").asText());
        assertEquals(
                "The register is not a reliable source of addresses.",
                pia.get(API + "/failures/" + story).json().get("whatWeLearned").asText());

        browser.tabTo("#exlog-story-delete").sendKeys(Keys.ENTER);
        confirmDialog(title + " (bewerkt)");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/experiment-log/failures"));
        assertEquals(404, pia.get(API + "/failures/" + story).status());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void anActionsOwner_shouldTickItDone_andTheAuthorDeleteTheRetrospective() {
        String title = "Retro " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("scope", Map.of("kind", "everything"));
        body.put("period", Map.of("from", "2026-01-01", "to", "2026-03-31"));
        body.put("title", title);
        body.put(
                "actions",
                List.of(
                        Map.of("text", "Pilot in one district", "ownerName", "pia"),
                        Map.of("text", "Drop the letters", "ownerName", "admin")));
        SandboxClient.Reply held = admin.post(API + "/retrospectives", body);
        assertEquals(held.toString(), 201, held.status());
        long id = held.json().get("id").asLong();
        String page =
                "/plugins/servlet/experiment-log/retrospective?scope=everything&from=2026-01-01&to=2026-03-31";

        browser.logIn("pia", "en");
        browser.open(page);
        browser.waitForVisible(By.id("exlog-retro-held-" + id));
        List<WebElement> ticks =
                browser.driver()
                        .findElements(
                                By.cssSelector(
                                        "#exlog-retro-held-" + id + " .exlog-record-action"));
        assertEquals("only the action pia owns", 1, ticks.size());
        String tickId = ticks.get(0).getAttribute("id");
        browser.tabTo("#" + tickId).sendKeys(Keys.ENTER);
        browser.waitFor(
                d -> {
                    for (JsonNode r :
                            admin.get(API + "/retrospectives?scope=everything")
                                    .json()
                                    .get("values")) {
                        if (r.get("id").asLong() == id) {
                            for (JsonNode a : r.get("actions")) {
                                if (a.get("text").asText().equals("Pilot in one district")) {
                                    return a.get("done").asBoolean();
                                }
                            }
                        }
                    }
                    return false;
                });
        browser.waitFor(d -> tickId.equals(browser.active().getAttribute("id")));
        assertTrue(browser.active().getText().contains("Mark not done"));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.close();

        browser = new Browser(RunningSandbox.get().baseUrl());
        browser.logIn("admin", "nl");
        browser.open(page + "&lang=nl");
        browser.waitForVisible(By.id("exlog-retro-delete-" + id));
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.tabTo("#exlog-retro-delete-" + id).sendKeys(Keys.ENTER);
        confirmDialog(title);
        browser.waitFor(d -> d.findElements(By.id("exlog-retro-held-" + id)).isEmpty());
        for (JsonNode r :
                admin.get(API + "/retrospectives?scope=everything").json().get("values")) {
            assertFalse(r.get("id").asLong() == id);
        }
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void theAuditLog_shouldFilterByTypeAndPerson_andPageThroughEveryEntry() {
        // 25 department changes by admin: more than one page of this type
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            names.add("Audit " + tag + " " + i);
            admin.post(API + "/departments", Map.of("name", names.get(i)));
        }
        openAdminPage("en", "auditType=department&auditActor=admin");
        browser.waitForVisible(By.id("exlog-admin-audit-table"));
        assertEquals(
                "department",
                browser.driver().findElement(By.id("exlog-audit-type")).getAttribute("value"));
        String range = browser.driver().findElement(By.id("exlog-audit-range")).getText();
        assertTrue(range, range.startsWith("Changes 1 to 20 of "));
        for (WebElement type :
                browser.driver()
                        .findElements(
                                By.cssSelector("#exlog-admin-audit-table tbody td:nth-child(3)"))) {
            assertTrue(type.getText(), type.getText().startsWith("Department · "));
        }
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo("#exlog-audit-next").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("auditStart=20"));
        range = browser.driver().findElement(By.id("exlog-audit-range")).getText();
        assertTrue(range, range.startsWith("Changes 21 to "));
        assertFalse(browser.driver().findElements(By.id("exlog-audit-previous")).isEmpty());

        // the filter form by keyboard: a person nobody is
        WebElement actor = browser.tabTo("#exlog-audit-actor");
        actor.clear();
        actor.sendKeys("nobody-" + tag, Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("auditActor=nobody-" + tag));
        assertEquals(
                "No changes match this filter.",
                browser.driver().findElement(By.id("exlog-audit-empty")).getText());
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.open("/plugins/servlet/experiment-log/admin?lang=nl&auditType=department");
        browser.waitForVisible(By.id("exlog-admin-audit-table"));
        assertTrue(
                browser.driver()
                        .findElement(By.id("exlog-audit-range"))
                        .getText()
                        .startsWith("Wijzigingen 1 tot en met 20"));
        // the summaries speak Dutch too, not marked as English
        WebElement summary =
                browser.driver()
                        .findElement(
                                By.cssSelector("#exlog-admin-audit-table tbody td:nth-child(4)"));
        assertEquals("Afdeling \"" + names.get(24) + "\" opgeslagen.", summary.getText());
        String lang = summary.getAttribute("lang");
        assertTrue(lang, lang == null || lang.isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void stoppingExperimentsInAProject_shouldAskFirst_andCancellingChangesNothing() {
        openAdminPage("en", "");
        browser.waitForVisible(By.id("exlog-admin-projects-table"));
        List<WebElement> withdraw =
                browser.driver()
                        .findElements(
                                By.cssSelector("form[data-confirm-title] button[type=submit]"));
        assertFalse("a project offers experiments", withdraw.isEmpty());
        String button = withdraw.get(0).getAttribute("id");
        String project = button.substring("exlog-project-".length());
        browser.tabTo("#" + button).sendKeys(Keys.ENTER);
        browser.waitForVisible(By.cssSelector("dialog.exlog-confirm[open]"));
        String text =
                browser.driver().findElement(By.cssSelector("dialog.exlog-confirm")).getText();
        assertTrue(text, text.contains("no longer be able to create Experiment issues in"));
        assertTrue(text, text.contains(project));
        assertEquals(List.of(), browser.accessibilityViolations());
        assertTrue(browser.active().getAttribute("class").contains("exlog-close"));
        browser.active().sendKeys(Keys.ENTER); // focus is on Cancel
        browser.waitFor(d -> d.findElements(By.cssSelector("dialog.exlog-confirm")).isEmpty());
        assertEquals(button, browser.active().getAttribute("id"));
        JsonNode projects = admin.get(API + "/admin/projects").json();
        boolean stillOffered = false;
        for (JsonNode p : projects.has("values") ? projects.get("values") : projects) {
            if (p.get("key").asText().equals(project)) {
                stillOffered = p.get("offered").asBoolean();
            }
        }
        assertTrue(stillOffered);
    }
}
