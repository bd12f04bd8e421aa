package org.experimentlog.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A real HTTP client of the running sandbox, logged in as one user (or anonymous) with HTTP Basic
 * credentials.
 */
public final class SandboxClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String user;

    SandboxClient(String baseUrl, String user) {
        this.baseUrl = baseUrl;
        this.user = user;
    }

    /** The answer: status and body (parsed as JSON when it is JSON). */
    public record Reply(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    /** A GET that accepts {@code accept}, with the response headers an export sets. */
    public Download download(String path, String accept) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept", accept)
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
                    HTTP.send(
                            request.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("GET " + path + " was interrupted", e);
        }
    }

    /** An answer with its content type and disposition. */
    public record Download(int status, String contentType, String disposition, String body) {}

    /** Sends a raw body with any content type (malformed JSON, forms, huge bodies). */
    public Reply send(String method, String path, Object body, String contentType) {
        return send(method, path, body, contentType, Map.of());
    }

    /**
     * Sends a raw body with any content type and extra headers (such as {@code X-Atlassian-Token}).
     */
    public Reply send(
            String method,
            String path,
            Object body,
            String contentType,
            Map<String, String> headers) {
        try {
            String text =
                    body == null
                            ? null
                            : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json")
                            .method(
                                    method,
                                    text == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(
                                                    text, StandardCharsets.UTF_8));
            if (text != null) {
                request.header("Content-Type", contentType);
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                // a script's bodiless change declares itself, as Jira's XSRF rule asks of every
                // client without a JSON body
                request.header("X-Atlassian-Token", "no-check");
            }
            if (user != null) {
                request.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + user)
                                                        .getBytes(StandardCharsets.UTF_8)));
            }
            headers.forEach(request::header);
            HttpResponse<String> response;
            try {
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // A kept-alive connection the server had just closed (after refusing a request
                // whose body it did not
                // read) fails before any byte of the request arrives; sending again on a fresh
                // connection is safe.
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
