package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.experimentlog.testing.ao.StatementCounter;
import org.junit.Test;
import org.slf4j.LoggerFactory;

/**
 * The experiment panel adds a fixed, small number of SQL statements to an issue view, whatever the
 * number of iterations, results and learnings: measured on the whole issue page of the sandbox
 * through the JDBC proxy.
 */
public class PanelStatementCountTest {
    private static final String API = "/rest/experiment-log/1.0/experiments/";

    private static String experimentWith(int iterations) {
        String key = RunningSandbox.newExperiment("PERMIT");
        SandboxClient pia = RunningSandbox.as("pia");
        for (int i = 1; i <= iterations; i++) {
            long id =
                    pia.post(API + key + "/iterations", Map.of("change", "round " + i))
                            .json()
                            .get("iterations")
                            .get(i - 1)
                            .get("id")
                            .asLong();
            pia.post(
                    API + key + "/iterations/" + id + "/results",
                    Map.of(
                            "title",
                            "Rate",
                            "kind",
                            "proportion",
                            "controlSize",
                            100,
                            "controlConversions",
                            10 + i,
                            "variantSize",
                            100,
                            "variantConversions",
                            12 + i));
            pia.post(
                    API + key + "/learnings",
                    Map.of(
                            "iterationId",
                            id,
                            "statement",
                            "lesson " + i,
                            "tags",
                            List.of("t" + i)));
        }
        return key;
    }

    private static int statementsToView(String key) {
        SandboxClient pia = RunningSandbox.as("pia");
        pia.get("/browse/" + key);
        StatementCounter counter = RunningSandbox.get().database().statements();
        counter.reset();
        SandboxClient.Reply page = pia.get("/browse/" + key);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("exlog-panel"));
        return counter.count();
    }

    @Test
    public void theIssuePage_shouldIssueTheSameStatements_for2And20Iterations() {
        int two = statementsToView(experimentWith(2));
        int twenty = statementsToView(experimentWith(20));

        assertEquals(
                "statements for 2 vs 20 iterations: "
                        + RunningSandbox.get().database().statements().statements(),
                two,
                twenty);
        assertTrue("a small number: " + twenty, twenty <= 20);
        LoggerFactory.getLogger(PanelStatementCountTest.class)
                .info("Issue page with the experiment panel: {} SQL statements", twenty);
    }
}
