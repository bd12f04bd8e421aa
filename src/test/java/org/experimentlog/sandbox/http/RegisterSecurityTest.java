package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Nothing unpublished is reachable through the public register: every register page, the feed and
 * the open data are walked as an anonymous visitor and as olaf (a user who may not browse PERMIT),
 * with publishing on and off, and what they answer is compared with what was published. Anonymous
 * readers get no session, and the answers carry caching headers fit for public pages.
 */
public class RegisterSecurityTest {
    private static final String API = "/rest/experiment-log/1.0";
    private static final String PAGES = "/plugins/servlet/experiment-log/register";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PUBLISHED_TITLE = "Published: plain-language parking letter";
    private static final String SECRET_TITLE = "Secret: unpublished towing experiment";
    private static final String SECRET_LEARNING = "Secret learning nobody outside may read";

    private static String published;
    private static String secret;
    private static long publishedNumber;
    private static long secretNumber;

    @BeforeClass
    public static void publishOneAndKeepOneInternal() {
        SandboxClient admin = RunningSandbox.as("admin");
        published =
                concluded(
                        admin,
                        PUBLISHED_TITLE,
                        "People read the letter when the date comes first.");
        secret = concluded(admin, SECRET_TITLE, SECRET_LEARNING);
        publishing(admin, true);
        check(admin.post(API + "/publications/" + published, Map.of("stories", List.of())), 201);
        publishedNumber = admin.get(API + "/experiments/" + published).json().get("id").asLong();
        secretNumber = admin.get(API + "/experiments/" + secret).json().get("id").asLong();
    }

    @AfterClass
    public static void switchPublishingOff() {
        publishing(RunningSandbox.as("admin"), false);
    }

