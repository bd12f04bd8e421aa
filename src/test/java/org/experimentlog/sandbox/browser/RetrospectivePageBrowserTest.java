package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.app.command.SaveDepartment;
import org.experimentlog.domain.Period;
import org.experimentlog.sandbox.CurrentUser;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.experimentlog.sandbox.http.SandboxClient;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The retrospective page in a real browser. A department of its own takes part in three experiments
 * started this quarter (one running with an iteration, one concluded with a learning, shared with a
 * second department, one abandoned) and is the audience of one failure story someone found helpful;
 * so each panel has figures known in advance. Reached from the top menu and from the project
 * sidebar; scope and period changed by keyboard; exports answered; retrospectives held and revised;
 * user text shown as text; axe-core finds nothing in English or Dutch.
 */
public class RetrospectivePageBrowserTest {
    private static final String PAGE = "/plugins/servlet/experiment-log/retrospective";
    private static final String API = "/rest/experiment-log/1.0/experiments/";
    private static final ZoneId SANDBOX_ZONE = ZoneId.of("Europe/Amsterdam");

    private static String word;
    private static long team;
    private static long partner;
    private static String running;
    private static String concluded;
    private static long story;

    private Browser browser;

    @BeforeClass
    public static void prepare() {
        word = "retro" + UUID.randomUUID().toString().substring(0, 8);
        AdministrationService admin = RunningSandbox.get().component(AdministrationService.class);
        team =
                CurrentUser.as(
                                "admin",
                                () ->
                                        admin.saveDepartment(
                                                new SaveDepartment(
                                                        null,
                                                        0,
                                                        "Team <i>" + word + "</i>",
                                                        "dept-product")))
                        .requireId()
                        .value();
        partner =
                CurrentUser.as(
                                "admin",
                                () ->
                                        admin.saveDepartment(
                                                new SaveDepartment(
                                                        null, 0, "Partner " + word, "dept-design")))
                        .requireId()
                        .value();

        running = experiment(List.of(team));
        move(running, Map.of("stage", "running"));
        expect(
                201,
                RunningSandbox.as("admin")
                        .post(API + running + "/iterations", Map.of("change", "A shorter form")));

        concluded = experiment(List.of(team, partner));
        move(concluded, Map.of("stage", "running"));
        expect(
                201,
                RunningSandbox.as("admin")
                        .post(
                                API + concluded + "/learnings",
                                Map.of(
                                        "statement",
                                        "Short forms work <img src=x onerror=window.exlogXss=1> "
                                                + word,
                                        "tags",
                                        List.of())));
        move(concluded, Map.of("stage", "analysing"));
        move(concluded, Map.of("stage", "concluded", "verdict", "validated", "note", "It worked."));

        String abandoned = experiment(List.of(team));
        move(abandoned, Map.of("stage", "running"));
        move(abandoned, Map.of("stage", "abandoned", "note", "The supplier stopped."));

        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("title", "Letters went astray <script>window.exlogXss=1</script> " + word);
        shared.put("whatWeTried", "We sent reminders by post.");
        shared.put("whatHappened", "A third came back.");
        shared.put("whatWeLearned", "Check the addresses first.");
        shared.put("factors", List.of("data-quality", "time-pressure"));
        shared.put("impact", "high");
        shared.put("audience", Map.of("everyone", false, "departments", List.of(team)));
        SandboxClient.Reply reply =
                RunningSandbox.as("dirk").post("/rest/experiment-log/1.0/failures", shared);
        expect(201, reply);
        story = reply.json().get("id").asLong();
        expect(
                200,
                RunningSandbox.as("pia")
                        .post("/rest/experiment-log/1.0/failures/" + story + "/helpful", null));
    }

    private static String experiment(List<Long> departments) {
        String key = RunningSandbox.newExperiment("PERMIT");
        SandboxClient admin = RunningSandbox.as("admin");
        expect(
                200,
                admin.put(
                        API + key + "/hypothesis",
                        Map.of(
                                "version",
                                version(key),
                                "change",
                                "A shorter form",
                                "audience",
                                "residents applying for a permit",
                                "expectedResult",
                                "fewer calls to the desk",
                                "reason",
                                "people get lost in the long form",
                                "signal",
                                "calls drop by a tenth")));
        expect(
                200,
                admin.put(
                        API + key + "/plan",
                        Map.of(
                                "version",
                                version(key),
                                "method",
                                "pilot",
                                "departments",
                                departments,
                                "outcomes",
                                List.of())));
        return key;
    }

