package org.experimentlog.benchmark.load;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class LoadReportTest {
    /**
     * The shape of Gatling's js/stats.js: outer keys unquoted, figures as strings, functions after.
     */
    private static String statsJs(String... requests) {
        StringBuilder contents = new StringBuilder();
        for (int i = 0; i < requests.length; i++) {
            contents.append(i == 0 ? "" : ",").append(requests[i]);
        }
        return "var stats = {\n    type: \"GROUP\",\nname: \"All Requests\",\npath: \"\",\n"
                + "stats: {\"name\": \"All Requests\", \"numberOfRequests\": {\"total\": \"9\"}},\n"
                + "contents: {"
                + contents
                + "}\n};\n\nfunction fillStats(stat){\n    $(\"#numberOfRequests\").append(1);\n}\n";
    }

    private static String request(
            String name, String total, String ko, String p50, String p95, String p99, String rps) {
        return "\"req_"
                + name.hashCode()
                + "\": {\n        type: \"REQUEST\",\n        name: \""
                + name
                + "\",\npath: \""
                + name
                + "\",\nstats: {\n    \"name\": \""
                + name
                + "\",\n    \"numberOfRequests\": {\"total\": \""
                + total
                + "\", \"ok\": \"x\", \"ko\": \""
                + ko
                + "\"},\n    \"percentiles1\": {\"total\": \""
                + p50
                + "\", \"ok\": \"1\", \"ko\": \"-\"},\n    \"percentiles2\": {\"total\": \"1\"},\n"
                + "    \"percentiles3\": {\"total\": \""
                + p95
                + "\"},\n    \"percentiles4\": {\"total\": \""
                + p99
                + "\"},\n    \"group1\": {\"name\": \"t < 800 ms\", \"count\": 3, \"percentage\": 50.0},\n"
                + "    \"meanNumberOfRequestsPerSecond\": {\"total\": \""
                + rps
                + "\", \"ok\": \"1\", \"ko\": \"-\"}\n}\n    }";
    }

    private static Map<String, LoadReport.Action> actions(String... requests) throws IOException {
        return LoadReport.parse(LoadReport.statsOf(statsJs(requests)));
    }

    private static WriteAudit.Written nothingWritten() {
        return new WriteAudit.Written(Map.of(), List.of(), 0);
    }

    @Test
    public void parse_shouldReadEveryRequestsFigures_fromGatlingsStatsScript() throws IOException {
        Map<String, LoadReport.Action> target =
                actions(
                        request(LoadPlan.VIEW_WITH_PANEL, "120", "0", "48", "95", "130", "2.5"),
                        request(LoadPlan.SEARCH_LIBRARY, "80", "2", "61", "140", "-", "1.25"));

        assertEquals(
                new LoadReport.Action(LoadPlan.VIEW_WITH_PANEL, 120, 0, 48, 95, 130, 2.5),
                target.get(LoadPlan.VIEW_WITH_PANEL));
        LoadReport.Action search = target.get(LoadPlan.SEARCH_LIBRARY);
        assertEquals(2, search.errors());
        assertEquals(0.025, search.errorRate(), 1e-9);
        assertEquals("no figure ('-') reads as 0", 0, search.p99());
    }

    @Test(expected = IOException.class)
    public void statsOf_shouldRefuse_whenTheScriptHasNoStats() throws IOException {
        LoadReport.statsOf("function fillStats(stat){}");
    }

    @Test
    public void panelRatio_shouldDivideTheMedians_withAndWithoutThePanel() throws IOException {
        LoadReport.Run target =
                LoadReport.Run.of(
                        1,
                        actions(
                                request(
                                        LoadPlan.VIEW_WITH_PANEL,
                                        "10",
                                        "0",
                                        "60",
                                        "200",
                                        "300",
                                        "1"),
                                request(
                                        LoadPlan.VIEW_WITHOUT_PANEL,
                                        "10",
                                        "0",
                                        "50",
                                        "100",
                                        "150",
                                        "1")),
                        nothingWritten(),
                        "1.0",
                        Path.of("report"));

        assertEquals(1.2, target.panelRatio(), 1e-9);
        assertEquals(2.0, target.panelRatioP95(), 1e-9);
        assertTrue(target.passed());
    }

    @Test
    public void run_shouldFail_whenARequestFailedOrAnAcknowledgedWriteIsMissing()
            throws IOException {
        LoadReport.Run target =
                LoadReport.Run.of(
                        1,
                        actions(
                                request(LoadPlan.RECORD_RESULT, "5", "1", "10", "20", "30", "1"),
                                request(LoadPlan.OPEN_STORY, "3", "0", "10", "20", "30", "1")),
                        nothingWritten(),
                        "1.0",
                        Path.of("report"));

        assertFalse(target.passed());
        assertEquals(
                List.of(
                        "Lost writes of result: 4 acknowledged, 0 in the database",
                        "1 failed request(s): " + LoadPlan.RECORD_RESULT),
                target.problems());
    }

    @Test
    public void summary_shouldTabulateActionsAndCompareNodes() throws IOException {
        Map<Integer, LoadReport.Run> runs = new LinkedHashMap<>();
        runs.put(
                1,
                LoadReport.Run.of(
                        1,
                        actions(
                                request(
                                        LoadPlan.VIEW_WITH_PANEL,
                                        "1200",
                                        "0",
                                        "48",
                                        "95",
                                        "130",
                                        "4"),
                                request(
                                        LoadPlan.VIEW_WITHOUT_PANEL,
                                        "900",
                                        "0",
                                        "40",
                                        "90",
                                        "120",
                                        "4")),
                        nothingWritten(),
                        "1.5 1.2 1.0 at the start",
                        Path.of("r1")));
        runs.put(
                2,
                LoadReport.Run.of(
                        2,
                        actions(
                                request(
                                        LoadPlan.VIEW_WITH_PANEL,
                                        "1300",
                                        "0",
                                        "45",
                                        "90",
                                        "120",
                                        "5"),
                                request(
                                        LoadPlan.VIEW_WITHOUT_PANEL,
                                        "950",
                                        "0",
                                        "40",
                                        "80",
                                        "110",
                                        "5")),
                        nothingWritten(),
                        "1.6",
                        Path.of("r2")));

        String target = LoadReport.summary(runs, "2 cores", "mvn -Pload");

        assertTrue(
                target,
                target.contains(
                        "| "
                                + LoadPlan.VIEW_WITH_PANEL
                                + " | 1,200 | 0 | 0.00% | 48 ms | 95 ms | 130 ms | 4.00/s |"));
        assertTrue(target, target.contains("| **all** | 2,100 | 0 | | | | | 8.00/s |"));
        assertTrue(
                target,
                target.contains("1.20 at the median, 1.06 at p95 (Atlassian's limit 1.20): met"));
        assertTrue(target, target.contains("two nodes / one node on the same database: 1.25"));
    }
}
