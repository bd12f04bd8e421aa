package org.experimentlog.benchmark.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load test's figures: per action the count, errors, median, p95, p99 and throughput, read from
 * the statistics Gatling writes next to its HTML report ({@code js/stats.js}); the ratio of viewing
 * an Experiment issue with the panel to viewing an issue without it; the throughput of two nodes
 * against one; and the problems the database check found. {@link #summary} is the table {@code
 * docs/performance.md} shows.
 */
public final class LoadReport {
    private static final ObjectMapper STATS_JS =
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES).build();

    /** Atlassian's rule for Data Center apps: the app may add at most 20% to a page. */
    static final double PANEL_LIMIT = 1.20;

    private LoadReport() {}

    /**
     * One request name's figures (milliseconds, requests per second).
     *
     * @param errors the requests that failed: an unexpected status (any 5xx among them), a failed
     *     check or no answer
     */
    public record Action(
            String name,
            long count,
            long errors,
            long median,
            long p95,
            long p99,
            double throughput) {
        public double errorRate() {
            return count == 0 ? 0 : (double) errors / count;
        }
    }

    /** One run: its actions, the database check and the machine's load. */
    public record Run(
            int nodes,
            Map<String, Action> actions,
            List<String> problems,
            String load,
            Path report) {
        /** The run with its database check: acknowledged writes are the OK requests that write. */
        public static Run of(
                int nodes,
                Map<String, Action> actions,
                WriteAudit.Written written,
                String load,
                Path report) {
            Map<String, Long> acknowledged = new LinkedHashMap<>();
            for (Map.Entry<String, String> write : LoadPlan.WRITES.entrySet()) {
                Action action = actions.get(write.getKey());
                acknowledged.merge(
                        write.getValue(),
                        action == null ? 0 : action.count() - action.errors(),
                        Long::sum);
            }
            List<String> problems = new ArrayList<>(WriteAudit.problems(written, acknowledged));
            for (Action action : actions.values()) {
                if (action.errors() > 0) {
                    problems.add(action.errors() + " failed request(s): " + action.name());
                }
            }
            return new Run(nodes, actions, problems, load, report);
        }

        public boolean passed() {
            return problems.isEmpty() && !actions.isEmpty();
        }

        /** Requests per second over every action (the log-ins included). */
        public double throughput() {
            return actions.values().stream().mapToDouble(Action::throughput).sum();
        }

        /**
         * Median of viewing an Experiment issue (with the panel) over the median of viewing an
         * issue without it; NaN when either is missing.
         */
        public double panelRatio() {
            Action with = actions.get(LoadPlan.VIEW_WITH_PANEL);
            Action without = actions.get(LoadPlan.VIEW_WITHOUT_PANEL);
            return with == null || without == null || without.median() == 0
                    ? Double.NaN
                    : (double) with.median() / without.median();
        }

        public double panelRatioP95() {
            Action with = actions.get(LoadPlan.VIEW_WITH_PANEL);
            Action without = actions.get(LoadPlan.VIEW_WITHOUT_PANEL);
            return with == null || without == null || without.p95() == 0
                    ? Double.NaN
                    : (double) with.p95() / without.p95();
        }
    }

    /** The actions of the report Gatling wrote in {@code reportDirectory}. */
    public static Map<String, Action> read(Path reportDirectory) throws IOException {
        return parse(statsOf(Files.readString(reportDirectory.resolve("js/stats.js"))));
    }

    /**
     * The statistics tree in the script Gatling's HTML report loads ({@code js/stats.js}): {@code
     * var stats = {...}}, a JavaScript object whose outer keys are not quoted, followed by the
     * report's functions.
     */
    static JsonNode statsOf(String script) throws IOException {
        int start = script.indexOf("var stats = ");
        if (start < 0) {
            throw new IOException("Not Gatling's stats.js: no \"var stats = \"");
        }
        try (JsonParser parser =
                STATS_JS.createParser(script.substring(start + "var stats = ".length()))) {
            return STATS_JS.readTree(parser);
        }
    }

    /**
     * The requests in Gatling's statistics tree: the group "All Requests" holds the requests (and
     * any groups of requests) in {@code contents}, each with {@code stats}.
     */
    static Map<String, Action> parse(JsonNode root) {
        Map<String, Action> actions = new LinkedHashMap<>();
        collect(root, actions);
        return actions;
    }

    private static void collect(JsonNode node, Map<String, Action> actions) {
        JsonNode contents = node.path("contents");
        for (Iterator<JsonNode> children = contents.elements(); children.hasNext(); ) {
            JsonNode child = children.next();
            if ("REQUEST".equals(child.path("type").asText())) {
                JsonNode stats = child.path("stats");
                String name = stats.path("name").asText(child.path("name").asText());
                actions.put(
                        name,
                        new Action(
                                name,
                                number(stats.path("numberOfRequests").path("total")),
                                number(stats.path("numberOfRequests").path("ko")),
                                number(stats.path("percentiles1").path("total")),
                                number(stats.path("percentiles3").path("total")),
                                number(stats.path("percentiles4").path("total")),
                                decimal(
                                        stats.path("meanNumberOfRequestsPerSecond")
                                                .path("total"))));
            } else {
                collect(child, actions);
            }
        }
    }

    /** Gatling writes some figures as numbers and some as strings ("-" when there are none). */
    private static long number(JsonNode value) {
        if (value.isNumber()) {
            return value.asLong();
        }
        try {
            return Math.round(Double.parseDouble(value.asText()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double decimal(JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The Markdown summary: per run the machine's load and a table of the actions, the panel ratio
     * against Atlassian's limit, the node throughput ratio, and the checks.
     */
    public static String summary(Map<Integer, Run> runs, String machine, String command) {
        StringBuilder out = new StringBuilder();
        out.append("Command: `").append(command).append("`\n\n");
        out.append("Machine: ").append(machine).append("\n");
        for (Run run : runs.values()) {
            out.append("\n### ")
                    .append(run.nodes())
                    .append(run.nodes() == 1 ? " node" : " nodes")
                    .append(" (load average ")
                    .append(run.load())
                    .append(")\n\n");
            out.append(
                    "| Action | Count | Errors | Error rate | Median | p95 | p99 | Throughput |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            List<Action> ordered = new ArrayList<>(run.actions().values());
            ordered.sort(
                    Comparator.comparingInt(
                            a -> {
                                int at = LoadPlan.ORDER.indexOf(a.name());
                                return at < 0 ? Integer.MAX_VALUE : at;
                            }));
            for (Action action : ordered) {
                out.append(
                        String.format(
                                Locale.ROOT,
                                "| %s | %,d | %,d | %.2f%% | %,d ms | %,d ms | %,d ms | %.2f/s |%n",
                                action.name(),
                                action.count(),
                                action.errors(),
                                action.errorRate() * 100,
                                action.median(),
                                action.p95(),
                                action.p99(),
                                action.throughput()));
            }
            out.append(
                    String.format(
                            Locale.ROOT,
                            "| **all** | %,d | %,d | | | | | %.2f/s |%n",
                            run.actions().values().stream().mapToLong(Action::count).sum(),
                            run.actions().values().stream().mapToLong(Action::errors).sum(),
                            run.throughput()));
            double ratio = run.panelRatio();
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%nIssue view with the panel / without it: %.2f at the median, %.2f at"
                                    + " p95 (Atlassian's limit %.2f): %s%n",
                            ratio,
                            run.panelRatioP95(),
                            PANEL_LIMIT,
                            Double.isNaN(ratio)
                                    ? "not measured"
                                    : ratio <= PANEL_LIMIT
                                            ? "met"
                                            : String.format(
                                                    Locale.ROOT,
                                                    "missed: the panel adds %.0f%% where %.0f%% is"
                                                            + " allowed",
                                                    (ratio - 1) * 100,
                                                    (PANEL_LIMIT - 1) * 100)));
            out.append("\nDatabase check after the run: ")
                    .append(
                            run.problems().isEmpty()
                                    ? "no failed request (so no 5xx), every acknowledged write in"
                                            + " the database with exactly one audit entry, no other"
                                            + " write or audit entry, no deadlock."
                                    : String.join("; ", run.problems()))
                    .append("\n\nGatling's HTML report: `")
                    .append(run.report() == null ? "-" : run.report().toString())
                    .append("/index.html`\n");
        }
        Run one = runs.get(1);
        Run two = runs.get(2);
        if (one != null && two != null && one.throughput() > 0) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%nThroughput, two nodes / one node on the same database: %.2f"
                                    + " (%.2f/s against %.2f/s, the same users and think times)%n",
                            two.throughput() / one.throughput(),
                            two.throughput(),
                            one.throughput()));
        }
        return out.toString();
    }
}
