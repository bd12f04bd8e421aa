/*
 * Experiment Log smoke test: checks, against a running Jira with the app installed, what only a real installation
 * can show. Needs JDK 17 or later and nothing else:
 *
 *   JIRA_SMOKE_PASSWORD=... java tools/SmokeTest.java --base-url https://jira.example.org --user admin --project KEY
 *
 * See docs/install.md ("Smoke test after installing"). It creates one Experiment issue in the given project, walks it
 * through the checks and deletes it again. Exit status 0 when every check passed, 1 when one failed, 2 on bad usage.
 */

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class SmokeTest {
    private static final String PLUGIN_KEY = "org.experimentlog.experiment-log";
    private static final String API = "/rest/experiment-log/1.0";

    private final String baseUrl;
    private final String authorization;
    private final String project;
    private final String doneTransition;
    private final Set<String> skipped;
    private final Path descriptor;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    private int failures;
    /** Set once Jira refuses the credentials: no more requests, so its login protection (CAPTCHA) is not set off. */
    private boolean refused;

    private SmokeTest(Map<String, String> options, String password) {
        String url = options.get("base-url");
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (options.get("user") + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.project = options.get("project");
        this.doneTransition = options.getOrDefault("done-transition", "Done");
        this.skipped = new LinkedHashSet<>(List.of(options.getOrDefault("skip", "").split(",")));
        this.descriptor = Path.of(options.getOrDefault("descriptor", "atlassian-plugin.xml"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage("Unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            usage("Every option needs a value");
        }
        for (String required : List.of("base-url", "user", "project")) {
            if (!options.containsKey(required)) {
                usage("Missing --" + required);
            }
        }
        String password = System.getenv("JIRA_SMOKE_PASSWORD");
        if (password == null && System.console() != null) {
            char[] typed = System.console().readPassword("Password of %s: ", options.get("user"));
            password = typed == null ? null : new String(typed);
        }
        if (password == null) {
            usage("Set JIRA_SMOKE_PASSWORD, or run it in a terminal to be asked");
        }
        SmokeTest test = new SmokeTest(options, password);
        test.run();
        System.out.println(test.failures == 0 ? "All checks passed." : test.failures + " check(s) failed.");
        System.exit(test.failures == 0 ? 0 : 1);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("Usage: JIRA_SMOKE_PASSWORD=... java tools/SmokeTest.java --base-url URL --user ADMIN --project KEY"
                + " [--done-transition Done] [--descriptor atlassian-plugin.xml] [--skip jql,...]");
        System.exit(2);
    }

    private void run() {
        check("app", this::appEnabled);
        check("issue-type", this::issueTypeExists);
        check("rest", this::restAnswers);
        String key = null;
        try {
            if (refused) {
                throw new CheckFailed("not run: Jira refused the credentials");
            }
            key = createIssue();
            pass("create-issue", "created " + key + " in " + project);
        } catch (CheckFailed e) {
            fail("create-issue", e.getMessage());
        }
        if (key != null) {
            String issue = key;
            check("panel", () -> panelRenders(issue));
            check("validator", () -> validatorRefuses(issue));
            check("jql", () -> jqlAnswers(issue));
            check("delete-issue", () -> deleteIssue(issue));
        }
    }

    // ---- the checks ----------------------------------------------------------------------------------------------

    /** UPM's plugin resource: the app and every module of the descriptor enabled. */
    private String appEnabled() {
        Object plugin = json(expect(200, get("/rest/plugins/1.0/" + PLUGIN_KEY + "-key")));
        if (!Boolean.TRUE.equals(field(plugin, "enabled"))) {
            throw new CheckFailed("the app is installed but not enabled");
        }
        if (!(field(plugin, "modules") instanceof List<?> modules)) {
            throw new CheckFailed("UPM answered without a module list");
        }
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        for (Object module : modules) {
            enabled.put(String.valueOf(field(module, "key")), Boolean.TRUE.equals(field(module, "enabled")));
        }
        List<String> wrong = new ArrayList<>();
        List<String> expected = declaredModules();
        for (String key : expected) {
            if (!Boolean.TRUE.equals(enabled.get(key))) {
                wrong.add(key + (enabled.containsKey(key) ? " (disabled)" : " (missing)"));
            }
        }
        if (!wrong.isEmpty()) {
            throw new CheckFailed("modules not enabled: " + String.join(", ", wrong));
        }
        return "enabled, with all " + expected.size() + " modules of " + descriptor + " enabled";
    }

    private String issueTypeExists() {
        Object types = json(expect(200, get("/rest/api/2/issuetype")));
        if (types instanceof List<?> list && list.stream().anyMatch(t -> "Experiment".equals(field(t, "name")))) {
            return "the issue type Experiment exists";
        }
        throw new CheckFailed("there is no issue type named Experiment");
    }

    private String restAnswers() {
        Object departments = json(expect(200, get(API + "/departments")));
        return "GET " + API + "/departments answered " + (departments instanceof List<?> l ? l.size() + " departments"
                : "JSON");
    }

    private String createIssue() {
        String body = "{\"fields\":{\"project\":{\"key\":" + quote(project) + "},\"summary\":\"Experiment Log smoke test\","
                + "\"issuetype\":{\"name\":\"Experiment\"}}}";
        Object created = json(expect(201, send("POST", "/rest/api/2/issue", body)));
        Object key = field(created, "key");
        if (key == null) {
            throw new CheckFailed("Jira created an issue but did not say its key");
        }
        return key.toString();
    }

    private String panelRenders(String key) {
        expect(201, send("POST", API + "/experiments/" + key, null));
        Response page = expect(200, get("/browse/" + key));
        if (!page.body().contains("exlog-panel")) {
            throw new CheckFailed("the issue page of " + key + " has no Experiment panel (no element exlog-panel)");
        }
        return "the Experiment panel renders on " + key;
    }

    /**
     * The workflow gate: the resolving transition is refused while the experiment is open (by the validator's
     * message, or hidden by the condition), and allowed once the experiment is abandoned with a reason.
     */
    private String validatorRefuses(String key) {
        String outcome;
        String id = transitionId(key);
        if (id == null) {
            outcome = "\"" + doneTransition + "\" is hidden while the experiment is open (the condition)";
        } else {
            Response refused = send("POST", "/rest/api/2/issue/" + key + "/transitions",
                    "{\"transition\":{\"id\":" + quote(id) + "}}");
            if (refused.status() != 400 || !(field(json(refused), "errorMessages") instanceof List<?> messages)
                    || messages.isEmpty()) {
                throw new CheckFailed("\"" + doneTransition + "\" was not refused while the experiment is open: "
                        + refused.status() + " " + refused.body() + " (is the validator on that transition?)");
            }
            outcome = "\"" + doneTransition + "\" refused while open: " + messages.get(0);
        }
        Object experiment = json(expect(200, get(API + "/experiments/" + key)));
        expect(200, send("POST", API + "/experiments/" + key + "/transitions", "{\"version\":" + field(experiment, "version")
                + ",\"stage\":\"abandoned\",\"note\":\"Smoke test\"}"));
        String after = transitionId(key);
        if (after == null) {
            throw new CheckFailed(outcome + "; but still not offered once the experiment was abandoned");
        }
        expect(204, send("POST", "/rest/api/2/issue/" + key + "/transitions", "{\"transition\":{\"id\":" + quote(after) + "}}"));
        return outcome + "; allowed once abandoned";
    }

    private String jqlAnswers(String key) {
        String jql = "project = " + project + " AND issue in experimentsInStage(\"abandoned\")";
        Object found = json(expect(200, get("/rest/api/2/search?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8))));
        if (field(found, "issues") instanceof List<?> issues && issues.stream().anyMatch(i -> key.equals(field(i, "key")))) {
            return "experimentsInStage(\"abandoned\") finds " + key;
        }
        throw new CheckFailed("experimentsInStage(\"abandoned\") did not find " + key);
    }

    private String deleteIssue(String key) {
        expect(204, send("DELETE", "/rest/api/2/issue/" + key, null));
        return "deleted " + key;
    }

    private String transitionId(String key) {
        Object list = json(expect(200, get("/rest/api/2/issue/" + key + "/transitions")));
        if (field(list, "transitions") instanceof List<?> transitions) {
            for (Object t : transitions) {
                if (doneTransition.equals(field(t, "name"))) {
                    return String.valueOf(field(t, "id"));
                }
            }
        }
        return null;
    }

    /** The keys of the descriptor's modules: the root's child elements with a key attribute. */
    private List<String> declaredModules() {
        String xml;
        try {
            xml = Files.readString(descriptor).replaceAll("(?s)<!--.*?-->", "");
        } catch (IOException e) {
            throw new CheckFailed("cannot read " + descriptor + " (pass --descriptor): " + e.getMessage());
        }
        List<String> keys = new ArrayList<>();
        Matcher tag = Pattern.compile("<([a-z-]+)\\s[^>]*?\\bkey=\"([^\"$]+)\"").matcher(xml);
        int depth = 0;
        Matcher any = Pattern.compile("<(/?)([a-zA-Z-]+)[^>]*?(/?)>").matcher(xml);
        while (any.find()) {
            boolean closing = !any.group(1).isEmpty();
            boolean selfClosing = !any.group(3).isEmpty();
            if (closing) {
                depth--;
                continue;
            }
            if (depth == 1 && tag.find(any.start()) && tag.start() == any.start()) {
                keys.add(tag.group(2));
            }
            if (!selfClosing) {
                depth++;
            }
        }
        return keys;
    }

    // ---- HTTP and reporting --------------------------------------------------------------------------------------

    private record Response(int status, String body) {
    }

    private static final class CheckFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CheckFailed(String message) {
            super(message);
        }
    }

    private interface Check {
        String run();
    }

    private void check(String name, Check check) {
        if (skipped.contains(name)) {
            System.out.println("SKIP " + name);
            return;
        }
        if (refused) {
            fail(name, "not run: Jira refused the credentials");
            return;
        }
        try {
            pass(name, check.run());
        } catch (CheckFailed e) {
            fail(name, e.getMessage());
        }
    }

    private static void pass(String name, String detail) {
        System.out.println("PASS " + name + ": " + detail);
    }

    private void fail(String name, String detail) {
        failures++;
        System.out.println("FAIL " + name + ": " + detail);
    }

    private Response get(String path) {
        return send("GET", path, null);
    }

    private Response send(String method, String path, String json) {
        // X-Atlassian-Token: Jira's REST refuses a change without it unless the body is JSON (XSRF protection)
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json, text/html")
                .header("X-Atlassian-Token", "no-check")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                refused = true;
            }
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new CheckFailed(method + " " + path + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckFailed("interrupted");
        }
    }

    private static Response expect(int status, Response response) {
        if (response.status() != status) {
            String body = response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body();
            throw new CheckFailed("expected HTTP " + status + ", got " + response.status() + ": " + body);
        }
        return response;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Object field(Object object, String name) {
        return object instanceof Map<?, ?> map ? map.get(name) : null;
    }

    // ---- a small JSON reader (objects, arrays, strings, numbers, booleans, null) ---------------------------------

    private static Object json(Response response) {
        Json reader = new Json(response.body());
        try {
            Object value = reader.value();
            reader.skipSpace();
            if (reader.at < reader.text.length()) {
                throw new CheckFailed("not JSON: " + response.body());
            }
            return value;
        } catch (RuntimeException e) {
            if (e instanceof CheckFailed failed) {
                throw failed;
            }
            throw new CheckFailed("not JSON: " + (response.body().length() > 200 ? response.body().substring(0, 200) : response.body()));
        }
    }

    private static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                skipSpace();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                while (true) {
                    skipSpace();
                    String key = string();
                    skipSpace();
                    expectChar(':');
                    map.put(key, value());
                    skipSpace();
                    if (text.charAt(at) == ',') {
                        at++;
                    } else {
                        expectChar('}');
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                skipSpace();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skipSpace();
                    if (text.charAt(at) == ',') {
                        at++;
                    } else {
                        expectChar(']');
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            for (String word : List.of("true", "false", "null")) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw new IllegalStateException("unexpected " + c);
            }
            return Double.valueOf(text.substring(start, at)).longValue() == Double.valueOf(text.substring(start, at))
                    ? (Object) Long.valueOf(Double.valueOf(text.substring(start, at)).longValue())
                    : Double.valueOf(text.substring(start, at));
        }

        private void expectChar(char c) {
            if (text.charAt(at) != c) {
                throw new IllegalStateException("expected " + c);
            }
            at++;
        }

        private String string() {
            expectChar('"');
            StringBuilder out = new StringBuilder();
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            at++;
            return out.toString();
        }
    }
}
