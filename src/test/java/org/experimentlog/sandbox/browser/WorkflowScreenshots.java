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

/**
 * The admin guide's workflow screenshots, in English and Dutch, light and dark (files ending in
 * {@code -dark}): the sandbox's workflow page with the gate's view and edit templates, and an issue
 * whose "Done" the validator refused. Part of {@code mvn -Pscreenshots}; on its own: {@code mvn -o
 * test-compile exec:java -Dexec.mainClass=org.experimentlog.sandbox.browser.WorkflowScreenshots
 * -Dexec.classpathScope=test}.
 */
public final class WorkflowScreenshots {
    private WorkflowScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        try (Sandbox sandbox =
                Sandbox.start(
                        new Sandbox.Settings(
                                "127.0.0.1",
                                0,
                                "jdbc:h2:mem:workflow-screenshots;DB_CLOSE_DELAY=-1",
                                "sa",
                                "",
                                true))) {
            take(sandbox.baseUrl(), folder);
        }
    }

    /** Takes the screenshots from a running sandbox. */
    static void take(String baseUrl, Path folder) throws Exception {
        for (String theme : List.of("light", "dark"))
            for (String language : List.of("en", "nl")) {
                String t = theme.equals("light") ? "" : "-dark";
                String key = newExperiment(baseUrl, "PERMIT");
                try (Browser browser = new Browser(baseUrl)) {
                    browser.logIn("pia", language);
                    browser.open("/?theme=" + theme);
                    browser.open("/browse/" + key + "?lang=" + language);
                    browser.driver().findElement(By.id("action_id_41")).click();
                    browser.waitForVisible(By.id("transition-error"));
                    browser.screenshot(folder.resolve("workflow-refused-" + language + t + ".png"));
                }
                try (Browser browser = new Browser(baseUrl)) {
                    browser.logIn("admin", language);
                    browser.open("/?theme=" + theme);
                    browser.open(
                            "/secure/admin/workflows/ViewWorkflowTransition.jspa?lang=" + language);
                    browser.waitForVisible(By.id("configure-experiment-closed-validator"));
                    browser.screenshot(folder.resolve("workflow-editor-" + language + t + ".png"));
                }
            }
    }

    private static String newExperiment(String baseUrl, String project) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth =
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created =
                http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/rest/sandbox/1.0/issues"))
                                .header("Authorization", auth)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"project\":\""
                                                        + project
                                                        + "\",\"summary\":\"Shorter permit form\","
                                                        + "\"type\":\"Experiment\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String key = created.body().replaceAll("(?s).*\"key\":\"([^\"]+)\".*", "$1");
        http.send(
                HttpRequest.newBuilder(
                                URI.create(baseUrl + "/rest/experiment-log/1.0/experiments/" + key))
                        .header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return key;
    }
}
