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
import org.junit.Before;
import org.junit.Test;

/**
 * Who reaches the administration page, over HTTP with a session: login first, administrators only,
 * web sudo.
 */
public class AdminPageTest {
    private static final String PAGE = "/plugins/servlet/experiment-log/admin";
    private static final String WEB_SUDO = "/secure/admin/WebSudoAuthenticate.jspa";

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

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form)
            throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void logIn(String user) throws IOException, InterruptedException {
        assertEquals(
                302,
                post("/login.jsp", "os_username=" + user + "&os_password=" + user).statusCode());
    }

    @Test
    public void anonymousVisitor_shouldBeSentToTheLoginPage() throws Exception {
        HttpResponse<String> reply = get(PAGE);

        assertEquals(302, reply.statusCode());
        assertTrue(
                reply.headers()
                        .firstValue("Location")
                        .orElseThrow()
                        .contains(
                                "/login.jsp?os_destination="
                                        + URLEncoder.encode(PAGE, StandardCharsets.UTF_8)));
    }

    @Test
    public void someoneWhoIsNoAdministrator_shouldGetNotPermitted_withoutWebSudo()
            throws Exception {
        logIn("pia");

        HttpResponse<String> reply = get(PAGE);

        assertEquals(403, reply.statusCode());
        assertTrue(reply.body().contains("Not permitted"));
        assertFalse(reply.body().contains("exlog-admin-settings"));
    }

    @Test
    public void administrator_shouldConfirmThePasswordOnce_thenSeeThePage() throws Exception {
        logIn("admin");

        HttpResponse<String> first = get(PAGE + "?lang=nl");
        HttpResponse<String> wrong =
                post(
                        WEB_SUDO,
                        "webSudoPassword=nope&webSudoDestination="
                                + URLEncoder.encode(PAGE, StandardCharsets.UTF_8));
        HttpResponse<String> right =
                post(
                        WEB_SUDO,
                        "webSudoPassword=admin&webSudoDestination="
                                + URLEncoder.encode(PAGE, StandardCharsets.UTF_8));
        HttpResponse<String> page = get(PAGE);
        HttpResponse<String> again = get(PAGE);

        assertEquals(302, first.statusCode());
        assertTrue(
                first.headers()
                        .firstValue("Location")
                        .orElseThrow()
                        .contains(
                                WEB_SUDO
                                        + "?webSudoDestination="
                                        + URLEncoder.encode(
                                                PAGE + "?lang=nl", StandardCharsets.UTF_8)));
        assertEquals(401, wrong.statusCode());
        assertEquals(302, right.statusCode());
        assertTrue(right.headers().firstValue("Location").orElseThrow().endsWith(PAGE));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"exlog-admin-settings-prompts\""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(200, again.statusCode());
    }

    @Test
    public void webSudoPage_shouldNotSendAnywhereButThisSite() throws Exception {
        logIn("admin");

        HttpResponse<String> reply =
                post(
                        WEB_SUDO,
                        "webSudoPassword=admin&webSudoDestination="
                                + URLEncoder.encode("//evil.example/", StandardCharsets.UTF_8));

        assertEquals(302, reply.statusCode());
        assertTrue(reply.headers().firstValue("Location").orElseThrow().endsWith("/jira/"));
    }
}
