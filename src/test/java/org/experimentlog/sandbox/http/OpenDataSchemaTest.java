package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The open data matches its documented schema: the register's JSON, as served for a published
 * experiment with a registered plan, a deviation, results of every kind and a failure story, is
 * checked against the schemas of {@code docs/openapi.yaml} (types, required and nullable
 * properties, enums, dates, nested objects and arrays), and the validator is shown to catch a
 * document that breaks them.
 */
public class OpenDataSchemaTest {
    private static final String API = "/rest/experiment-log/1.0";
    private static JsonNode spec;
    private static long number;

    @BeforeClass
    public static void publishAnExperiment() throws IOException {
        spec = new ObjectMapper(new YAMLFactory()).readTree(new File("docs/openapi.yaml"));
        SandboxClient admin = RunningSandbox.as("admin");
        String key =
                admin.post(
                                "/rest/sandbox/1.0/issues",
                                Map.of(
                                        "project",
                                        "MOVE",
                                        "summary",
                                        "Open data: a shorter moving form",
                                        "type",
                                        "Experiment"))
                        .json()
                        .get("key")
                        .asText();
        check(admin.post(API + "/experiments/" + key, null), 201);
        check(
                admin.put(
                        API + "/experiments/" + key + "/hypothesis",
                        Map.of(
                                "version",
                                version(admin, key),
                                "change",
                                "a shorter form",
                                "audience",
                                "residents moving",
                                "expectedResult",
                                "more online moves",
                                "signal",
                                "online share above 60%")),
                200);
        check(
                admin.put(
                        API + "/experiments/" + key + "/plan",
                        Map.of(
                                "version",
                                version(admin, key),
                                "method",
                                "ab-test",
                                "plannedSampleSize",
                                800,
                                "departments",
                                List.of(),
                                "outcomes",
                                List.of())),
                200);
        check(
                admin.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of("version", version(admin, key), "stage", "running")),
                200);
        check(
                admin.put(
                        API + "/experiments/" + key + "/plan",
                        Map.of(
                                "version",
                                version(admin, key),
                                "method",
                                "pilot",
                                "plannedSampleSize",
                                600,
                                "departments",
                                List.of(),
                                "outcomes",
                                List.of(),
                                "deviationReason",
                                "Too few visitors to split.")),
                200);
        long iteration =
                admin.post(
                                API + "/experiments/" + key + "/iterations",
                                Map.of(
                                        "change",
                                        "Short form",
                                        "startDate",
                                        "2026-01-05",
                                        "endDate",
                                        "2026-02-05"))
                        .json()
                        .get("iterations")
                        .get(0)
                        .get("id")
                        .asLong();
        check(
                admin.post(
                        API + "/experiments/" + key + "/iterations/" + iteration + "/results",
                        Map.of(
                                "title",
                                "Moves online",
                                "kind",
                                "proportion",
                                "controlSize",
                                400,
                                "controlConversions",
                                200,
                                "variantSize",
                                410,
                                "variantConversions",
                                250)),
                201);
        check(
                admin.post(
                        API + "/experiments/" + key + "/iterations/" + iteration + "/results",
                        Map.of(
                                "title",
                                "Minutes",
                                "kind",
                                "observed",
                                "before",
                                12.5,
                                "after",
                                9.0,
                                "unit",
                                "min")),
                201);
        check(
                admin.post(
                        API + "/experiments/" + key + "/learnings",
                        Map.of(
                                "statement",
                                "Short forms get finished.",
                                "iterationId",
                                iteration,
                                "tags",
                                List.of("forms"))),
                201);
        check(
                admin.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of("version", version(admin, key), "stage", "analysing")),
                200);
        check(
                admin.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of(
                                "version",
                                version(admin, key),
                                "stage",
                                "concluded",
                                "verdict",
                                "validated")),
                200);
        JsonNode settings = admin.get(API + "/register/settings").json();
        check(
                admin.put(
                        API + "/register/settings",
                        Map.of(
                                "enabled",
                                true,
                                "licence",
                                "cc0-1-0",
                                "organisation",
                                "Exampleton",
                                "version",
                                settings.get("version").asLong())),
                200);
        check(admin.post(API + "/publications/" + key, Map.of()), 201);
        number = admin.get(API + "/experiments/" + key).json().get("id").asLong();
    }

    @AfterClass
    public static void switchPublishingOff() {
        SandboxClient admin = RunningSandbox.as("admin");
        JsonNode settings = admin.get(API + "/register/settings").json();
        check(
                admin.put(
                        API + "/register/settings",
                        Map.of("enabled", false, "version", settings.get("version").asLong())),
                200);
    }

    private static long version(SandboxClient client, String key) {
        return client.get(API + "/experiments/" + key).json().get("version").asLong();
    }

    private static void check(SandboxClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + ": " + reply);
        }
    }

    @Test
    public void anEntry_shouldMatchTheDocumentedSchema_withItsPlanDeviationAndResults() {
        JsonNode entry =
                RunningSandbox.anonymous().get(API + "/register/experiments/" + number).json();

        assertEquals(List.of(), violations(entry, schema("RegisterEntry"), "$"));
        assertEquals("pilot", entry.at("/experiment/deviations/0/after").asText());
        assertEquals("sample-size", entry.at("/experiment/deviations/1/part").asText());
        assertEquals("800", entry.at("/experiment/deviations/1/before").asText());
        assertEquals("600", entry.at("/experiment/deviations/1/after").asText());
        assertEquals(800, entry.at("/experiment/plan/plannedSampleSize").asInt());
        assertEquals(600, entry.at("/experiment/plannedSampleSize").asInt());
        assertEquals("CC0-1.0", entry.at("/licence/id").asText());
        assertEquals(2, entry.at("/findings").size());
    }

    @Test
    public void theCsv_shouldHaveTheDocumentedColumns_withTheDeviationsSpelledOut() {
        SandboxClient.Reply reply =
                RunningSandbox.anonymous().get(API + "/register/experiments?format=csv");
        List<List<String>> rows = csvRows(reply.body());

        assertEquals(200, reply.status());
        assertEquals(documentedCsvColumns(), rows.get(0));
        List<String> header = rows.get(0);
        List<String> row =
                rows.stream()
                        .filter(r -> r.get(0).equals(Long.toString(number)))
                        .findFirst()
                        .orElseThrow();
        assertEquals(header.size(), row.size());
        assertEquals("2", row.get(header.indexOf("deviations")));
        assertEquals("800", row.get(header.indexOf("planned_sample_size")));
        String details = row.get(header.indexOf("deviation_details"));
        assertTrue(
                details,
                details.matches(
                        "v2 method \\d{4}-\\d{2}-\\d{2}: \"ab-test\" -> \"pilot\"; reason: Too few"
                                + " visitors to split\\. \\| v2 sample-size \\d{4}-\\d{2}-\\d{2}:"
                                + " \"800\" -> \"600\"; reason: Too few visitors to split\\."));
    }

    /** The CSV columns docs/open-data.md lists, in its order. */
    private static List<String> documentedCsvColumns() {
        try {
            String doc = Files.readString(Path.of("docs/open-data.md"));
            Matcher columns = Pattern.compile("Columns: `([^`]+)`").matcher(doc);
            assertTrue("docs/open-data.md lists the CSV columns", columns.find());
            return Arrays.stream(columns.group(1).split(",")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    public void theList_shouldMatchTheDocumentedSchema() {
        JsonNode page =
                RunningSandbox.anonymous().get(API + "/register/experiments?maxResults=50").json();

        assertEquals(List.of(), violations(page, schema("RegisterPage"), "$"));
        assertTrue(page.get("total").asInt() >= 1);
    }

    @Test
    public void theValidator_shouldReportADocumentThatBreaksTheSchema() {
        JsonNode entry =
                RunningSandbox.anonymous().get(API + "/register/experiments/" + number).json();
        ((ObjectNode) entry.get("experiment")).put("stage", "running");
        ((ObjectNode) entry).remove("title");

        List<String> found = violations(entry, schema("RegisterEntry"), "$");

        assertEquals(
                List.of(
                        "$: missing title",
                        "$.experiment.stage: running is not one of [concluded, abandoned]"),
                found);
    }

    private static JsonNode schema(String name) {
        return spec.at("/components/schemas/" + name);
    }

    /** What in the value breaks the OpenAPI 3.0 schema: the subset the open data's schemas use. */
    static List<String> violations(JsonNode value, JsonNode schema, String path) {
        List<String> found = new ArrayList<>();
        if (schema.has("$ref")) {
            return violations(value, spec.at(schema.get("$ref").asText().substring(1)), path);
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                found.add(path + ": null is not allowed");
            }
            return found;
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                found.addAll(violations(value, part, path));
            }
        }
        if (schema.has("enum")) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(e -> allowed.add(e.asText()));
            if (!allowed.contains(value.asText())) {
                found.add(path + ": " + value.asText() + " is not one of " + allowed);
            }
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    found.add(path + ": not an object");
                    return found;
                }
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asText())) {
                        found.add(path + ": missing " + required.asText());
                    }
                }
                Map<String, JsonNode> properties = new HashMap<>();
                schema.path("properties")
                        .properties()
                        .forEach(e -> properties.put(e.getKey(), e.getValue()));
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
                        fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    JsonNode property = properties.get(field.getKey());
                    if (property == null) {
                        found.add(path + ": undocumented property " + field.getKey());
                    } else {
                        found.addAll(
                                violations(
                                        field.getValue(), property, path + "." + field.getKey()));
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    found.add(path + ": not an array");
                    return found;
                }
                for (int i = 0; i < value.size(); i++) {
                    found.addAll(
                            violations(value.get(i), schema.get("items"), path + "[" + i + "]"));
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    found.add(path + ": not a string");
                } else if ("date".equals(schema.path("format").asText())) {
                    try {
                        LocalDate.parse(value.asText());
                    } catch (RuntimeException e) {
                        found.add(path + ": not a date");
                    }
                } else if ("date-time".equals(schema.path("format").asText())) {
                    try {
                        OffsetDateTime.parse(value.asText());
                    } catch (RuntimeException e) {
                        found.add(path + ": not a date-time");
                    }
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    found.add(path + ": not an integer");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    found.add(path + ": not a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    found.add(path + ": not a boolean");
                }
            }
            default -> {
                // no type: only the $ref, allOf or enum above apply
            }
        }
        return found;
    }
}
