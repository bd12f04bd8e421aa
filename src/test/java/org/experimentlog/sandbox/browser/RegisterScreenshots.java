package org.experimentlog.sandbox.browser;

import java.nio.file.Path;
import java.util.List;
import org.experimentlog.sandbox.Sandbox;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Takes the public register's screenshots for the documentation from a fresh sandbox with demo
 * data, in English and Dutch: the register, a published experiment with its registered plan and
 * deviation, and the publish page's preview (the register's own calm layout, which has one light
 * look by design); and, inside Jira's frame in light and dark, the registered plan on the issue
 * view and the register's settings. {@link Screenshots} takes them with the others; this takes only
 * these.
 */
public final class RegisterScreenshots {
    private RegisterScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        try (Sandbox sandbox =
                Sandbox.start(
                        new Sandbox.Settings(
                                "127.0.0.1",
                                0,
                                "jdbc:h2:mem:register-screenshots;DB_CLOSE_DELAY=-1",
                                "sa",
                                "",
                                true))) {
            take(sandbox, folder);
        }
    }

    static void take(Sandbox sandbox, Path folder) throws Exception {
        for (String language : List.of("en", "nl")) {
            try (Browser browser = new Browser(sandbox.baseUrl())) {
                browser.open("/plugins/servlet/experiment-log/register?lang=" + language);
                browser.waitForVisible(By.id("reg-main"));
                browser.screenshot(folder.resolve("register-list-" + language + ".png"));
                browser.open("/plugins/servlet/experiment-log/register/1?lang=" + language);
                browser.waitForVisible(By.id("reg-title"));
                browser.screenshot(folder.resolve("register-entry-" + language + ".png"));
            }
            try (Browser browser = new Browser(sandbox.baseUrl())) {
                browser.logIn("paula", language);
                browser.open("/plugins/servlet/experiment-log/publish/MOVE-2?lang=" + language);
                browser.waitForVisible(By.id("exlog-publish-title"));
                browser.screenshot(folder.resolve("register-publish-" + language + ".png"));
            }
            // inside Jira's frame, in both themes: the registered plan with its deviation on the
            // issue view, and the register's settings
            for (String theme : List.of("light", "dark")) {
                String t = theme.equals("light") ? "" : "-dark";
                try (Browser browser = new Browser(sandbox.baseUrl())) {
                    browser.logIn("pia", language);
                    browser.open("/?theme=" + theme);
                    browser.open("/browse/PERMIT-1?lang=" + language);
                    WebElement show =
                            browser.waitForVisible(By.cssSelector(".exlog-register-panel summary"));
                    show.click();
                    ((JavascriptExecutor) browser.driver())
                            .executeScript(
                                    "arguments[0].scrollIntoView({block: 'start'})",
                                    browser.driver()
                                            .findElement(By.cssSelector(".exlog-register-panel")));
                    browser.screenshot(folder.resolve("register-panel-" + language + t + ".png"));
                }
                try (Browser browser = new Browser(sandbox.baseUrl())) {
                    browser.logIn("admin", language);
                    browser.open("/?theme=" + theme);
                    browser.open("/plugins/servlet/experiment-log/admin/register?lang=" + language);
                    browser.waitForVisible(By.id("webSudoPassword")).sendKeys("admin", Keys.ENTER);
                    Screenshots.page(
                            browser,
                            "/plugins/servlet/experiment-log/admin/register?lang=" + language,
                            "exlog-register-admin",
                            folder.resolve("register-admin-" + language + t + ".png"));
                }
            }
        }
    }
}
