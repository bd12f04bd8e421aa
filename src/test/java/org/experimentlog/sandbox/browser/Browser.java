package org.experimentlog.sandbox.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium (Debian's {@code chromium} and {@code chromedriver}) driving the
 * sandbox: log in, move by keyboard, run axe-core. Nothing is downloaded: Selenium Manager is off
 * and the Debian binaries are used.
 */
public final class Browser implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException(
                    "The browser tests need Debian's chromium and chromium-driver packages "
                            + "(apt-get install chromium chromium-driver); .ci/run installs them.");
        }
        try {
            profile = Files.createTempDirectory("exlog-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER))
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Logs in through the login page, by keyboard. */
    public void logIn(String user, String language) {
        open("/login.jsp?lang=" + language);
        WebElement name = driver.findElement(By.id("os_username"));
        name.sendKeys(user);
        name.sendKeys(Keys.TAB);
        active().sendKeys(user, Keys.ENTER);
        waitFor(
                d ->
                        d.getCurrentUrl().endsWith("/jira/")
                                || d.getCurrentUrl().contains("/browse/"));
    }

    public WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches the selector; fails when it never does. */
    public WebElement tabTo(String cssSelector) {
        for (int i = 0; i < 200; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            try {
                WebElement focused = active();
                if ((Boolean)
                        ((JavascriptExecutor) driver)
                                .executeScript(
                                        "return arguments[0].matches(arguments[1])",
                                        focused,
                                        cssSelector)) {
                    return focused;
                }
            } catch (StaleElementReferenceException gone) {
                // focus was on something that went away meanwhile (a success flag closing itself):
                // keep tabbing
            }
        }
        throw new AssertionError("The keyboard never reached " + cssSelector);
    }

    /**
     * Opens a drop-down menu of the header by keyboard (Tab to its trigger, Enter) and moves with
     * the arrow keys to the item; returns the focused item, ready for Enter. Fails when the menu or
     * the item never shows.
     */
    public WebElement menuItem(String triggerId, String itemId) {
        tabTo("#" + triggerId).sendKeys(Keys.ENTER);
        waitFor(
                d ->
                        (Boolean)
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "var item = document.getElementById(arguments[0]); return !!item && item.getClientRects().length > 0;",
                                                itemId));
        for (int i = 0; i < 30; i++) {
            WebElement focused = active();
            if ((Boolean)
                    ((JavascriptExecutor) driver)
                            .executeScript(
                                    "return !!arguments[0].closest('#' + arguments[1])",
                                    focused,
                                    itemId)) {
                return focused;
            }
            press(Keys.ARROW_DOWN);
        }
        throw new AssertionError(
                "The keyboard never reached the menu item " + itemId + " of " + triggerId);
    }

    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Waits until the condition holds. An element that went stale because the page reloaded in the
     * meantime (after a form saved, say) is looked up again on the next try instead of failing the
     * wait.
     */
    public void waitFor(Function<WebDriver, Boolean> condition) {
        patiently().until(condition::apply);
    }

    public WebElement waitForVisible(By by) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * The accessibility violations axe-core finds on the page (WCAG 2.1 A and AA rules), as
     * readable lines.
     */
    public List<String> accessibilityViolations() {
        // The pages have no frames: axe runs in the page itself, without the about:blank window its
        // frame support opens
        // (which fails now and then on a loaded machine: "switchToWindow failed").
        Results results =
                new AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .disableIframeTesting()
                        .analyze(driver);
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId()
                + " ("
                + rule.getImpact()
                + "): "
                + rule.getHelp()
                + " at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    /** Saves a screenshot of the whole window. */
    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
