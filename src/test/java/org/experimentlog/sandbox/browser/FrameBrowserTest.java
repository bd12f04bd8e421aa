package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.experimentlog.sandbox.http.RunningSandbox;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The sandbox's Jira-like frame with AUI: the top navigation drawn by Jira's rule, the user menu's
 * theme switch (dark theme through design tokens, accessible), the user and group pickers on Jira's
 * picker resources, and the form library's numbers in the reader's format.
 */
public class FrameBrowserTest {
    private Browser browser;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
    }

    @After
    public void tearDown() {
        browser.close();
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    @Test
    public void theExperimentsMenu_shouldListItsPagesInOrder_andOpenOneByKeyboard() {
        browser.logIn("pia", "en");
        assertEquals(
                "AUI is loaded (the build fetched it with npm)",
                Boolean.TRUE,
                script("return !!(window.AJS && window.AJS.flag)"));

        browser.menuItem("experiment-log-menu", "nav-outcomes");
        @SuppressWarnings("unchecked")
        List<String> items =
                (List<String>)
                        script(
                                "return Array.prototype.map.call("
                                        + "document.querySelectorAll('#experiment-log-menu-menu aui-item-link'), function (i) { return i.id; })");
        assertEquals(
                List.of(
                        "nav-outcomes",
                        "nav-failures",
                        "nav-library",
                        "nav-retrospectives",
                        "nav-following"),
                items);
        assertEquals(List.of(), browser.accessibilityViolations());
        browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        browser.press(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-library"));
    }

    @Test
    public void theDarkTheme_shouldFollowFromTheUserMenu_andStayAccessible_inEnglishAndDutch() {
        for (String language : List.of("en", "nl")) {
            browser.logIn("pia", language);
            browser.open("/plugins/servlet/experiment-log/outcomes?lang=" + language);
            browser.menuItem("user-options", "sandbox-theme-dark").sendKeys(Keys.ENTER);
            browser.waitFor(
                    d ->
                            "dark"
                                    .equals(
                                            script(
                                                    "return document.documentElement.getAttribute('data-color-mode')")));
            browser.waitForVisible(By.id("exlog-outcomes"));
            // the design tokens resolve to the dark theme's surface, and the app's text follows
            // them
            browser.waitFor(
                    d ->
                            isDark(
                                    (String)
                                            script(
                                                    "return getComputedStyle(document.body).backgroundColor")));
            assertTrue(
                    isLight(
                            (String)
                                    script(
                                            "return getComputedStyle(document.getElementById('exlog-outcomes')).color")));
            assertEquals(language + " dark", List.of(), browser.accessibilityViolations());
            browser.open("/browse/" + RunningSandbox.newExperiment("PERMIT") + "?lang=" + language);
            browser.waitForVisible(By.id("exlog-panel"));
            assertEquals(
                    language + " dark issue view", List.of(), browser.accessibilityViolations());
            for (String[] page :
                    new String[][] {
                        {"failures", "exlog-failures"},
                        {"failures/new", "exlog-failure-share"},
                        {"library", "exlog-library"},
                        {"retrospective", "exlog-retro"}
                    }) {
                browser.open("/plugins/servlet/experiment-log/" + page[0] + "?lang=" + language);
                browser.waitForVisible(By.id(page[1]));
                assertEquals(
                        language + " dark " + page[0],
                        List.of(),
                        browser.accessibilityViolations());
            }
            browser.menuItem("user-options", "sandbox-theme-light").sendKeys(Keys.ENTER);
            browser.waitFor(
                    d ->
                            "light"
                                    .equals(
                                            script(
                                                    "return document.documentElement.getAttribute('data-color-mode')")));
        }
    }

    @Test
    public void theAdminPage_shouldStayAccessible_inTheDarkTheme_inEnglishAndDutch() {
        for (String language : List.of("en", "nl")) {
            browser.logIn("admin", language);
            browser.open("/plugins/servlet/experiment-log/admin?lang=" + language);
            if (browser.driver()
                    .getCurrentUrl()
                    .contains("/secure/admin/WebSudoAuthenticate.jspa")) {
                browser.tabTo("#webSudoPassword").sendKeys("admin", Keys.ENTER);
            }
            browser.waitForVisible(By.id("exlog-admin"));
            browser.menuItem("user-options", "sandbox-theme-dark").sendKeys(Keys.ENTER);
            browser.waitFor(
                    d ->
                            "dark"
                                    .equals(
                                            script(
                                                    "return document.documentElement.getAttribute('data-color-mode')")));
            browser.waitFor(
                    d ->
                            isDark(
                                    (String)
                                            script(
                                                    "return getComputedStyle(document.body).backgroundColor")));
            assertTrue(
                    isLight(
                            (String)
                                    script(
                                            "return getComputedStyle(document.getElementById('exlog-admin')).color")));
            assertEquals(language + " dark admin", List.of(), browser.accessibilityViolations());
            // a section's errors shown next to their fields stay readable in the dark theme too
            browser.tabTo("#exlog-admin-add-department button[type=submit]").sendKeys(Keys.ENTER);
            browser.waitFor(
                    d -> !d.findElement(By.id("exlog-dep-new-name-error")).getText().isEmpty());
            assertEquals(
                    language + " dark admin with errors",
                    List.of(),
                    browser.accessibilityViolations());
            browser.menuItem("user-options", "sandbox-theme-light").sendKeys(Keys.ENTER);
            browser.waitFor(
                    d ->
                            "light"
                                    .equals(
                                            script(
                                                    "return document.documentElement.getAttribute('data-color-mode')")));
        }
    }

    @Test
    public void anActionOwner_shouldBeChosenWithJirasUserPicker() {
        browser.logIn("pia", "en");
        browser.open("/plugins/servlet/experiment-log/retrospective");
        WebElement owner = browser.tabTo("#exlog-hold-a1-owner");
        owner.sendKeys("vries");
        browser.waitFor(
                d ->
                        d
                                .findElements(
                                        By.cssSelector(
                                                "#exlog-hold-a1-owner-options [role=option]"))
                                .stream()
                                .map(o -> o.getText())
                                .toList()
                                .equals(List.of("Pia de Vries (Product) (pia)")));
        assertEquals("true", owner.getAttribute("aria-expanded"));
        browser.press(Keys.ARROW_DOWN);
        assertEquals(
                "exlog-hold-a1-owner-options-option-0",
                owner.getAttribute("aria-activedescendant"));
        browser.press(Keys.ENTER);
        assertEquals("pia", owner.getDomProperty("value"));
        assertEquals("false", owner.getAttribute("aria-expanded"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void aDepartmentsGroup_shouldBeChosenWithJirasGroupPicker() {
        browser.logIn("admin", "en");
        browser.open("/plugins/servlet/experiment-log/admin");
        browser.waitForVisible(By.id("webSudoPassword")).sendKeys("admin", Keys.ENTER);
        browser.waitForVisible(By.id("exlog-admin"));
        WebElement group = browser.tabTo("#exlog-dep-new-groupName");
        group.sendKeys("dept-d");
        browser.waitFor(
                d ->
                        d
                                .findElements(
                                        By.cssSelector(
                                                "#exlog-dep-new-groupName-options [role=option]"))
                                .stream()
                                .map(o -> o.getText())
                                .toList()
                                .equals(List.of("dept-design")));
        browser.press(Keys.ARROW_DOWN, Keys.ENTER);
        assertEquals("dept-design", group.getDomProperty("value"));
    }

    @Test
    public void numbers_shouldBeReadInTheReadersFormat_exactly_andRefusedWhenAmbiguous() {
        String cases =
                "var f = window.ExperimentLogForms; return [f.parseNumber(arguments[0], false, arguments[1]),"
                        + " f.parseNumber(arguments[0], true, arguments[1])];";
        browser.logIn("pia", "en");
        browser.open("/plugins/servlet/experiment-log/outcomes");
        browser.waitForVisible(By.id("exlog-outcomes"));
        assertEquals(List.of("1250.5", ""), nullsAsEmpty(script(cases, "1,250.5", "en")));
        assertEquals(List.of("1250", "1250"), nullsAsEmpty(script(cases, "1,250", "en")));
        assertEquals(List.of("1250.5", ""), nullsAsEmpty(script(cases, "1.250,5", "nl")));
        assertEquals(List.of("1250", "1250"), nullsAsEmpty(script(cases, "1.250", "nl")));
        assertEquals(List.of("1.25", ""), nullsAsEmpty(script(cases, "1,25", "nl")));
        assertEquals(
                List.of("12345678901234567890.123456789", ""),
                nullsAsEmpty(script(cases, "12345678901234567890.123456789", "en")));
        assertEquals(List.of("-7", "-7"), nullsAsEmpty(script(cases, "-7", "nl")));
        for (String ambiguous :
                List.of("1,25", "1.250,5", "1,2,3", "12,34.5", "1 250", "1e3", "", "abc")) {
            assertEquals(ambiguous, List.of("", ""), nullsAsEmpty(script(cases, ambiguous, "en")));
        }
        for (String ambiguous : List.of("1.25", "1,250.5", "1.2.3,4")) {
            assertEquals(ambiguous, List.of("", ""), nullsAsEmpty(script(cases, ambiguous, "nl")));
        }
    }

    private static List<String> nullsAsEmpty(Object list) {
        return ((List<?>) list).stream().map(v -> v == null ? "" : v.toString()).toList();
    }

    private static int[] rgb(String css) {
        String[] parts = css.replaceAll("[^0-9,.]", "").split(",");
        return new int[] {
            Integer.parseInt(parts[0]),
            Integer.parseInt(parts[1]),
            Integer.parseInt(parts[2].split("\\.")[0])
        };
    }

    private static boolean isDark(String css) {
        int[] c = rgb(css);
        return c[0] + c[1] + c[2] < 3 * 80;
    }

    private static boolean isLight(String css) {
        int[] c = rgb(css);
        return c[0] + c[1] + c[2] > 3 * 150;
    }
}
