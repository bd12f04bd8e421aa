package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The computed retrospective over real HTTP against the running sandbox: the three formats, by
 * Accept header and by download link, a bad parameter, and who may see a project's report. The
 * sandbox has no demo data; the class starts one experiment in PERMIT today, so the current quarter
 * has at least one, with an iteration.
 */
public class RetrospectiveReportApiTest {
    private static final String REPORT = "/rest/experiment-log/1.0/retrospectives/report";
    private static final String PERMIT = REPORT + "?scope=project&value=PERMIT";

    private static final String EXPERIMENTS = "/rest/experiment-log/1.0/experiments/";
    private static String key;

    @BeforeClass
    public static void anExperimentRunningToday() {
        key = RunningSandbox.newIssue("PERMIT", "Experiment");
        SandboxClient pia = RunningSandbox.as("pia");
        assertEquals(201, pia.post(EXPERIMENTS + key, null).status());
        pia.put(
                EXPERIMENTS + key + "/hypothesis",
                Map.of(
                        "version",
                        version(),
                        "change",
                        "=a formula, \"quoted\"",
                        "audience",
                        "residents",
                        "expectedResult",
                        "fewer calls",
                        "signal",
                        "calls drop 5%"));
        assertEquals(
                200,
                pia.post(
                                EXPERIMENTS + key + "/transitions",
                                Map.of("version", version(), "stage", "running"))
                        .status());
        assertEquals(
                201,
                pia.post(EXPERIMENTS + key + "/iterations", Map.of("change", "shorter letter"))
                        .status());
    }

    private static long version() {
        return RunningSandbox.as("pia").get(EXPERIMENTS + key).json().get("version").asLong();
    }

    @Test
    public void json_shouldCarryTheFiguresOfTheCurrentQuarter_byDefault() throws Exception {
        SandboxClient.Download reply =
                RunningSandbox.as("pia").download(PERMIT, "application/json");

        assertEquals(reply.body(), 200, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith("application/json"));
        JsonNode json = new ObjectMapper().readTree(reply.body());
        assertEquals("project", json.at("/scope/kind").asText());
        assertTrue(reply.body(), json.at("/experiments/running").asInt() > 0);
        assertTrue(reply.body(), json.at("/experiments/started").asInt() > 0);
        assertTrue(reply.body(), json.at("/iterations/iterations").asInt() > 0);
        assertEquals(6, json.at("/iterations/distribution").size());
        assertFalse(reply.body(), reply.body().contains("author"));
        assertEquals("", reply.disposition());
    }

    /**
     * An id beyond the id columns is no row; every format answers with an empty report rather than
     * a 500.
     */
    @Test
    public void report_shouldBeEmpty_forAnOutcomeOrDepartmentIdBeyondTheIdColumns() {
        for (String scope : new String[] {"outcome", "department"}) {
            for (String accept : new String[] {"application/json", "text/markdown", "text/csv"}) {
                SandboxClient.Download reply =
                        RunningSandbox.as("pia")
                                .download(REPORT + "?scope=" + scope + "&value=2147483648", accept);

                assertEquals(scope + " " + accept + ": " + reply.body(), 200, reply.status());
            }
        }
    }

    @Test
    public void markdown_shouldBeAReadableDocument_byAcceptHeader() {
        SandboxClient.Download reply =
                RunningSandbox.as("pia")
                        .download(PERMIT + "&from=2026-01-01&to=2026-12-31", "text/markdown");

        assertEquals(reply.body(), 200, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith("text/markdown"));
        assertTrue(
                reply.body(),
                reply.body()
                        .startsWith(
                                "# Retrospective: project PERMIT, Jan 1, 2026 to Dec 31, 2026\n"));
        assertTrue(reply.body(), reply.body().contains("## Time to learning"));
        assertTrue(reply.body(), reply.body().contains("| Data quality | 0 |"));
        assertFalse(reply.body(), reply.body().contains("data-quality"));
    }

