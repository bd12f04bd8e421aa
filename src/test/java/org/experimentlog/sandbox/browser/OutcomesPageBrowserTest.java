package org.experimentlog.sandbox.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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
import org.openqa.selenium.support.ui.Select;

/**
 * The outcomes page in a real browser: reached from the top navigation, filtered by keyboard,
 * accessible.
 */
public class OutcomesPageBrowserTest {
    private Browser browser;
    private String department;
    private String title;

    @Before
    public void setUp() {
        browser = new Browser(RunningSandbox.get().baseUrl());
        SandboxClient admin = RunningSandbox.as("admin");
        String name = "Outcomes " + UUID.randomUUID().toString().substring(0, 8);
        department =
                admin.post("/rest/experiment-log/1.0/departments", Map.of("name", name))
                        .json()
                        .get("id")
                        .asText();
        title = "Fewer calls <script>window.exlogXss=1</script> " + name;
        SandboxClient.Reply created =
                admin.post(
                        "/rest/experiment-log/1.0/outcomes",
                        Map.of(
                                "title",
                                title,
                                "metric",
                                Map.of("kind", "speed-of-service"),
                                "baseline",
                                Map.of("value", 12, "date", "2025-01-01"),
                                "target",
                                Map.of("value", 6, "date", "2030-12-31"),
                                "ownerDepartment",
                                Long.parseLong(department)));
        // the page below can only show what was created: say why when it was not
        assertEquals(created.body(), 201, created.status());
    }

    @After
    public void tearDown() {
        browser.close();
    }

    @Test
    public void theOutcomesPage_shouldBeReachedFromTheMenu_filteredByKeyboard_andAccessible() {
        browser.logIn("pia", "en");
        browser.menuItem("experiment-log-menu", "nav-outcomes").sendKeys(Keys.ENTER);
        browser.waitForVisible(By.id("exlog-outcomes"));
        assertEquals(List.of(), browser.accessibilityViolations());

        browser.tabTo("#exlog-filter-department");
        new Select(browser.active()).selectByValue(department);
        browser.tabTo(".exlog-filter button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("department=" + department));

        String page = browser.driver().findElement(By.id("exlog-outcomes")).getText();
        assertTrue(page, page.contains("Outcomes shown: 1"));
        assertTrue(page, page.contains(title));
        assertTrue(page, page.contains("lower is better"));
        assertEquals(
                null,
                ((JavascriptExecutor) browser.driver()).executeScript("return window.exlogXss"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    @Test
    public void theOutcomesPage_shouldSpeakDutch() {
        browser.logIn("pia", "nl");
        browser.open("/plugins/servlet/experiment-log/outcomes?lang=nl");

        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("Uitkomsten"));
        assertEquals(List.of(), browser.accessibilityViolations());
    }
}
