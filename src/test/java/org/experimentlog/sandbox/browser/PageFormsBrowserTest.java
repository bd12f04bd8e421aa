package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.app.command.SaveDepartment;
import org.experimentlog.sandbox.CurrentUser;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.experimentlog.sandbox.http.SandboxClient;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 5's quality bar for the outcomes, failures-shared and library pages, in one browser for the
 * whole class: every form submitted by keyboard with valid input (the change shows) and with each
 * kind of bad input (the error sits next to its field, the field is marked invalid and focused so
 * the error is read out, what was typed stays, nothing is saved), every free-text field given
 * script and HTML that must come back as literal text wherever it is shown, and every page empty
 * and full, in English and Dutch, with no axe-core violation.
 *
 * <table>
 * <caption>The forms and user-editable fields these tests cover (page → form → fields; ✓ = bad input case)</caption>
 * <tr><th>Page</th><th>Form</th><th>Free text (script payload)</th><th>Bad input tried</th></tr>
 * <tr><td>Outcomes list</td><td>Define outcome (dialog)</td><td>title, description, unit</td>
 *     <td>title empty; description too long; baseline not a number; target date empty</td></tr>
 * <tr><td>Outcomes list</td><td>Filter (department, status)</td><td>—</td><td>a department with nothing: empty state</td></tr>
 * <tr><td>Outcome detail</td><td>Record measurement (dialog)</td><td>note</td>
 *     <td>value empty; value not a number; day empty; note too long</td></tr>
 * <tr><td>Outcome detail</td><td>Edit outcome (dialog, prefilled)</td><td>title, description</td>
 *     <td>title empty; target not a number; baseline day empty</td></tr>
 * <tr><td>Failures feed</td><td>Filter (department, factor, impact, text, from, to)</td><td>text</td>
 *     <td>a period that ends before it starts; script in the text kept as text</td></tr>
 * <tr><td>Story page</td><td>This helped me (toggle)</td><td>—</td><td>{@link FailuresPageBrowserTest}</td></tr>
 * <tr><td>Story page</td><td>Applied in</td><td>note</td><td>issue key empty; issue that does not exist; note too long</td></tr>
 * <tr><td>Share a story</td><td>Share form</td><td>title, the four story texts, other factors</td>
 *     <td>title empty; what happened empty; what we learned empty; what we tried too long; no factor; no department
 *     chosen for a department audience; issue that does not exist</td></tr>
 * <tr><td>Library</td><td>Search (text, tag with autocomplete, department, outcome, verdict, from, to, order)</td>
 *     <td>text</td><td>tag that is not a tag; a period that ends before it starts; script in the text kept as text</td></tr>
 * </table>
 *
 * <p>Where the script payloads are shown back: outcome list card, outcome heading and facts, chart
 * title and data table caption, measurement history, edit dialog prefill, library outcome filter,
 * feed card, story page, applied-in list, library result row, and the search fields' own values.
 */
public class PageFormsBrowserTest {
    private static final String PAGES = "/plugins/servlet/experiment-log";
    private static final String API = "/rest/experiment-log/1.0";

    /** Script and HTML that would set {@code window.exlogXss} if a page ever ran them. */
    private static final List<String> PAYLOADS =
            List.of(
                    "<script>window.exlogXss=1</script>",
                    "<img src=x onerror=window.exlogXss=2>",
                    "\"><svg onload=window.exlogXss=3>");

    private static Browser browser;
    private static String tag;
    private static long department;
    private static long emptyDepartment;
    private static String issue;
    private static long story;
    private static long measuredOutcome;
    private static long unmeasuredOutcome;