    private static String concluded(SandboxClient client, String title, String learning) {
        String key =
                client.post(
                                "/rest/sandbox/1.0/issues",
                                Map.of("project", "PERMIT", "summary", title, "type", "Experiment"))
                        .json()
                        .get("key")
                        .asText();
        check(client.post(API + "/experiments/" + key, null), 201);
        check(
                client.put(
                        API + "/experiments/" + key + "/hypothesis",
                        Map.of(
                                "version",
                                version(client, key),
                                "change",
                                "a letter with the date first",
                                "audience",
                                "permit holders",
                                "expectedResult",
                                "fewer calls",
                                "reason",
                                "people miss the date",
                                "signal",
                                "calls drop by 20%")),
                200);
        check(
                client.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of("version", version(client, key), "stage", "running")),
                200);
        check(
                client.post(
                        API + "/experiments/" + key + "/learnings", Map.of("statement", learning)),
                201);
        check(
                client.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of("version", version(client, key), "stage", "analysing")),
                200);
        check(
                client.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of(
                                "version",
                                version(client, key),
                                "stage",
                                "concluded",
                                "verdict",
                                "invalidated")),
                200);
        return key;
    }

    private static void publishing(SandboxClient admin, boolean on) {
        JsonNode settings = admin.get(API + "/register/settings").json();
        Map<String, Object> body = new HashMap<>();
        body.put("enabled", on);
        body.put("licence", "cc-by-4-0");
        body.put("version", settings.get("version").asLong());
        check(admin.put(API + "/register/settings", body), 200);
    }

    private static long version(SandboxClient client, String key) {
        return client.get(API + "/experiments/" + key).json().get("version").asLong();
    }

    private static void check(SandboxClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + ": " + reply);
        }
    }

    /**
     * Every address of the register, public pages and open data, with the published and an
     * unpublished number.
     */
    private static List<String> everyAddress() {
        return List.of(
                PAGES,
                PAGES + "/",
                PAGES + "?q=secret",
                PAGES + "/" + publishedNumber,
                PAGES + "/" + publishedNumber + "?version=1",
                PAGES + "/" + secretNumber,
                PAGES + "/feed",
                PAGES + "/feed?lang=nl",
                PAGES + "?lang=nl",
                PAGES + "/999999",
                PAGES + "/abc",
                API + "/register/experiments",
                API + "/register/experiments?format=csv",
                API + "/register/experiments?q=secret",
                API + "/register/experiments/" + publishedNumber,
                API + "/register/experiments/" + publishedNumber + "?version=1",
                API + "/register/experiments/" + secretNumber,
                API + "/register/experiments/999999");
    }

    private record Answer(int status, String body, HttpResponse<String> response) {}

    private static Answer get(String path, String user) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(RunningSandbox.get().baseUrl() + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept-Language", "en")
                            .GET();
            if (user != null) {
                request.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + user)
                                                        .getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new AssertionError("GET " + path + " failed", e);
        }
    }

    @Test
    public void
            everyAddress_shouldShowOnlyWhatWasPublished_toAnonymousVisitorsAndToOlaf_whenPublishingIsOn() {
        List<String> leaks = new ArrayList<>();
        for (String user : new String[] {null, "olaf"}) {
            for (String path : everyAddress()) {
                Answer answer = get(path, user);

                if (answer.body().contains(SECRET_TITLE)
                        || answer.body().contains(SECRET_LEARNING)
                        || answer.body().contains(secret)
                        || answer.body().contains(published)) {
                    leaks.add(
                            (user == null ? "anonymous" : user)
                                    + " "
                                    + path
                                    + " "
                                    + answer.status());
                }
                boolean unpublished =
                        path.contains("/" + secretNumber)
                                || path.contains("999999")
                                || path.endsWith("/abc");
                if (unpublished && answer.status() != 404) {
                    leaks.add(
                            (user == null ? "anonymous" : user)
                                    + " "
                                    + path
                                    + " answered "
                                    + answer.status());
                }
                if (!unpublished && answer.status() != 200) {
                    leaks.add(
                            (user == null ? "anonymous" : user)
                                    + " "
                                    + path
                                    + " answered "
                                    + answer.status());
                }
            }
        }

        assertEquals(List.of(), leaks);
    }

    @Test
    public void everyAddress_shouldAnswer404_toEveryone_whenPublishingIsOff() {
        SandboxClient admin = RunningSandbox.as("admin");
        publishing(admin, false);
        try {
            List<String> open = new ArrayList<>();
            for (String user : new String[] {null, "olaf", "admin"}) {
                for (String path : everyAddress()) {
                    Answer answer = get(path, user);
                    if (answer.status() != 404 || answer.body().contains(PUBLISHED_TITLE)) {
                        open.add(
                                (user == null ? "anonymous" : user)
                                        + " "
                                        + path
                                        + " answered "
                                        + answer.status());
                    }
                }
            }

            assertEquals(List.of(), open);
        } finally {
            publishing(admin, true);
        }
    }

    @Test
    public void thePublishedRecord_shouldBeReadableAnonymously_withItsLicence_andNoSession() {
        Answer page = get(PAGES + "/" + publishedNumber, null);
        Answer data = get(API + "/register/experiments/" + publishedNumber, null);

        assertTrue(page.body().contains(PUBLISHED_TITLE));
        assertTrue(page.body().contains("People read the letter when the date comes first."));
        assertTrue(page.body().contains("creativecommons.org/licenses/by/4.0"));
        assertEquals(
                "CC-BY-4.0",
                RunningSandbox.as("admin")
                        .get(API + "/register/experiments/" + publishedNumber)
                        .json()
                        .get("licence")
                        .get("id")
                        .asText());
        for (Answer answer :
                List.of(
                        page,
                        data,
                        get(PAGES, null),
                        get(PAGES + "/feed", null),
                        get(API + "/register/experiments", null))) {
            assertFalse(
                    "a session cookie: " + answer.response().headers().map(),
                    answer.response().headers().firstValue("Set-Cookie").isPresent());
            assertTrue(
                    answer.response()
                            .headers()
                            .firstValue("Cache-Control")
                            .orElse("")
                            .contains("max-age=300"));
        }
    }

    @Test
    public void publishing_shouldBeRefused_toAnonymousVisitorsAndToUsersWhoMayNotSeeTheIssue() {
        SandboxClient.Reply anonymous =
                RunningSandbox.anonymous()
                        .post(API + "/publications/" + secret, Map.of("stories", List.of()));
        SandboxClient.Reply olaf =
                RunningSandbox.as("olaf")
                        .post(API + "/publications/" + secret, Map.of("stories", List.of()));
        SandboxClient.Reply vera =
                RunningSandbox.as("vera")
                        .post(API + "/publications/" + secret, Map.of("stories", List.of()));
        SandboxClient.Reply withdraw =
                RunningSandbox.as("olaf")
                        .post(
                                API + "/publications/" + published + "/withdrawal",
                                Map.of("reason", "Because I can"));
        SandboxClient.Reply settings = RunningSandbox.as("pia").get(API + "/register/settings");

        assertEquals(401, anonymous.status());
        assertEquals(404, olaf.status());
        assertEquals(403, vera.status());
        assertEquals(404, withdraw.status());
        assertEquals(403, settings.status());
        assertEquals(404, get(PAGES + "/" + secretNumber, null).status());
        assertEquals(200, get(PAGES + "/" + publishedNumber, null).status());
    }

    @Test
    public void thePublishPage_andItsPreview_shouldAskForALogin_andHideIssuesTheUserCannotSee() {
        String publish = "/plugins/servlet/experiment-log/publish/";
        for (String path : List.of(publish + secret, publish + secret + "/preview")) {
            Answer anonymous = get(path, null);
            assertEquals(path, 302, anonymous.status());
            assertTrue(
                    anonymous
                            .response()
                            .headers()
                            .firstValue("Location")
                            .orElse("")
                            .contains("login"));
            assertEquals(path, 404, get(path, "olaf").status());
        }

        Answer page = get(publish + secret, "admin");
        Answer preview = get(publish + secret + "/preview", "admin");

        assertTrue("the page is in Jira's frame", page.body().contains("aui-button-primary"));
        assertTrue(page.body().contains(publish + secret + "/preview?lang="));
        assertFalse("the frame shows only what the public sees", preview.body().contains("<form"));
        assertTrue(preview.body().contains(SECRET_TITLE));
        assertEquals(
                "no-store", preview.response().headers().firstValue("Cache-Control").orElse(""));
    }
}
