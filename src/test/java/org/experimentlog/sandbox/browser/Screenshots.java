package org.experimentlog.sandbox.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.experimentlog.sandbox.Sandbox;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Takes the documentation's screenshots from a fresh sandbox with demo data, in English and Dutch,
 * in the light and the dark theme (files ending in {@code -dark}), inside the sandbox's Jira-like
 * frame with AUI, into {@code docs/screenshots}: {@code mvn -Pscreenshots}. Needs Debian's chromium
 * and chromium-driver.
 */
public final class Screenshots {
    private Screenshots() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        try (Sandbox sandbox =
                Sandbox.start(
                        new Sandbox.Settings(
                                "127.0.0.1",
                                0,
                                "jdbc:h2:mem:screenshots;DB_CLOSE_DELAY=-1",
                                "sa",
                                "",
                                true))) {
            // the demo data's stories happen over the past year, so the retrospective reviews the
            // last twelve months
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            String lastYear = "&from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
            for (String theme : List.of("light", "dark"))
                for (String language : List.of("en", "nl")) {
                    String t = theme.equals("light") ? "" : "-dark";
                    try (Browser browser = new Browser(sandbox.baseUrl())) {
                        browser.logIn("pia", language);
                        browser.open("/?theme=" + theme);
                        panel(
                                browser,
                                "/browse/PERMIT-1?lang=" + language,
                                folder.resolve("panel-concluded-" + language + t + ".png"));
                        panel(
                                browser,
                                "/browse/MOVE-3?lang=" + language,
                                folder.resolve("panel-analysing-" + language + t + ".png"));
                        browser.open("/browse/PERMIT-4?lang=" + language);
                        browser.driver()
                                .findElement(By.cssSelector("[data-opens=exlog-hypothesis-dialog]"))
                                .click();
                        browser.waitForVisible(By.id("exlog-h-change"));
                        browser.screenshot(
                                folder.resolve("hypothesis-dialog-" + language + t + ".png"));
                        outcome(
                                browser,
                                language,
                                folder.resolve("outcomes-list-" + language + t + ".png"),
                                folder.resolve("outcome-detail-" + language + t + ".png"));
                        page(
                                browser,
                                "/plugins/servlet/experiment-log/failures?lang=" + language,
                                "exlog-failures",
                                folder.resolve("failures-feed-" + language + t + ".png"));
                        String story =
                                browser.driver()
                                        .findElement(By.cssSelector(".exlog-failure-card a"))
                                        .getAttribute("href");
                        page(
                                browser,
                                story.replace(sandbox.baseUrl(), "") + "?lang=" + language,
                                "exlog-failure-story",
                                folder.resolve("failure-story-" + language + t + ".png"));
                        browser.open("/plugins/servlet/experiment-log/library?lang=" + language);
                        browser.waitForVisible(By.id("exlog-library"));
                        browser.screenshot(folder.resolve("library-" + language + t + ".png"));
                        page(
                                browser,
                                "/plugins/servlet/experiment-log/retrospective?scope=project&value=PERMIT"
                                        + lastYear
                                        + "&lang="
                                        + language,
                                "exlog-retro",
                                folder.resolve("retrospective-" + language + t + ".png"));
                    }
                    try (Browser browser = new Browser(sandbox.baseUrl())) {
                        admin(
                                browser,
                                language,
                                theme,
                                folder.resolve("admin-" + language + t + ".png"));
                    }
                }
            WorkflowScreenshots.take(sandbox.baseUrl(), folder);
            RegisterScreenshots.take(sandbox, folder);
            FollowingScreenshots.take(sandbox, folder);
            DashboardScreenshots.take(sandbox.baseUrl(), folder);
        }
    }

    /**
     * The outcomes list, then the page of the demo's online-completion outcome: its trend with the
     * permit iterations marked.
     */
    private static void outcome(Browser browser, String language, Path list, Path file)
            throws Exception {
        browser.open("/plugins/servlet/experiment-log/outcomes?lang=" + language);
        String href =
                browser.waitForVisible(By.partialLinkText("Parking permit applied"))
                        .getAttribute("href");
        browser.screenshot(list);
        browser.driver().get(href + "?lang=" + language);
        browser.waitForVisible(By.id("exlog-outcome"));
        long height =
                (Long)
                        ((JavascriptExecutor) browser.driver())
                                .executeScript(
                                        "return Math.ceil(document.documentElement.scrollHeight)");
        browser.driver()
                .manage()
                .window()
                .setSize(new Dimension(1100, (int) Math.min(height + 40, 3000)));
        browser.screenshot(file);
    }

    /**
     * The administration page, after the sandbox's web sudo page asked for the administrator's
     * password again.
     */
    static void admin(Browser browser, String language, String theme, Path file) throws Exception {
        browser.logIn("admin", language);
        browser.open("/?theme=" + theme);
        browser.open("/plugins/servlet/experiment-log/admin?lang=" + language);
        browser.waitForVisible(By.id("webSudoPassword")).sendKeys("admin", Keys.ENTER);
        page(
                browser,
                "/plugins/servlet/experiment-log/admin?lang=" + language,
                "exlog-admin",
                file);
    }

    private static void panel(Browser browser, String path, Path file) throws Exception {
        page(browser, path, "exlog-panel", file);
    }

    static void page(Browser browser, String path, String id, Path file) throws Exception {
        browser.open(path);
        WebElement panel = browser.waitForVisible(By.id(id));
        long height =
                (Long)
                        ((JavascriptExecutor) browser.driver())
                                .executeScript(
                                        "return Math.ceil(document.documentElement.scrollHeight)");
        browser.driver()
                .manage()
                .window()
                .setSize(new Dimension(1100, (int) Math.min(height + 40, 3000)));
        panel.isDisplayed();
        browser.screenshot(file);
    }
}
