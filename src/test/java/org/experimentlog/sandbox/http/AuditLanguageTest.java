package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.sandbox.Sandbox;
import org.junit.Before;
import org.junit.Test;

/**
 * Audit summaries speak the reader's language, over HTTP: a change recorded now reads in Dutch for
 * a Dutch reader, in the REST history and on the administration page's audit log, while an entry
 * recorded before summaries had keys shows its stored English sentence, marked as English.
 */
public class AuditLanguageTest {
    private static final String PAGE = "/plugins/servlet/experiment-log/admin";
    private static final String WEB_SUDO = "/secure/admin/WebSudoAuthenticate.jspa";

    private String key;
    private String oldSummary;

    @Before
    public void setUp() {
        key = RunningSandbox.newExperiment("PERMIT");
        long id =
                RunningSandbox.as("admin")
                        .get("/rest/experiment-log/1.0/experiments/" + key)
                        .json()
                        .get("id")
                        .asLong();
        oldSummary = "Edited the hypothesis of " + key + " (recorded before summaries had keys).";
        Sandbox sandbox = RunningSandbox.get();
        AuditLog audit = sandbox.component(AuditLog.class);
        Clock clock = sandbox.component(Clock.class);
        sandbox.component(Transactions.class)
                .inTransaction(
                        () -> {
                            audit.record(
                                    new AuditEntry(
                                            new UserRef("admin"),
                                            clock.now(),
                                            AuditedType.EXPERIMENT,
                                            id,
                                            AuditAction.UPDATED,
                                            oldSummary));
                            return null;
                        });
    }

    @Test
    public void history_shouldSpeakDutchForANewEntry_andKeepTheStoredEnglishForAnOldOne() {
        SandboxClient.Reply reply =
                RunningSandbox.as("admin")
                        .get("/rest/experiment-log/1.0/experiments/" + key + "/history?lang=nl");

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode values = reply.json().get("values");
        assertEquals(reply.toString(), 2, values.size());
        assertEquals(oldSummary, values.get(0).get("summary").asText());
        assertTrue(values.get(0).path("summaryKey").isMissingNode());
        assertEquals("Experiment op " + key + " geopend.", values.get(1).get("summary").asText());
        assertEquals(
                "experimentlog.audit.experiment-opened", values.get(1).get("summaryKey").asText());
    }

    @Test
    public void history_shouldSpeakEnglish_whenTheReaderIsEnglish() {
        JsonNode values =
                RunningSandbox.as("admin")
                        .get("/rest/experiment-log/1.0/experiments/" + key + "/history?lang=en")
                        .json()
                        .get("values");

        assertEquals(
                "Opened the experiment on " + key + ".", values.get(1).get("summary").asText());
    }

    @Test
    public void auditLog_shouldShowADutchSummary_andTheOldEnglishOneMarkedAsEnglish()
            throws Exception {
        HttpClient browser =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        String base = RunningSandbox.get().baseUrl();
        assertEquals(
                302, post(browser, base + "/login.jsp", "os_username=admin&os_password=admin"));
        assertEquals(
                302,
                post(
                        browser,
                        base + WEB_SUDO,
                        "webSudoPassword=admin&webSudoDestination="
                                + URLEncoder.encode(PAGE, StandardCharsets.UTF_8)));

        HttpResponse<String> page =
                browser.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                base
                                                        + PAGE
                                                        + "?lang=nl&auditType=experiment&auditActor=admin"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, page.statusCode());
        assertTrue(
                page.body(), page.body().contains("<td>Experiment op " + key + " geopend.</td>"));
        assertTrue(page.body(), page.body().contains("<td lang=\"en\">" + oldSummary + "</td>"));
    }

    private static int post(HttpClient browser, String url, String form)
            throws IOException, InterruptedException {
        return browser.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