    @BeforeClass
    public static void prepare() {
        tag = "q" + UUID.randomUUID().toString().substring(0, 8);
        AdministrationService administration =
                RunningSandbox.get().component(AdministrationService.class);
        department =
                CurrentUser.as(
                                "admin",
                                () ->
                                        administration.saveDepartment(
                                                new SaveDepartment(
                                                        null, 0, "Quality " + tag, "dept-product")))
                        .requireId()
                        .value();
        emptyDepartment =
                CurrentUser.as(
                                "admin",
                                () ->
                                        administration.saveDepartment(
                                                new SaveDepartment(
                                                        null, 0, "Nothing " + tag, "dept-policy")))
                        .requireId()
                        .value();
        SandboxClient admin = RunningSandbox.as("admin");
        measuredOutcome =
                outcome(admin, "Measured " + tag + " " + PAYLOADS.get(0), PAYLOADS.get(1));
        created(
                admin.post(
                        API + "/outcomes/" + measuredOutcome + "/measurements",
                        Map.of(
                                "value",
                                10,
                                "measuredOn",
                                "2026-01-15",
                                "note",
                                "Counted " + PAYLOADS.get(2))));
        unmeasuredOutcome = outcome(admin, "Unmeasured " + tag, "");
        issue = RunningSandbox.newExperiment("PERMIT");
        created(
                RunningSandbox.as("pia")
                        .post(
                                API + "/experiments/" + issue + "/learnings",
                                Map.of(
                                        "statement",
                                        "Learned " + tag + " " + PAYLOADS.get(2),
                                        "tags",
                                        List.of(tag + "-forms"))));
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("title", "Story " + tag + " " + PAYLOADS.get(0));
        text.put("whatWeTried", "Tried " + PAYLOADS.get(1));
        text.put("whatHappened", "Happened " + PAYLOADS.get(2));
        text.put("whatWeLearned", "Learned " + PAYLOADS.get(0));
        text.put("whatWeWillDoDifferently", "Differently " + PAYLOADS.get(1));
        text.put("otherFactors", "Other " + PAYLOADS.get(2));
        text.put("factors", List.of("data-quality"));
        text.put("impact", "low");
        text.put("audience", Map.of("everyone", true, "departments", List.of()));
        story = created(RunningSandbox.as("dirk").post(API + "/failures", text)).get("id").asLong();

        browser = new Browser(RunningSandbox.get().baseUrl());
        browser.logIn("admin", "en");
    }

    @AfterClass
    public static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static long outcome(SandboxClient client, String title, String description) {
        return created(
                        client.post(
                                API + "/outcomes",
                                Map.of(
                                        "title",
                                        title,
                                        "description",
                                        description,
                                        "metric",
                                        Map.of("kind", "speed-of-service"),
                                        "baseline",
                                        Map.of("value", 12, "date", "2025-01-01"),
                                        "target",
                                        Map.of("value", 6, "date", "2026-12-31"),
                                        "ownerDepartment",
                                        department)))
                .get("id")
                .asLong();
    }

    private static JsonNode created(SandboxClient.Reply reply) {
        if (reply.status() != 201 && reply.status() != 200) {
            throw new AssertionError("Could not prepare the data: " + reply);
        }
        return reply.json();
    }

