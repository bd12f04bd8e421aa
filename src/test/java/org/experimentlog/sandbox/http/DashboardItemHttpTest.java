package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The dashboard items' HTML over HTTP, as their script asks for it with an item's stored
 * preferences; the sandbox dashboard's store of those preferences; and the app's page in a
 * project's frame, over the JQL tests' experiments ({@link JqlFixture}). Permissions: olaf, who may
 * not browse PERMIT, sees nothing of it anywhere.
 */
public class DashboardItemHttpTest {
    private static final String ITEM = "/plugins/servlet/experiment-log/dashboard-item/";
    private static final String PROJECT_PAGE =
            "/projects/PERMIT?selectedItem=org.experimentlog.experiment-log:project-experiments";

    private static long policy;
    private static JqlFixture fixture;

    @BeforeClass
    public static void setUpClass() {
        fixture = JqlFixture.get();
        for (JsonNode department :
                RunningSandbox.as("admin")
                        .get("/rest/experiment-log/1.0/departments")
                        .json()
                        .get("values")) {
            if (department.get("name").asText().equals(fixture.department)) {
                policy = department.get("id").asLong();
            }
        }
        assertTrue("the fixture's department exists", policy > 0);
    }

    @Test
    public void learned_shouldListPermitLearningsWithLinks_forPia() {
        SandboxClient.Reply reply =
                RunningSandbox.as("pia")
                        .get(ITEM + "learned?scope=department:" + policy + "&days=365");

        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.body(), reply.body().contains(fixture.department + ": Last 365 days"));
        assertTrue(reply.body(), reply.body().contains("href=\"/jira/browse/PERMIT-"));
        assertFalse(reply.body(), reply.body().contains("name=\"decorator\""));
    }

    @Test
    public void learned_shouldShowOlafNoPermitExperiment() {
        SandboxClient.Reply reply =
                RunningSandbox.as("olaf")
                        .get(ITEM + "learned?scope=department:" + policy + "&days=365");

        assertEquals(reply.toString(), 200, reply.status());
        assertFalse(reply.body(), reply.body().contains("PERMIT-"));
        assertTrue(reply.body(), reply.body().contains(fixture.designing));
    }

    @Test
    public void stages_shouldAnswer400NamingTheField_forAProjectOlafMayNotBrowse() {
        SandboxClient.Reply forOlaf =
                RunningSandbox.as("olaf").get(ITEM + "stages?scope=project:PERMIT");
        SandboxClient.Reply forPia =
                RunningSandbox.as("pia").get(ITEM + "stages?scope=project:PERMIT");

        assertEquals(400, forOlaf.status());
        assertTrue(
                forOlaf.body(),
                forOlaf.body().contains("Show: choose a department or project from the list."));
        assertFalse(forOlaf.body(), forOlaf.body().contains("experimentsInStage"));
        assertEquals(200, forPia.status());
        assertTrue(
                forPia.body(),
                forPia.body()
                        .contains(
                                "/jira/issues/?jql=project+%3D+PERMIT+AND+issue+in+experimentsInStage%28%22running%22%29"));
    }

    @Test
    public void item_shouldAnswer400NamingThePeriodInTheReadersLanguage_forAPeriodNotOffered() {
        SandboxClient.Reply english =
                RunningSandbox.as("pia").get(ITEM + "learned?scope=project:PERMIT&days=7");
        SandboxClient.Reply dutch =
                RunningSandbox.as("pia").get(ITEM + "learned?scope=project:PERMIT&days=7&lang=nl");

        assertEquals(400, english.status());
        assertTrue(english.body(), english.body().contains("Period: choose one of the periods"));
        assertEquals(400, dutch.status());
        assertTrue(dutch.body(), dutch.body().contains("Periode: kies een van de perioden"));
    }

    @Test
    public void stages_shouldAnswer400_forAnOutcome() {
        SandboxClient.Reply reply = RunningSandbox.as("pia").get(ITEM + "stages?scope=outcome:1");

        assertEquals(400, reply.status());
        assertTrue(reply.body(), reply.body().contains("Show:"));
    }

    @Test
    public void item_shouldAskToBeConfigured_withoutPreferences() {
        SandboxClient.Reply reply = RunningSandbox.as("pia").get(ITEM + "stages");

        assertEquals(200, reply.status());
        assertTrue(reply.body(), reply.body().contains("data-exlog-dashboard-edit"));
    }

    @Test
    public void item_shouldAnswer401And404_forAnonymousAndUnknownItems() {
        assertEquals(401, RunningSandbox.anonymous().get(ITEM + "stages").status());
        assertEquals(404, RunningSandbox.as("pia").get(ITEM + "nothing").status());
    }

    @Test
    public void edit_shouldOfferOnlyWhatOlafMayChoose() {
        SandboxClient.Reply reply = RunningSandbox.as("olaf").get(ITEM + "learned?mode=edit");

        assertEquals(200, reply.status());
        assertTrue(reply.body(), reply.body().contains("value=\"department:" + policy + "\""));
        assertFalse(reply.body(), reply.body().contains("value=\"project:PERMIT\""));
        assertTrue(reply.body(), reply.body().contains("value=\"project:MOVE\""));
    }

    @Test
    public void preferences_shouldBeStored_onlyWithJirasXsrfHeader() {
        SandboxClient pia = RunningSandbox.as("pia");
        String path = "/rest/dashboards/1.0/items/dashboard-item-stages";

        SandboxClient.Reply withoutHeader = pia.put(path, Map.of("scope", "project:MOVE"));
        SandboxClient.Reply stored =
                pia.send(
                        "PUT",
                        path,
                        Map.of("scope", "project:MOVE"),
                        "application/json",
                        Map.of("X-Atlassian-Token", "no-check"));
        SandboxClient.Reply notStrings =
                pia.send(
                        "PUT",
                        path,
                        Map.of("scope", 12),
                        "application/json",
                        Map.of("X-Atlassian-Token", "no-check"));

        assertEquals(403, withoutHeader.status());
        assertEquals(204, stored.status());
        assertEquals(400, notStrings.status());
        assertEquals(
                "project:MOVE",
                RunningSandbox.get()
                        .dashboardPreferences("pia", "dashboard-item-stages")
                        .get("scope"));
    }

    @Test
    public void projectPage_shouldShowTheProjectsExperimentsInItsFrame_forPiaAndNothingForOlaf() {
        SandboxClient.Reply forPia = RunningSandbox.as("pia").get(PROJECT_PAGE);
        SandboxClient.Reply forOlaf = RunningSandbox.as("olaf").get(PROJECT_PAGE);

        assertEquals(200, forPia.status());
        assertTrue(forPia.body(), forPia.body().contains("Experiments in PERMIT"));
        assertTrue(forPia.body(), forPia.body().contains("sandbox-project-sidebar"));
        assertTrue(forPia.body(), forPia.body().contains("aria-current=\"page\""));
        assertEquals(404, forOlaf.status());
        assertFalse(forOlaf.body(), forOlaf.body().contains("Experiments in PERMIT"));
    }
}
