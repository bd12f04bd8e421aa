package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The API the sandbox serves is the API {@code docs/openapi.yaml} documents: every endpoint of the
 * plugin's REST package is documented, every documented endpoint exists and answers with one of its
 * documented statuses (never "no such address", 405 or 500), and every operation documents its
 * errors.
 */
public class OpenApiContractTest {
    private static final String BASE = "/rest/experiment-log/1.0";
    private static JsonNode spec;

    @BeforeClass
    public static void readSpec() throws IOException {
        spec = new ObjectMapper(new YAMLFactory()).readTree(new File("docs/openapi.yaml"));
    }

    private static TreeSet<String> documented() {
        TreeSet<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        spec.get("paths").properties().iterator();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                            method -> {
                                if (List.of("get", "post", "put", "delete").contains(method)) {
                                    operations.add(
                                            method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                                }
                            });
        }
        return operations;
    }

    private static TreeSet<String> served()
            throws IOException, URISyntaxException, ClassNotFoundException {
        TreeSet<String> operations = new TreeSet<>();
        java.nio.file.Path classes =
                java.nio.file.Path.of("target/classes/org/experimentlog/web/rest");
        try (Stream<java.nio.file.Path> files = Files.list(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Class<?> type =
                        Class.forName(
                                "org.experimentlog.web.rest."
                                        + file.getFileName().toString().replace(".class", ""));
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb =
                            method.isAnnotationPresent(GET.class)
                                    ? "GET"
                                    : method.isAnnotationPresent(POST.class)
                                            ? "POST"
                                            : method.isAnnotationPresent(PUT.class)
                                                    ? "PUT"
                                                    : method.isAnnotationPresent(DELETE.class)
                                                            ? "DELETE"
                                                            : null;
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        operations.add(
                                verb
                                        + " /"
                                        + root.value()
                                        + (sub == null ? "" : "/" + sub.value()));
                    }
                }
            }
        }
        return operations;
    }

    @Test
    public void everyServedEndpoint_shouldBeDocumented_andEveryDocumentedOneServed()
            throws Exception {
        assertEquals(served(), documented());
    }

    @Test
    public void everyOperation_shouldDocumentItsErrors() {
        List<String> missing = new ArrayList<>();
        for (String operation : documented()) {
            String[] parts = operation.split(" ", 2);
            JsonNode responses =
                    spec.get("paths")
                            .get(parts[1])
                            .get(parts[0].toLowerCase(Locale.ROOT))
                            .get("responses");
            for (String status : List.of("401")) {
                if (responses == null || !responses.has(status)) {
                    missing.add(operation + " lacks " + status);
                }
            }
            if (responses != null && !parts[0].equals("GET") && !responses.has("400")) {
                missing.add(operation + " lacks 400");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyDocumentedEndpoint_shouldAnswerWithADocumentedStatus() {
        SandboxClient admin = RunningSandbox.as("admin");
        List<String> wrong = new ArrayList<>();
        for (String operation : documented()) {
            String[] parts = operation.split(" ", 2);
            String path =
                    parts[1].replaceAll("\\{issueKey}", "PERMIT-999999")
                            .replaceAll("\\{projectKey}", "NOPE")
                            .replaceAll("\\{[A-Za-z]*[iI]d}", "999999");
            SandboxClient.Reply reply =
                    admin.send(
                            parts[0],
                            BASE + path,
                            parts[0].equals("GET") || parts[0].equals("DELETE") ? null : "{}",
                            "application/json");
            JsonNode responses =
                    spec.get("paths")
                            .get(parts[1])
                            .get(parts[0].toLowerCase(Locale.ROOT))
                            .get("responses");
            boolean routed = !reply.body().contains("There is nothing at this address.");
            if (!routed
                    || reply.status() == 405
                    || reply.status() >= 500
                    || !responses.has(Integer.toString(reply.status()))) {
                wrong.add(operation + " answered " + reply);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void anUnknownAddress_shouldAnswer404InTheErrorFormat() {
        SandboxClient.Reply reply = RunningSandbox.as("admin").get(BASE + "/no-such-thing");

        assertEquals(404, reply.status());
        assertNotEquals(null, reply.json().get("errors"));
        assertTrue(reply.body().contains("There is nothing at this address."));
    }
}