    private static void move(String key, Map<String, Object> transition) {
        Map<String, Object> body = new LinkedHashMap<>(transition);
        body.put("version", version(key));
        expect(200, RunningSandbox.as("admin").post(API + key + "/transitions", body));
    }

    private static long version(String key) {
        return RunningSandbox.as("admin").get(API + key).json().get("version").asLong();
    }

    private static void expect(int status, SandboxClient.Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("Could not prepare the retrospective: " + reply);
        }
    }

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private static Period quarter() {
        return Period.quarterOf(LocalDate.now(SANDBOX_ZONE));
    }

    private static Period previousQuarter() {
        return Period.quarterOf(quarter().from().minusDays(1));
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** The text of every match, hidden ones (a collapsed data table) included. */
    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("textContent").strip())
                .toList();
    }

    /** Each row of the data tables under the selector, as "row header=count". */
    @SuppressWarnings("unchecked")
    private List<String> rows(String css) {
        return (List<String>)
                script(
                        "return Array.prototype.map.call(document.querySelectorAll(arguments[0] + ' tbody tr'),"
                                + " function (tr) { return tr.querySelector('th').textContent.trim() + '='"
                                + " + tr.querySelector('td').textContent.trim(); });",
                        css);
    }

    private Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, arguments);
    }

    /** The status and content type the address answers this browser with. */
    private String fetch(String href) {
        return (String)
                ((JavascriptExecutor) browser.driver())
                        .executeAsyncScript(
                                "var done = arguments[1];"
                                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                                        + " done(r.status + ' ' + r.headers.get('content-type')); }, function (e) { done('failed ' + e); });",
                                href);
    }

    private void assertAccessible(String state) {
        assertEquals(state, List.of(), browser.accessibilityViolations());
    }

    /** Chooses an option of a select by pressing the arrow keys until it is the selected one. */
    private void arrowTo(WebElement select, String value) {
        for (int i = 0; i < 100 && !value.equals(select.getAttribute("value")); i++) {
            select.sendKeys(Keys.ARROW_DOWN);
        }
        assertEquals(value, select.getAttribute("value"));
    }

    @Test
    public void
            theRetrospective_shouldShowTheDepartmentsFigures_afterScopeAndPeriodAreChosenByKeyboard() {
        browser.logIn("pia", "en");
        browser.menuItem("experiment-log-menu", "nav-retrospectives").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-retro"));
        assertAccessible("everything, this quarter");

        WebElement scope = browser.tabTo("#exlog-retro-scope");
        arrowTo(scope, "department");
        assertTrue(browser.driver().findElement(By.id("exlog-retro-department")).isDisplayed());
        arrowTo(browser.tabTo("#exlog-retro-department"), Long.toString(team));
        browser.tabTo(".exlog-retro-choose button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("value=" + team));

        assertTrue(
                text("exlog-retro-scope-summary"),
                text("exlog-retro-scope-summary")
                        .startsWith("Department Team <i>" + word + "</i>"));
        assertEquals(List.of("3", "1", "1", "3"), texts("#exlog-retro-experiments dd"));
        assertEquals(
                List.of("Validated=1", "Invalidated=0", "Inconclusive=0", "Abandoned=1"),
                rows("#exlog-retro-verdicts"));
        assertEquals(List.of("1", "0", "0", "0", "0", "0"), texts("#exlog-retro-time dd"));
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector("#exlog-retro-time svg[role=img] title"))
                        .size());
        assertEquals(
                List.of("2", "1", "0", "0", "0", "0"), texts("#exlog-retro-iterations tbody td"));
        assertTrue(
                text("exlog-retro-failures"),
                text("exlog-retro-failures").contains("Failure stories shared in the period: 1."));
        assertEquals(
                List.of(
                        "The problem was unclear=0",
                        "An assumption was not tested=0",
                        "User needs were misunderstood=0",
                        "The scope was too large=0",
                        "Time pressure=1",
                        "Missing skills or capacity=0",
                        "A technical constraint=0",
                        "Data quality=1",
                        "A policy or legal constraint=0",
                        "A dependency or supplier=0",
                        "A communication gap=0",
                        "Changing priorities=0"),
                rows("#exlog-retro-failures details:nth-of-type(1)"));
        assertEquals(
                List.of("Low=0", "Medium=0", "High=1"),
                rows("#exlog-retro-failures details:nth-of-type(2)"));
        assertEquals(
                List.of("Department", "Partner " + word, "Team <i>" + word + "</i>"),
                texts("#exlog-retro-matrix thead th"));
        assertEquals(
                List.of("Partner " + word, "1", "1", "Team <i>" + word + "</i>", "1", "3"),
                texts("#exlog-retro-matrix tbody th, #exlog-retro-matrix tbody td"));
        WebElement lesson = browser.driver().findElement(By.cssSelector("#exlog-retro-reused a"));
        assertEquals(
                "Letters went astray <script>window.exlogXss=1</script> " + word, lesson.getText());
        assertTrue(
                lesson.getAttribute("href"),
                lesson.getAttribute("href")
                        .endsWith("/plugins/servlet/experiment-log/failures/" + story));
        assertTrue(
                text("exlog-retro-reused"),
                text("exlog-retro-reused").contains("marked helpful: 1"));
        assertTrue(
                text("exlog-retro-learnings"),
                text("exlog-retro-learnings").contains("Learnings shown: 1 of 1."));
        assertTrue(
                text("exlog-retro-learnings"),
                text("exlog-retro-learnings")
                        .contains(
                                "Short forms work <img src=x onerror=window.exlogXss=1> " + word));
        assertTrue(
                browser.driver()
                        .findElement(By.cssSelector("#exlog-retro-learnings li a"))
                        .getAttribute("href")
                        .endsWith("/browse/" + concluded));
        assertEquals(null, script("return window.exlogXss"));
        assertAccessible("a department, this quarter");

        List<String> exports =
                browser.driver().findElements(By.cssSelector(".exlog-retro-exports a")).stream()
                        .map(a -> a.getAttribute("href"))
                        .toList();
        assertEquals(3, exports.size());
        assertTrue(fetch(exports.get(0)), fetch(exports.get(0)).startsWith("200 text/markdown"));
        assertTrue(fetch(exports.get(1)), fetch(exports.get(1)).startsWith("200 text/csv"));
        assertTrue(fetch(exports.get(2)), fetch(exports.get(2)).startsWith("200 application/json"));

        browser.tabTo(".exlog-retro-quarters a[href*='from=" + previousQuarter().from() + "']")
                .sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("from=" + previousQuarter().from()));
        assertTrue(
                text("exlog-retro-empty"),
                text("exlog-retro-empty").startsWith("Nothing happened in this period"));
        assertEquals(
                previousQuarter().to().toString(),
                browser.driver().findElement(By.id("exlog-retro-to")).getAttribute("value"));
        assertTrue(browser.driver().findElements(By.id("exlog-retro-experiments")).isEmpty());
        assertAccessible("a department, an empty quarter");
    }

    @Test
    public void aBadParameter_shouldBeNamedNextToItsField_with400() {
        browser.logIn("pia", "en");
        browser.open(PAGE + "?scope=department&value=" + team + "&from=2026-13-45");

        assertTrue(
                text("exlog-retro-from-error"),
                text("exlog-retro-from-error").contains("Enter a date such as"));
        assertEquals(
                "true",
                browser.driver()
                        .findElement(By.id("exlog-retro-from"))
                        .getAttribute("aria-invalid"));
        assertTrue(browser.driver().findElements(By.id("exlog-retro-experiments")).isEmpty());
        assertTrue(fetch(browser.driver().getCurrentUrl()).startsWith("400 "));
        assertAccessible("a malformed day");

        browser.open(PAGE + "?scope=project&value=NOPE");
        assertTrue(
                text("exlog-retro-project-error"),
                text("exlog-retro-project-error")
                        .contains("does not exist or you do not have permission"));
        assertTrue(fetch(browser.driver().getCurrentUrl()).startsWith("404 "));
        assertAccessible("a project nobody may see");
    }

    @Test
    public void theProjectSidebar_shouldLeadToTheProjectsRetrospective_whereOneIsHeldAndRevised() {
        browser.logIn("pia", "en");
        browser.open("/browse/" + running);
        browser.tabTo("a.project-sidebar-experiments").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("/projects/PERMIT?selectedItem="));
        browser.tabTo("#exlog-project-page a.aui-button").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("scope=project&value=PERMIT"));
        assertTrue(
                text("exlog-retro-scope-summary"),
                text("exlog-retro-scope-summary").startsWith("Project PERMIT"));
        assertAccessible("the project, this quarter");

        browser.tabTo("#exlog-hold-notes")
                .sendKeys("Notes <img src=x onerror=window.exlogXss=1> " + word);
        browser.tabTo("#exlog-retro-hold button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> !text("exlog-hold-title-error").isEmpty());
        assertTrue(
                text("exlog-hold-title-error"), text("exlog-hold-title-error").contains("title"));
        assertEquals(
                "true",
                browser.driver()
                        .findElement(By.id("exlog-hold-title"))
                        .getAttribute("aria-invalid"));
        assertEquals("exlog-hold-title", browser.active().getAttribute("id"));
        assertEquals(
                "Notes <img src=x onerror=window.exlogXss=1> " + word,
                browser.driver().findElement(By.id("exlog-hold-notes")).getAttribute("value"));
        assertAccessible("holding, a title missing");

        browser.active().sendKeys("Permits <script>window.exlogXss=1</script> " + word);
        browser.tabTo("#exlog-hold-a1-text").sendKeys("Call <b>three</b> residents " + word);
        browser.tabTo("#exlog-hold-a1-owner").sendKeys("no.such.person");
        browser.tabTo("#exlog-retro-hold button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> !text("exlog-hold-a1-owner-error").isEmpty());
        assertTrue(
                text("exlog-hold-a1-owner-error"),
                text("exlog-hold-a1-owner-error").contains("no.such.person"));
        assertEquals(
                "true",
                browser.driver()
                        .findElement(By.id("exlog-hold-a1-owner"))
                        .getAttribute("aria-invalid"));
        assertEquals("exlog-hold-a1-owner", browser.active().getAttribute("id"));
        assertEquals("", text("exlog-hold-a1-text-error"));
        assertAccessible("holding, an owner nobody logs in as");

        browser.active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "otto");
        browser.tabTo("#exlog-retro-hold button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        d.findElements(By.cssSelector(".exlog-retro-held")).stream()
                                .anyMatch(e -> e.getText().contains(word)));

        WebElement held = heldOne();
        String id = held.getAttribute("id").substring("exlog-retro-held-".length());
        assertTrue(
                held.getText(),
                held.getText().contains("Permits <script>window.exlogXss=1</script> " + word));
        assertTrue(
                held.getText(),
                held.getText().contains("Notes <img src=x onerror=window.exlogXss=1> " + word));
        assertTrue(held.getText(), held.getText().contains("Call <b>three</b> residents " + word));
        assertTrue(held.getText(), held.getText().contains("Otto Visser (Operations)"));
        assertTrue(held.getText(), held.getText().contains("Not yet"));
        // the owner's avatar is drawn next to their name, as Jira shows people, and it loads
        WebElement avatar =
                held.findElement(
                        By.cssSelector(".aui-avatar.aui-avatar-xsmall .aui-avatar-inner img"));
        assertTrue(
                avatar.getAttribute("src"),
                avatar.getAttribute("src").contains("/secure/useravatar?size=xsmall&ownerId=otto"));
        assertEquals("", avatar.getAttribute("alt"));
        browser.waitFor(
                d ->
                        Boolean.TRUE.equals(
                                script(
                                        "return arguments[0].complete && arguments[0].naturalWidth > 0",
                                        avatar)));
        assertEquals(null, script("return window.exlogXss"));
        assertAccessible("a retrospective held");

        browser.tabTo("#exlog-retro-held-" + id + " summary").sendKeys(Keys.ENTER);
        WebElement title = browser.tabTo("#exlog-revise-" + id + "-title");
        title.sendKeys(Keys.END, " (revised)");
        WebElement done =
                browser.tabTo(
                        "#exlog-retro-held-" + id + " .exlog-retro-action input[type=checkbox]");
        done.sendKeys(Keys.SPACE);
        assertTrue(done.isSelected());
        assertAccessible("revising");
        browser.tabTo("#exlog-retro-held-" + id + " button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        d.findElements(By.cssSelector(".exlog-retro-held h3")).stream()
                                .anyMatch(e -> e.getText().endsWith(word + " (revised)")));
        assertTrue(heldOne().getText(), heldOne().getText().contains("Yes"));

        browser.tabTo("#exlog-retro-held-" + id + " summary").sendKeys(Keys.ENTER);
        Map<String, Object> theirs = new LinkedHashMap<>();
        for (JsonNode one :
                RunningSandbox.as("pia")
                        .get("/rest/experiment-log/1.0/retrospectives?scope=project&value=PERMIT")
                        .json()
                        .get("values")) {
            if (one.get("id").asText().equals(id)) {
                theirs.put("version", one.get("version").asLong());
            }
        }
        theirs.put("title", "Someone else's title " + word);
        theirs.put("actions", List.of());
        SandboxClient.Reply reply =
                RunningSandbox.as("pia")
                        .put("/rest/experiment-log/1.0/retrospectives/" + id, theirs);
        assertEquals(reply.toString(), 200, reply.status());
        browser.tabTo("#exlog-revise-" + id + "-title").sendKeys(Keys.END, " again");
        browser.tabTo("#exlog-retro-held-" + id + " button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(
                d ->
                        d.findElement(
                                        By.cssSelector(
                                                "#exlog-retro-held-" + id + " .exlog-form-error"))
                                .getText()
                                .contains("Someone else changed this retrospective"));
        String kept =
                browser.driver()
                        .findElement(By.id("exlog-revise-" + id + "-title"))
                        .getAttribute("value");
        assertTrue(kept, kept.endsWith(word + " (revised) again"));
        assertAccessible("a conflict");

        browser.logIn("dirk", "en");
        browser.open(PAGE + "?scope=project&value=PERMIT");
        assertTrue(heldOne().getText(), heldOne().getText().contains(word));
        assertEquals(
                0,
                browser.driver()
                        .findElements(By.cssSelector("#exlog-retro-held-" + id + " form"))
                        .size());
    }

    private WebElement heldOne() {
        return browser.driver().findElements(By.cssSelector(".exlog-retro-held")).stream()
                .filter(e -> e.getText().contains(word))
                .findFirst()
                .orElseThrow();
    }

    @Test
    public void theRetrospective_shouldSpeakDutch_withFiguresEmptyAndWithAnError() {
        browser.logIn("pia", "nl");
        browser.open(PAGE + "?lang=nl&scope=department&value=" + team);

        assertEquals("Terugblik", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(
                text("exlog-retro-failures"),
                text("exlog-retro-failures").contains("Faalverhalen gedeeld in de periode: 1."));
        assertAccessible("Dutch, a department");

        browser.open(
                PAGE
                        + "?lang=nl&scope=department&value="
                        + team
                        + "&from="
                        + previousQuarter().from()
                        + "&to="
                        + previousQuarter().to());
        assertTrue(
                text("exlog-retro-empty"),
                text("exlog-retro-empty").startsWith("In deze periode is niets gebeurd"));
        assertAccessible("Dutch, empty");

        browser.open(PAGE + "?lang=nl&scope=department&value=abc");
        assertEquals("Kies een afdeling uit de lijst.", text("exlog-retro-department-error"));
        assertAccessible("Dutch, a department that cannot be read");

        browser.open(PAGE + "?lang=nl&scope=department&value=" + team);
        browser.tabTo("#exlog-retro-hold button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> !text("exlog-hold-title-error").isEmpty());
        assertAccessible("Dutch, holding without a title");
    }
}