    /**
     * {@code lang=nl} is how the sandbox stands in for a user whose Jira profile is Dutch (as in
     * the browser tests).
     */
    @Test
    public void markdown_shouldBeInDutch_forAReaderWhoReadsDutch_whileJsonKeepsItsCodes()
            throws Exception {
        SandboxClient pia = RunningSandbox.as("pia");

        SandboxClient.Download markdown =
                pia.download(
                        PERMIT + "&from=2026-01-01&to=2026-12-31&format=markdown&lang=nl", "*/*");
        SandboxClient.Download json =
                pia.download(PERMIT + "&from=2026-01-01&to=2026-12-31&lang=nl", "application/json");

        assertEquals(markdown.body(), 200, markdown.status());
        assertTrue(markdown.contentType(), markdown.contentType().startsWith("text/markdown"));
        assertTrue(
                markdown.body(),
                markdown.body()
                        .startsWith(
                                "# Terugblik: project PERMIT, 1 jan. 2026 tot en met 31 dec. 2026\n"));
        assertTrue(markdown.body(), markdown.body().contains("## Tijd tot de les\n"));
        assertTrue(
                markdown.body(), markdown.body().contains("| Bijdragende factor | Verhalen |\n"));
        assertTrue(markdown.body(), markdown.body().contains("| Kwaliteit van gegevens | 0 |\n"));
        assertFalse(markdown.body(), markdown.body().contains("Data quality"));
        assertEquals(json.body(), 200, json.status());
        assertEquals(
                0,
                new ObjectMapper()
                        .readTree(json.body())
                        .at("/failures/byFactor/data-quality")
                        .asInt(-1));
    }

    @Test
    public void csv_shouldDownloadOneLinePerExperiment_byFormatParameter() {
        SandboxClient.Download reply =
                RunningSandbox.as("pia")
                        .download(PERMIT + "&from=2025-01-01&to=2027-12-31&format=csv", "*/*");

        assertEquals(reply.body(), 200, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith("text/csv"));
        assertEquals(
                "attachment; filename=\"retrospective-project-PERMIT-2025-01-01-2027-12-31.csv\"",
                reply.disposition());
        String[] lines = reply.body().split("\r\n");
        assertEquals(
                "issue,change,method,stage,verdict,started,ended,iterations,departments,outcomes",
                lines[0]);
        assertTrue(reply.body(), lines.length > 1);
        assertTrue(
                reply.body(),
                reply.body().contains(key + ",\"'=a formula, \"\"quoted\"\"\",,running,,"));
    }

    @Test
    public void aMalformedParameter_shouldBeA400NamingIt() {
        for (String[] bad :
                new String[][] {
                    {PERMIT + "&from=yesterday&to=2026-09-30", "from"},
                    {PERMIT + "&from=2026-07-01", "to"},
                    {PERMIT + "&format=pdf", "format"},
                    {REPORT + "?scope=galaxy", "scope"}
                }) {
            SandboxClient.Reply reply = RunningSandbox.as("pia").get(bad[0]);
            assertEquals(reply.toString(), 400, reply.status());
            assertEquals(
                    reply.toString(),
                    bad[1],
                    reply.json().get("errors").get(0).get("field").asText());
        }
    }

    @Test
    public void aUserWhoMayNotBrowseTheProject_shouldGet404_inEveryFormat() {
        SandboxClient olaf = RunningSandbox.as("olaf");

        assertEquals(404, olaf.get(PERMIT).status());
        assertEquals(404, olaf.download(PERMIT + "&format=csv", "*/*").status());
        assertEquals(404, olaf.download(PERMIT, "text/markdown").status());
        assertEquals(200, olaf.get(REPORT + "?scope=everything").status());
    }

    @Test
    public void anonymous_shouldGet401() {
        assertEquals(401, RunningSandbox.anonymous().get(PERMIT).status());
    }
}
