package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * The sandbox's own pages: login with a session, the banner in both languages, the issue page,
 * escaping.
 */
public class SandboxPagesTest {
    private HttpClient browser;
    private String base;

    @Before
    public void setUp() {
        browser =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        base = RunningSandbox.get().baseUrl();
    }

    private HttpResponse<String> get(String path, String language)
            throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String user, String password, String destination)
            throws IOException, InterruptedException {
        String form =
                "os_username="
                        + user
                        + "&os_password="
                        + password
                        + (destination == null
                                ? ""
                                : "&os_destination="
                                        + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        return browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login.jsp"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void anIssuePage_shouldAskToLogInFirst_thenShowTheIssue() throws Exception {
        String key = RunningSandbox.newIssue("PERMIT", "Experiment");

        HttpResponse<String> anonymous = get("/browse/" + key, "en");
        HttpResponse<String> loggedIn = login("pia", "pia", "/browse/" + key);
        HttpResponse<String> page = get("/browse/" + key, "en");

        assertEquals(302, anonymous.statusCode());
        assertTrue(
                anonymous
                        .headers()
                        .firstValue("Location")
                        .orElseThrow()
                        .contains("/login.jsp?os_destination="));
        assertEquals(302, loggedIn.statusCode());
        assertTrue(
                loggedIn.headers().firstValue("Location").orElseThrow().endsWith("/browse/" + key));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("This is not Jira."));
        assertTrue(page.body().contains("<dt>Type</dt><dd>Experiment</dd>"));
        assertTrue(page.body().contains("id=\"issue-panels\""));
    }

    @Test
    public void wrongPassword_shouldShowTheLoginPageAgainWithAnError() throws Exception {
        HttpResponse<String> reply = login("pia", "wrong", null);

        assertEquals(401, reply.statusCode());
        assertTrue(reply.body().contains("role=\"alert\""));
        assertEquals(302, get("/", "en").statusCode());
    }

    @Test
    public void pages_shouldSpeakDutch_whenTheBrowserAsksForIt() throws Exception {
        HttpResponse<String> page = get("/login.jsp", "nl-NL,nl;q=0.9,en;q=0.5");

        assertTrue(page.body().contains("lang=\"nl\""));
        assertTrue(page.body().contains("Dit is geen Jira."));
        assertTrue(page.body().contains("<label for=\"os_username\">Gebruikersnaam</label>"));
    }

    @Test
    public void anIssueTheUserMayNotBrowse_shouldBeNotFound() throws Exception {
        String key = RunningSandbox.newIssue("PERMIT", "Task");
        login("olaf", "olaf", null);

        HttpResponse<String> page = get("/browse/" + key, "en");

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("does not exist or you do not have permission to see it"));
    }

    @Test
    public void summaries_shouldBeEscaped() throws Exception {
        SandboxClient.Reply issue =
                RunningSandbox.as("admin")
                        .post(
                                "/rest/sandbox/1.0/issues",
                                Map.of(
                                        "project",
                                        "MOVE",
                                        "summary",
                                        "<script>alert(1)</script>",
                                        "type",
                                        "Task"));
        login("pia", "pia", null);

        HttpResponse<String> start = get("/", "en");
        HttpResponse<String> page = get("/browse/" + issue.json().get("key").asText(), "en");

        assertFalse(start.body().contains("<script>alert(1)</script>"));
        assertTrue(start.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(page.body().contains("<script>alert(1)</script>"));
    }

    @Test
    public void logout_shouldEndTheSession() throws Exception {
        login("pia", "pia", null);
        assertEquals(200, get("/", "en").statusCode());

        get("/logout", "en");

        assertEquals(302, get("/", "en").statusCode());
    }
}
