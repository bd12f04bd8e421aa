package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The sandbox host as an attacker tries it: redirects out of the site, cross-site requests riding
 * on the session cookie, the cookie itself, guessing passwords, framing and caching, error pages
 * that tell too much, and the start page showing projects to someone who may not browse them.
 */
public class SandboxSecurityTest {
    private static final String LOGIN = "/login.jsp";
    private static final String WEB_SUDO = "/secure/admin/WebSudoAuthenticate.jspa";
    private static final String API = "/rest/experiment-log/1.0";

    /** Destinations that must never leave the site nor fail: each gives the start page. */
    private static final List<String> UNSAFE_DESTINATIONS =
            List.of(
                    "/..//evil.example",
                    "//evil.example",
                    "/\\evil.example",
                    "https://evil.example/",
                    "/%2e%2e//evil.example",
                    "/%2F%2Fevil.example",
                    "/browse/X\r\nSet-Cookie: a=b",
                    "/bl\u00e4h",
                    "/a b",
                    "%",
                    "/%zz",
                    "/..",
                    "javascript:alert(1)",
                    "/\t/evil.example",
                    "");

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

    @After
    public void tearDown() {
        RunningSandbox.get().loginThrottle().clear();
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String language)
            throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Language", language));
    }

    private HttpResponse<String> form(String path, Map<String, String> fields, String language)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        fields.forEach(
                (name, value) ->
                        body.append(body.length() == 0 ? "" : "&")
                                .append(name)
                                .append('=')
                                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpResponse<String> login(String user, String password)
            throws IOException, InterruptedException {
        return form(LOGIN, Map.of("os_username", user, "os_password", password), "en");
    }

    /**
     * A bodiless request with only the session cookie, as a cross-site form or image would send it.
     */
    private HttpResponse<String> bodiless(
            String method, String path, String contentType, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .method(method, HttpRequest.BodyPublishers.noBody());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("X-Atlassian-Token", token);
        }
        return send(request);
    }

    /** Where a redirect goes, as an absolute address (Jetty may send a relative one). */
    private static String location(HttpResponse<String> reply) {
        return reply.headers()
                .firstValue("Location")
                .map(l -> reply.uri().resolve(l).toString())
                .orElse("(none)");
    }

    /**
     * A request line no well-behaved client would send (a broken %-escape), over a plain socket.
     */
    private String raw(String target) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream()
                    .write(
                            ("GET "
                                            + target
                                            + " HTTP/1.1\r\nHost: "
                                            + uri.getHost()
                                            + "\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void login_shouldSendToTheStartPage_whenTheDestinationLeavesTheSiteOrIsOdd()
            throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String destination : UNSAFE_DESTINATIONS) {
            HttpResponse<String> reply =
                    form(
                            LOGIN,
                            Map.of(
                                    "os_username",
                                    "dirk",
                                    "os_password",
                                    "dirk",
                                    "os_destination",
                                    destination),
                            "en");
            if (reply.statusCode() != 302 || !location(reply).equals(base + "/")) {
                wrong.add(destination + " -> " + reply.statusCode() + " " + location(reply));
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    public void login_shouldKeepTheDestination_whenItStaysInsideTheSite() throws Exception {
        HttpResponse<String> reply =
                form(
                        LOGIN,
                        Map.of(
                                "os_username",
                                "dirk",
                                "os_password",
                                "dirk",
                                "os_destination",
                                "/plugins/servlet/experiment-log/library?q=a%20b&lang=nl"),
                        "en");

        assertEquals(302, reply.statusCode());
        assertEquals(
                base + "/plugins/servlet/experiment-log/library?q=a%20b&lang=nl", location(reply));
    }

    @Test
    public void loginPage_shouldShowTheFormWithoutTheDestination_whenTheDestinationIsOdd()
            throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String destination : UNSAFE_DESTINATIONS) {
            HttpResponse<String> page =
                    get(
                            LOGIN
                                    + "?os_destination="
                                    + URLEncoder.encode(destination, StandardCharsets.UTF_8),
                            "en");
            if (page.statusCode() != 200 || page.body().contains("name=\"os_destination\"")) {
                wrong.add(destination + " -> " + page.statusCode());
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    public void webSudo_shouldSendToTheStartPage_whenTheDestinationLeavesTheSiteOrIsOdd()
            throws Exception {
        login("admin", "admin");
        List<String> wrong = new ArrayList<>();
        for (String destination : UNSAFE_DESTINATIONS) {
            HttpResponse<String> reply =
                    form(
                            WEB_SUDO,
                            Map.of("webSudoPassword", "admin", "webSudoDestination", destination),
                            "en");
            if (reply.statusCode() != 302 || !location(reply).equals(base + "/")) {
                wrong.add(destination + " -> " + reply.statusCode() + " " + location(reply));
            }
        }
        HttpResponse<String> local =
                form(
                        WEB_SUDO,
                        Map.of(
                                "webSudoPassword",
                                "admin",
                                "webSudoDestination",
                                "/plugins/servlet/experiment-log/admin"),
                        "en");

        assertEquals(List.of(), wrong);
        assertEquals(base + "/plugins/servlet/experiment-log/admin", location(local));
    }

    @Test
    public void bodilessPost_shouldBeRefusedAndChangeNothing_whenItHasOnlyTheSessionCookie()
            throws Exception {
        String key = RunningSandbox.newIssue("PERMIT", "Experiment");
        login("pia", "pia");

        HttpResponse<String> open = bodiless("POST", API + "/experiments/" + key, null, null);
        HttpResponse<String> asText =
                bodiless("POST", API + "/experiments/" + key, "text/plain", null);
        HttpResponse<String> defaults =
                bodiless("POST", API + "/admin/departments/defaults", null, null);
        HttpResponse<String> helped = bodiless("POST", API + "/failures/1/helpful", null, null);
        HttpResponse<String> delete = bodiless("DELETE", API + "/failures/1", null, null);

        for (HttpResponse<String> refused : List.of(open, asText, defaults, helped, delete)) {
            assertEquals(refused.uri() + " " + refused.body(), 403, refused.statusCode());
            assertTrue(refused.body().contains("XSRF check failed"));
        }
        assertEquals(404, RunningSandbox.as("pia").get(API + "/experiments/" + key).status());
    }

    @Test
    public void bodilessPost_shouldPass_whenItSaysJsonOrNoCheck() throws Exception {
        String first = RunningSandbox.newIssue("PERMIT", "Experiment");
        String second = RunningSandbox.newIssue("PERMIT", "Experiment");
        login("pia", "pia");

        HttpResponse<String> json =
                bodiless("POST", API + "/experiments/" + first, "application/json", null);
        HttpResponse<String> token =
                bodiless("POST", API + "/experiments/" + second, null, "no-check");

        assertEquals(json.body(), 201, json.statusCode());
        assertEquals(token.body(), 201, token.statusCode());
    }

    @Test
    public void sessionCookie_shouldBeHttpOnlyAndSameSiteLax_andSecureOnlyBehindHttps()
            throws Exception {
        HttpResponse<String> plain = login("dirk", "dirk");
        HttpResponse<String> behindTls =
                send(
                        HttpRequest.newBuilder(URI.create(base + LOGIN))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("X-Forwarded-Proto", "https")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "os_username=dirk&os_password=dirk")));

        String cookie =
                plain.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst()
                        .orElseThrow();
        String secureCookie =
                behindTls.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst()
                        .orElseThrow();
        assertTrue(cookie, cookie.contains("HttpOnly"));
        assertTrue(cookie, cookie.contains("SameSite=Lax"));
        assertFalse(cookie, cookie.contains("Secure"));
        assertTrue(secureCookie, secureCookie.contains("Secure"));
    }

    @Test
    public void login_shouldMakeTheUserWait_afterThreeWrongPasswords_evenForTheRightOne()
            throws Exception {
        List<Integer> wrong = new ArrayList<>();
        HttpResponse<String> third = null;
        for (int i = 0; i < 3; i++) {
            third = login("nina", "guess" + i);
            wrong.add(third.statusCode());
        }

        HttpResponse<String> right = login("nina", "nina");
        HttpResponse<String> dutch =
                form(LOGIN, Map.of("os_username", "nina", "os_password", "nina"), "nl");
        SandboxClient.Reply basic = RunningSandbox.as("nina").get(API + "/departments");

        assertEquals(List.of(401, 401, 401), wrong);
        assertTrue(
                third.body(),
                third.body().contains("Too many wrong passwords for this user. Wait "));
        assertEquals(429, right.statusCode());
        assertTrue(right.headers().firstValue("Retry-After").isPresent());
        assertTrue(
                right.body(),
                right.body().contains("Too many wrong passwords for this user. Wait "));
        assertTrue(
                dutch.body(),
                dutch.body().contains("Te veel verkeerde wachtwoorden voor deze gebruiker."));
        assertEquals(302, get("/", "en").statusCode());
        assertEquals(403, basic.status());
        assertEquals(200, RunningSandbox.as("pia").get(API + "/departments").status());
    }

    @Test
    public void basicAuth_shouldMakeTheUserWait_afterThreeWrongPasswords() throws Exception {
        HttpClient api = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (String password : List.of("a", "b", "c", "nina")) {
            statuses.add(
                    api.send(
                                    HttpRequest.newBuilder(URI.create(base + API + "/departments"))
                                            .header(
                                                    "Authorization",
                                                    "Basic "
                                                            + Base64.getEncoder()
                                                                    .encodeToString(
                                                                            ("nina:" + password)
                                                                                    .getBytes(
                                                                                            StandardCharsets
                                                                                                    .UTF_8)))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode());
        }

        assertEquals(List.of(401, 401, 401, 403), statuses);
        assertEquals(429, login("nina", "nina").statusCode());
    }

    @Test
    public void loginPage_shouldSayThatWrongPasswordsAreLimited_inEnglishAndDutch()
            throws Exception {
        assertTrue(get(LOGIN, "en").body().contains("After 3 wrong passwords in a row for a user"));
        assertTrue(
                get(LOGIN, "nl")
                        .body()
                        .contains("Na 3 verkeerde wachtwoorden op rij voor een gebruiker"));
    }

    @Test
    public void answers_shouldForbidSniffingAndFraming_andCachingOfPrivateData() throws Exception {
        login("admin", "admin");
        HttpResponse<String> page = get("/", "en");
        HttpResponse<String> rest = get(API + "/departments", "en");
        HttpResponse<String> export = get(API + "/admin/export", "en");
        HttpResponse<String> loginPage = get(LOGIN, "en");

        for (HttpResponse<String> reply : List.of(page, rest, export, loginPage)) {
            assertEquals(reply.uri() + " " + reply.statusCode(), 200, reply.statusCode());
            assertEquals(
                    "nosniff", reply.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("SAMEORIGIN", reply.headers().firstValue("X-Frame-Options").orElse(""));
            assertTrue(
                    reply.headers()
                            .firstValue("Content-Security-Policy")
                            .orElse("")
                            .contains("frame-ancestors 'self'"));
            assertTrue(
                    reply.uri().toString(),
                    reply.headers().allValues("Cache-Control").contains("no-store"));
        }
    }

    @Test
    public void errorPages_shouldNameNeitherTheServerNorAnException() throws Exception {
        login("pia", "pia");
        List<HttpResponse<String>> errors =
                List.of(
                        get("/no/such/page", "en"),
                        get(API + "/no-such-resource", "en"),
                        send(
                                HttpRequest.newBuilder(
                                        URI.create(base + API + "/experiments/x%00y"))));
        List<String> malformed =
                List.of(
                        raw("/jira/browse/%ZZ"),
                        raw("/jira/%"),
                        raw("/jira/login.jsp?os_destination=%"));

        for (HttpResponse<String> error : errors) {
            String text = error.body() + error.headers().map();
            assertTrue(error.uri() + " " + error.statusCode(), error.statusCode() >= 400);
            assertFalse(text, text.contains("Jetty"));
            assertFalse(text, text.contains("Exception"));
            assertFalse(text, text.contains("java."));
            assertFalse(text, error.headers().firstValue("Server").isPresent());
        }
        for (String answer : malformed) {
            assertTrue(
                    answer, answer.startsWith("HTTP/1.1 4") || answer.startsWith("HTTP/1.1 200"));
            assertFalse(answer, answer.contains("Jetty"));
            assertFalse(answer, answer.contains("Exception"));
            assertFalse(answer, answer.contains("java."));
        }
    }

    @Test
    public void startPage_shouldListOnlyTheProjectsTheUserMayBrowse() throws Exception {
        login("olaf", "olaf");

        String page = get("/", "en").body();

        assertFalse(page, page.contains("PERMIT"));
        assertFalse(page, page.contains("value=PERMIT"));
        assertTrue(page, page.contains("(MOVE)"));
    }
}
