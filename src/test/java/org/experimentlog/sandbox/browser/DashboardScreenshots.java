package org.experimentlog.sandbox.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.experimentlog.sandbox.Sandbox;
import org.openqa.selenium.By;

/**
 * The user guide's screenshots of the dashboard items and the project's Experiments page, in
 * English and Dutch (and the dashboard in the dark theme), from the demo data: pia's "What we
 * learned" for Policy over the last 365 days and "Experiments by stage" for PERMIT. Part of {@code
 * mvn -Pscreenshots}; on its own: {@code mvn -o test-compile exec:java
 * -Dexec.mainClass=org.experimentlog.sandbox.browser.DashboardScreenshots
 * -Dexec.classpathScope=test}.
 */
public final class DashboardScreenshots {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DashboardScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        try (Sandbox sandbox =
                Sandbox.start(
                        new Sandbox.Settings(
                                "127.0.0.1",
                                0,
                                "jdbc:h2:mem:dashboard-screenshots;DB_CLOSE_DELAY=-1",
                                "sa",
                                "",
                                true))) {
            take(sandbox.baseUrl(), folder);
        }
    }

    /** Takes the screenshots from a running sandbox with the demo data. */
    static void take(String baseUrl, Path folder) throws Exception {
        String policy = departmentId(baseUrl, "Policy");
        configure(
                baseUrl,
                "dashboard-item-learned",
                "{\"scope\":\"department:" + policy + "\",\"days\":\"365\"}");
        configure(baseUrl, "dashboard-item-stages", "{\"scope\":\"project:PERMIT\"}");
        for (String language : List.of("en", "nl")) {
            for (String theme :
                    language.equals("en") ? List.of("light", "dark") : List.of("light")) {
                try (Browser browser = new Browser(baseUrl)) {
                    browser.logIn("pia", language);
                    browser.open("/secure/Dashboard.jspa?lang=" + language + "&theme=" + theme);
                    browser.waitFor(
                            d ->
                                    d.findElements(By.cssSelector(".exlog-dashboard-heading"))
                                                    .size()
                                            == 2);
                    browser.screenshot(
                            folder.resolve(
                                    "dashboard-"
                                            + language
                                            + (theme.equals("dark") ? "-dark" : "")
                                            + ".png"));
                    if (theme.equals("light")) {
                        browser.open(
                                "/projects/PERMIT?selectedItem=org.experimentlog.experiment-log:project-experiments&lang="
                                        + language);
                        browser.waitForVisible(By.id("exlog-project-page"));
                        browser.screenshot(
                                folder.resolve("project-experiments-" + language + ".png"));
                    }
                }
            }
        }
    }

    private static String auth() {
        return "Basic "
                + Base64.getEncoder().encodeToString("pia:pia".getBytes(StandardCharsets.UTF_8));
    }

    private static String departmentId(String baseUrl, String name) throws Exception {
        String body =
                HTTP.send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        baseUrl
                                                                + "/rest/experiment-log/1.0/departments"))
                                        .header("Authorization", auth())
                                        .header("Accept", "application/json")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        Matcher matcher =
                Pattern.compile("\"id\":(\\d+),\"name\":\"" + Pattern.quote(name) + "\"")
                        .matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No department " + name + " in " + body);
        }
        return matcher.group(1);
    }

    private static void configure(String baseUrl, String item, String preferences)
            throws Exception {
        HttpResponse<String> stored =
                HTTP.send(
                        HttpRequest.newBuilder(
                                        URI.create(baseUrl + "/rest/dashboards/1.0/items/" + item))
                                .header("Authorization", auth())
                                .header("Content-Type", "application/json")
                                .header("X-Atlassian-Token", "no-check")
                                .PUT(HttpRequest.BodyPublishers.ofString(preferences))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (stored.statusCode() != 204) {
            throw new IllegalStateException("Could not configure " + item + ": " + stored.body());
        }
    }
}
