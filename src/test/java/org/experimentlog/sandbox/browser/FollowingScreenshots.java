package org.experimentlog.sandbox.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.experimentlog.sandbox.Sandbox;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * The following page and a digest for the documentation, from a sandbox with demo data: pia's
 * following page in English and Dutch, light and dark, then the digests sent now, as the sandbox's
 * mail page shows pia's (English) and dirk's (Dutch). Part of {@code mvn -Pscreenshots}; runs alone
 * with its own {@code main}.
 */
public final class FollowingScreenshots {
    private FollowingScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        try (Sandbox sandbox =
                Sandbox.start(
                        new Sandbox.Settings(
                                "127.0.0.1",
                                0,
                                "jdbc:h2:mem:following-screenshots;DB_CLOSE_DELAY=-1",
                                "sa",
                                "",
                                true))) {
            take(sandbox, folder);
        }
    }

    static void take(Sandbox sandbox, Path folder) throws Exception {
        for (String theme : List.of("light", "dark"))
            for (String language : List.of("en", "nl")) {
                String t = theme.equals("light") ? "" : "-dark";
                try (Browser browser = new Browser(sandbox.baseUrl())) {
                    browser.logIn("pia", language);
                    browser.open("/?theme=" + theme);
                    browser.open("/plugins/servlet/experiment-log/following?lang=" + language);
                    browser.waitForVisible(By.id("exlog-following"));
                    browser.screenshot(folder.resolve("following-" + language + t + ".png"));
                }
            }
        HttpResponse<String> run =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        sandbox.baseUrl()
                                                                + "/rest/experiment-log/1.0/admin/digests/run"))
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + Base64.getEncoder()
                                                                .encodeToString(
                                                                        "admin:admin"
                                                                                .getBytes(
                                                                                        StandardCharsets
                                                                                                .UTF_8)))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        if (run.statusCode() != 200) {
            throw new IllegalStateException("The digests did not run: " + run.body());
        }
        sandbox.mail().flush();
        try (Browser browser = new Browser(sandbox.baseUrl())) {
            browser.logIn("admin", "en");
            for (String[] reader : new String[][] {{"pia", "en"}, {"dirk", "nl"}}) {
                browser.open("/plugins/servlet/sandbox/mail?to=" + reader[0]);
                browser.waitForVisible(By.cssSelector(".sandbox-mail-html"));
                browser.driver().manage().window().setSize(new Dimension(1100, 900));
                browser.screenshot(folder.resolve("digest-" + reader[1] + ".png"));
            }
            browser.press(Keys.HOME);
        }
    }
}