    // ---------------------------------------------------------------------------------------------- page helpers

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }

    private static WebElement byId(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private static String text(String id) {
        return byId(id).getText();
    }

    private static void open(String path) {
        browser.open(path);
        browser.waitForVisible(By.tagName("main"));
    }

    /** Types into a field by keyboard, replacing what was there. */
    private static void type(String id, String value) {
        WebElement field = byId(id);
        field.clear();
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }

    /**
     * Puts a value the keyboard cannot type quickly or at all (a day in a date field, ten thousand
     * characters) into a field, as pasting would, bypassing {@code maxlength} as a crafted request
     * would.
     */
    private static void paste(String id, String value) {
        script(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                byId(id),
                value);
    }

    private static void submit(String form) {
        browser.tabTo(form + " button[type=submit]").sendKeys(Keys.ENTER);
    }

    /** Every control's value or checked state, to prove an error kept what was typed. */
    @SuppressWarnings("unchecked")
    private static List<Object> typed(String form) {
        return (List<Object>)
                script(
                        "return Array.prototype.map.call(document.querySelector(arguments[0]).elements,"
                                + " function (e) { return e.type === 'checkbox' || e.type === 'radio' ? e.checked : e.value; });",
                        form);
    }

    /**
     * Waits; on a timeout, fails with the page's error texts and address, which say what went
     * wrong.
     */
    private static void waitOrSay(Function<WebDriver, Boolean> condition, String what) {
        try {
            browser.waitFor(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    what
                            + "; at "
                            + browser.driver().getCurrentUrl()
                            + " the errors say: "
                            + script(
                                    "return Array.prototype.map.call(document.querySelectorAll('.exlog-field-error, .exlog-form-error,"
                                            + " [role=alert]'), function (e) { return (e.id || e.className) + '=' + e.textContent; })"
                                            + ".filter(function (t) { return !/=\\s*$/.test(t); }).join(' | ')"),
                    e);
        }
    }

    private static void assertNothingRan() {
        assertEquals("a payload ran", null, script("return window.exlogXss"));
    }

    private static void assertAccessible(String state) {
        assertEquals(state, List.of(), browser.accessibilityViolations());
    }

    /**
     * The error is in the slot next to the field (same field container), the focused control is
     * that field, marked invalid, and its description (or its fieldset's) names the error, so a
     * screen reader reads it out.
     */
    private static void assertErrorNextTo(String errorId, String badCase) {
        waitOrSay(
                d -> !d.findElement(By.id(errorId)).getText().isBlank(),
                badCase + ": no error in " + errorId);
        WebElement focused = browser.active();
        assertEquals(
                badCase + ": focus on the invalid field",
                "true",
                focused.getAttribute("aria-invalid"));
        assertEquals(
                badCase + ": error next to the field",
                Boolean.TRUE,
                script(
                        "var box = arguments[0].closest('fieldset.exlog-field') || arguments[0].closest('.exlog-field');"
                                + "return box !== null && box.contains(document.getElementById(arguments[1]));",
                        focused,
                        errorId));
        assertEquals(
                badCase + ": the field describes itself with the error",
                Boolean.TRUE,
                script(
                        "var id = arguments[1];"
                                + "function names(e) { return !!e && (e.getAttribute('aria-describedby') || '').split(' ').indexOf(id) >= 0; }"
                                + "return names(arguments[0]) || names(arguments[0].closest('fieldset'));",
                        focused,
                        errorId));
    }

    /** One kind of bad input: how to spoil the valid form, and which error slot must then speak. */
    private record BadInput(String name, Runnable spoil, String errorId) {}

    /**
     * Fills the form validly, spoils it one way at a time, submits by keyboard and checks the
     * error, what was kept and that nothing was saved; the first error state is also checked with
     * axe-core.
     */
    private static void rejectEach(
            String form, Runnable fillValidly, List<BadInput> cases, IntSupplier saved) {
        int before = saved.getAsInt();
        boolean checked = false;
        for (BadInput bad : cases) {
            fillValidly.run();
            bad.spoil().run();
            List<Object> typed = typed(form);

            submit(form);

            assertErrorNextTo(bad.errorId(), bad.name());
            assertEquals(bad.name() + ": what was typed is kept", typed, typed(form));
            assertEquals(bad.name() + ": nothing saved", before, saved.getAsInt());
            if (!checked) {
                assertAccessible(bad.name());
                checked = true;
            }
        }
    }

    private static int count(String path, String field, String containing) {
        SandboxClient.Reply reply = RunningSandbox.as("admin").get(path);
        int n = 0;
        for (JsonNode value : reply.json().get("values")) {
            if (containing == null || value.path(field).asText().contains(containing)) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------------- tests

    @Test
    public void defineOutcome_shouldRejectEachBadValueByItsField_thenSave_andShowScriptsAsText() {
        String title = "Defined " + tag + " " + PAYLOADS.get(0);
        String description = "Why " + PAYLOADS.get(1);
        String unit = PAYLOADS.get(2);
        open(PAGES + "/outcomes");
        browser.tabTo("[data-opens=exlog-define-dialog]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-d-title"));
        Runnable valid =
                () -> {
                    type("exlog-d-title", title);
                    type("exlog-d-description", description);
                    type("exlog-d-unit", unit);
                    new Select(byId("exlog-d-kind")).selectByValue("speed-of-service");
                    new Select(byId("exlog-d-owner")).selectByValue(Long.toString(department));
                    type("exlog-d-baseline-value", "12");
                    paste("exlog-d-baseline-date", "2025-01-01");
                    type("exlog-d-target-value", "6.5");
                    paste("exlog-d-target-date", "2026-12-31");
                };

        rejectEach(
                "#exlog-define-dialog form",
                valid,
                List.of(
                        new BadInput(
                                "title empty",
                                () -> type("exlog-d-title", ""),
                                "exlog-d-title-error"),
                        new BadInput(
                                "description too long",
                                () -> paste("exlog-d-description", "x".repeat(10_001)),
                                "exlog-d-description-error"),
                        new BadInput(
                                "baseline not a number",
                                () -> type("exlog-d-baseline-value", "twelve"),
                                "exlog-d-baseline-value-error"),
                        new BadInput(
                                "target written the Dutch way on an English page (ambiguous: refused, not read as 65)",
                                () -> type("exlog-d-target-value", "6,5"),
                                "exlog-d-target-value-error"),
                        new BadInput(
                                "target day empty",
                                () -> paste("exlog-d-target-date", ""),
                                "exlog-d-target-date-error")),
                () -> count(API + "/outcomes", "title", tag));
        valid.run();
        submit("#exlog-define-dialog form");
        waitOrSay(d -> d.getCurrentUrl().matches(".*/outcomes/\\d+$"), "the outcome was not saved");
        browser.waitForVisible(By.id("exlog-outcome"));

        assertEquals(title, browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals(
                description,
                browser.driver().findElement(By.className("exlog-outcome-description")).getText());
        assertTrue(text("exlog-outcome"), text("exlog-outcome").contains(unit));
        assertEquals(title, byId("exlog-e-title").getDomProperty("value"));
        assertEquals(description, byId("exlog-e-description").getDomProperty("value"));
        assertNothingRan();
        assertAccessible("outcome defined");

        open(PAGES + "/outcomes?department=" + department);
        assertTrue(text("exlog-outcomes"), text("exlog-outcomes").contains(title));
        assertTrue(text("exlog-outcomes"), text("exlog-outcomes").contains(unit));
        open(PAGES + "/library");
        List<String> outcomes =
                new Select(byId("exlog-library-outcome"))
                        .getOptions().stream().map(WebElement::getText).toList();
        assertTrue(outcomes.toString(), outcomes.contains(title));
        assertNothingRan();
    }

    @Test
    public void recordMeasurementAndEditOutcome_shouldRejectEachBadValueByItsField_thenSave() {
        String title = "Edited " + tag;
        long id = outcome(RunningSandbox.as("admin"), title, "Plain description");
        String page = PAGES + "/outcomes/" + id;
        open(page);
        browser.tabTo("[data-opens=exlog-measure-dialog]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-m-value"));
        String note = "Note " + PAYLOADS.get(1);
        Runnable measure =
                () -> {
                    type("exlog-m-value", "9.5");
                    paste("exlog-m-measuredOn", "2026-01-31");
                    type("exlog-m-note", note);
                };

        rejectEach(
                "#exlog-measure-dialog form",
                measure,
                List.of(
                        new BadInput(
                                "value empty",
                                () -> type("exlog-m-value", ""),
                                "exlog-m-value-error"),
                        new BadInput(
                                "value not a number",
                                () -> type("exlog-m-value", "lots"),
                                "exlog-m-value-error"),
                        new BadInput(
                                "day empty",
                                () -> paste("exlog-m-measuredOn", ""),
                                "exlog-m-measuredOn-error"),
                        new BadInput(
                                "note too long",
                                () -> paste("exlog-m-note", "n".repeat(1_001)),
                                "exlog-m-note-error")),
                () -> count(API + "/outcomes/" + id + "/measurements", null, null));
        measure.run();
        submit("#exlog-measure-dialog form");
        browser.waitFor(d -> !d.findElements(By.id("exlog-history")).isEmpty());

        assertTrue(text("exlog-history"), text("exlog-history").contains(note));
        assertTrue(
                ((String)
                                script(
                                        "return document.querySelector('svg.exlog-chart title').textContent"))
                        .contains(title));
        assertTrue(
                text("exlog-outcome"),
                ((String)
                                script(
                                        "return document.querySelector('.exlog-chart-data caption').textContent"))
                        .contains(title));
        assertNothingRan();

        browser.tabTo("[data-opens=exlog-edit-dialog]").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-e-title"));
        String renamed = "Renamed " + tag + " " + PAYLOADS.get(2);
        Runnable edit =
                () -> {
                    type("exlog-e-title", renamed);
                    type("exlog-e-description", "Described " + PAYLOADS.get(0));
                    type("exlog-e-target-value", "5");
                    paste("exlog-e-baseline-date", "2025-01-01");
                };
        rejectEach(
                "#exlog-edit-dialog form",
                edit,
                List.of(
                        new BadInput(
                                "title empty",
                                () -> type("exlog-e-title", ""),
                                "exlog-e-title-error"),
                        new BadInput(
                                "target not a number",
                                () -> type("exlog-e-target-value", "five"),
                                "exlog-e-target-value-error"),
                        new BadInput(
                                "baseline day empty",
                                () -> paste("exlog-e-baseline-date", ""),
                                "exlog-e-baseline-date-error")),
                () ->
                        RunningSandbox.as("admin")
                                        .get(API + "/outcomes/" + id)
                                        .json()
                                        .get("title")
                                        .asText()
                                        .equals(title)
                                ? 1
                                : 0);
        edit.run();
        submit("#exlog-edit-dialog form");
        browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals(renamed));

        assertTrue(
                text("exlog-outcome"),
                text("exlog-outcome").contains("Described " + PAYLOADS.get(0)));
        assertTrue(
                ((String)
                                script(
                                        "return document.querySelector('svg.exlog-chart title').textContent"))
                        .contains(renamed));
        assertEquals(renamed, byId("exlog-e-title").getDomProperty("value"));
        assertNothingRan();
        assertAccessible("outcome edited");
    }

    @Test
    public void appliedIn_shouldRejectEachBadValueByItsField_thenSave_andShowTheStoryAsText() {
        open(PAGES + "/failures/" + story);
        String page = text("exlog-failure-story");
        for (String shown :
                List.of(
                        "Story " + tag + " " + PAYLOADS.get(0),
                        "Tried " + PAYLOADS.get(1),
                        "Happened " + PAYLOADS.get(2),
                        "Learned " + PAYLOADS.get(0),
                        "Differently " + PAYLOADS.get(1),
                        "Other " + PAYLOADS.get(2))) {
            assertTrue(shown, page.contains(shown));
        }
        String note = "Used it " + PAYLOADS.get(0);
        Runnable valid =
                () -> {
                    type("exlog-applied-issueKey", issue);
                    type("exlog-applied-note", note);
                };

        rejectEach(
                "#exlog-applied-form",
                valid,
                List.of(
                        new BadInput(
                                "issue key empty",
                                () -> type("exlog-applied-issueKey", ""),
                                "exlog-applied-issueKey-error"),
                        new BadInput(
                                "no such issue",
                                () -> type("exlog-applied-issueKey", "NOPE-99999"),
                                "exlog-applied-issueKey-error"),
                        new BadInput(
                                "note too long",
                                () -> paste("exlog-applied-note", "n".repeat(1_001)),
                                "exlog-applied-note-error")),
                () -> count(API + "/failures/" + story + "/applied", null, null));
        valid.run();
        submit("#exlog-applied-form");
        browser.waitFor(
                d -> !d.findElements(By.cssSelector(".exlog-failure-applied li")).isEmpty());

        String applied =
                browser.driver().findElement(By.className("exlog-failure-applied")).getText();
        assertTrue(applied, applied.contains(issue));
        assertTrue(applied, applied.contains(note));
        assertNothingRan();
        assertAccessible("applied in recorded");
    }

    @Test
    public void shareForm_shouldRejectEachBadValueByItsField_andSaveNothing() {
        String title = "Shared " + tag;
        open(PAGES + "/failures/new");
        Runnable valid =
                () -> {
                    type("exlog-share-title", title);
                    type("exlog-share-whatWeTried", "Tried " + PAYLOADS.get(0));
                    type("exlog-share-whatHappened", "Happened");
                    type("exlog-share-whatWeLearned", "Learned");
                    type("exlog-share-experimentIssueKey", "");
                    script(
                            "document.querySelectorAll('#exlog-share-form input[type=checkbox]')"
                                    + ".forEach(function (box) { box.checked = false; });"
                                    + "document.querySelector('input[name=\"audience.everyone\"][value=true]').checked = true;");
                    browser.tabTo("input[name=factors][value=data-quality]");
                    browser.press(Keys.SPACE);
                };
        Runnable departmentsButNoneChosen =
                () -> {
                    browser.tabTo("input[name='audience.everyone']");
                    browser.press(Keys.ARROW_DOWN);
                };

        rejectEach(
                "#exlog-share-form",
                valid,
                List.of(
                        new BadInput(
                                "title empty",
                                () -> type("exlog-share-title", ""),
                                "exlog-share-title-error"),
                        new BadInput(
                                "what happened empty",
                                () -> type("exlog-share-whatHappened", ""),
                                "exlog-share-whatHappened-error"),
                        new BadInput(
                                "what we learned empty",
                                () -> type("exlog-share-whatWeLearned", ""),
                                "exlog-share-whatWeLearned-error"),
                        new BadInput(
                                "what we tried too long",
                                () -> paste("exlog-share-whatWeTried", "t".repeat(10_001)),
                                "exlog-share-whatWeTried-error"),
                        new BadInput(
                                "no factor",
                                () -> {
                                    browser.tabTo("input[name=factors][value=data-quality]");
                                    browser.press(Keys.SPACE);
                                },
                                "exlog-share-factors-error"),
                        new BadInput(
                                "no department chosen",
                                departmentsButNoneChosen,
                                "exlog-share-audience-error"),
                        new BadInput(
                                "no such issue",
                                () -> type("exlog-share-experimentIssueKey", "NOPE-99999"),
                                "exlog-share-experimentIssueKey-error")),
                () ->
                        RunningSandbox.as("admin")
                                .get(API + "/failures?text=" + tag)
                                .json()
                                .get("total")
                                .asInt());

        open(PAGES + "/failures/new?lang=nl");
        type("exlog-share-title", title);
        submit("#exlog-share-form");
        browser.waitFor(
                d -> !d.findElement(By.id("exlog-share-whatWeTried-error")).getText().isBlank());
        assertEquals("Wat we probeerden is verplicht.", text("exlog-share-whatWeTried-error"));
        assertAccessible("Dutch share form with errors");
    }

    @Test
    public void theFilters_shouldKeepScriptsAsText_andNameTheBadField() {
        open(PAGES + "/failures");
        browser.tabTo("#exlog-filter-text").sendKeys(tag, Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("text=" + tag));
        String feed = text("exlog-failures");
        for (String shown :
                List.of(
                        "Story " + tag + " " + PAYLOADS.get(0),
                        "Learned " + PAYLOADS.get(0),
                        "Other " + PAYLOADS.get(2))) {
            assertTrue(shown, feed.contains(shown));
        }
        assertNothingRan();

        for (String payload : PAYLOADS) {
            open(PAGES + "/failures");
            browser.tabTo("#exlog-filter-text").sendKeys(payload, Keys.ENTER);
            browser.waitFor(d -> d.getCurrentUrl().contains("text="));
            assertEquals(payload, byId("exlog-filter-text").getDomProperty("value"));
            assertTrue(text("exlog-failures"), text("exlog-failures").contains("Stories "));

            open(PAGES + "/library");
            browser.tabTo("#exlog-library-q").sendKeys(payload, Keys.ENTER);
            browser.waitFor(d -> d.getCurrentUrl().contains("q="));
            assertEquals(payload, byId("exlog-library-q").getDomProperty("value"));
            assertNothingRan();
        }

        open(PAGES + "/library");
        browser.tabTo("#exlog-library-q").sendKeys(tag, Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("q=" + tag));
        String library = text("exlog-library");
        assertTrue(library, library.contains("Story " + tag + " " + PAYLOADS.get(0)));
        assertTrue(library, library.contains("Learned " + tag + " " + PAYLOADS.get(2)));
        assertNothingRan();

        open(PAGES + "/failures");
        paste("exlog-filter-from", "2026-02-01");
        paste("exlog-filter-to", "2026-01-01");
        List<Object> period = typed(".exlog-filter");
        browser.tabTo(".exlog-filter button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("to=2026-01-01"));
        assertErrorNextTo("exlog-filter-to-error", "feed period backwards");
        assertEquals(period, typed(".exlog-filter"));
        assertAccessible("feed period backwards");

        for (BadInput bad :
                List.of(
                        new BadInput(
                                "tag with slashes",
                                () ->
                                        browser.tabTo("#exlog-library-tag")
                                                .sendKeys("tag/with/slash"),
                                "exlog-library-tag-error"),
                        new BadInput(
                                "period ends before it starts",
                                () -> {
                                    paste("exlog-library-from", "2026-02-01");
                                    paste("exlog-library-to", "2026-01-01");
                                },
                                "exlog-library-to-error"))) {
            open(PAGES + "/library");
            bad.spoil().run();
            List<Object> typed = typed(".exlog-library-form");
            browser.tabTo(".exlog-library-form button[type=submit]").sendKeys(Keys.ENTER);
            browser.waitFor(d -> d.getCurrentUrl().contains("?"));
            browser.waitForVisible(By.tagName("main"));

            assertErrorNextTo(bad.errorId(), bad.name());
            assertEquals(bad.name(), typed, typed(".exlog-library-form"));
            assertAccessible(bad.name());
        }
    }

    /** A page in a state, and a text only that state shows, in English and in Dutch. */
    private record State(String path, String english, String dutch) {}

    @Test
    public void everyPage_shouldBeAccessibleEmptyAndFull_inEnglishAndDutch() {
        String outcomes = PAGES + "/outcomes?department=";
        List<State> states =
                List.of(
                        new State(
                                outcomes + emptyDepartment,
                                "No outcome matches this filter.",
                                "Geen uitkomst past bij dit filter."),
                        new State(outcomes + department, "Measured " + tag, "Measured " + tag),
                        new State(
                                PAGES + "/outcomes/" + unmeasuredOutcome,
                                "No measurements yet",
                                "Nog geen metingen"),
                        new State(
                                PAGES + "/outcomes/" + measuredOutcome,
                                "Counted " + PAYLOADS.get(2),
                                "Counted " + PAYLOADS.get(2)),
                        new State(
                                PAGES + "/failures?department=" + emptyDepartment,
                                "No story matches this filter.",
                                "Geen verhaal past bij dit filter."),
                        new State(PAGES + "/failures?text=" + tag, "Story " + tag, "Story " + tag),
                        new State(
                                PAGES + "/failures/" + story,
                                "What readers did with it",
                                "Wat lezers ermee deden"),
                        new State(
                                PAGES + "/failures/new",
                                "Share what did not work",
                                "Deel wat niet werkte"),
                        new State(
                                PAGES + "/library?q=nothing" + tag,
                                "Nothing matches this search.",
                                "Niets gevonden"),
                        new State(PAGES + "/library?q=" + tag, "Found: 2", "Gevonden: 2"));
        List<String> problems = new ArrayList<>();
        for (State state : states) {
            for (String language : List.of("en", "nl")) {
                String path =
                        state.path()
                                + (state.path().contains("?") ? "&" : "?")
                                + "lang="
                                + language;
                open(path);
                String expected = language.equals("en") ? state.english() : state.dutch();
                String body = browser.driver().findElement(By.tagName("main")).getText();
                if (!body.contains(expected)) {
                    problems.add(path + ": does not show \"" + expected + "\"");
                }
                if (!language.equals(script("return document.documentElement.lang"))) {
                    problems.add(path + ": the page's language is not " + language);
                }
                browser.accessibilityViolations().forEach(v -> problems.add(path + ": " + v));
            }
        }
        assertNothingRan();

        assertEquals(List.of(), problems);
    }
}
