package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The register's Atom feed, fetched from the running sandbox, is checked against the rules of Atom
 * 1.0 (RFC 4287): the feed has an id, a title, an updated date, an author and a self link; every
 * entry has an absolute IRI as id, a title, an RFC 3339 updated date and a link; and a withdrawal
 * is an entry of its own next to the publication.
 */
public class RegisterFeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String API = "/rest/experiment-log/1.0";
    private static final String FEED = "/plugins/servlet/experiment-log/register/feed";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static long withdrawnNumber;
    private static boolean wasOn;

    @BeforeClass
    public static void publishOneAndWithdrawIt() {
        SandboxClient admin = RunningSandbox.as("admin");
        wasOn = admin.get(API + "/register/settings").json().get("enabled").asBoolean();
        publishing(admin, true);
        String key = concluded(admin, "Feed: a shorter parking form");
        check(admin.post(API + "/publications/" + key, Map.of("stories", List.of())), 201);
        check(
                admin.post(
                        API + "/publications/" + key + "/withdrawal",
                        Map.of("reason", "Figures were entered twice")),
                200);
        withdrawnNumber = admin.get(API + "/experiments/" + key).json().get("id").asLong();
    }

    @AfterClass
    public static void restorePublishing() {
        publishing(RunningSandbox.as("admin"), wasOn);
    }

    private static String concluded(SandboxClient client, String title) {
        String key =
                client.post(
                                "/rest/sandbox/1.0/issues",
                                Map.of("project", "PERMIT", "summary", title, "type", "Experiment"))
                        .json()
                        .get("key")
                        .asText();
        check(client.post(API + "/experiments/" + key, null), 201);
        check(
                client.put(
                        API + "/experiments/" + key + "/hypothesis",
                        Map.of(
                                "version",
                                version(client, key),
                                "change",
                                "a shorter form",
                                "audience",
                                "permit holders",
                                "expectedResult",
                                "fewer errors",
                                "reason",
                                "the form is long",
                                "signal",
                                "errors drop by 20%")),
                200);
        for (String stage : new String[] {"running", "analysing"}) {
            check(
                    client.post(
                            API + "/experiments/" + key + "/transitions",
                            Map.of("version", version(client, key), "stage", stage)),
                    200);
        }
        check(
                client.post(
                        API + "/experiments/" + key + "/learnings",
                        Map.of("statement", "Shorter is read")),
                201);
        check(
                client.post(
                        API + "/experiments/" + key + "/transitions",
                        Map.of(
                                "version",
                                version(client, key),
                                "stage",
                                "concluded",
                                "verdict",
                                "validated")),
                200);
        return key;
    }

    private static void publishing(SandboxClient admin, boolean on) {
        JsonNode settings = admin.get(API + "/register/settings").json();
        Map<String, Object> body = new HashMap<>();
        body.put("enabled", on);
        body.put("licence", "cc-by-4-0");
        body.put("version", settings.get("version").asLong());
        check(admin.put(API + "/register/settings", body), 200);
    }

    private static long version(SandboxClient client, String key) {
        return client.get(API + "/experiments/" + key).json().get("version").asLong();
    }

    private static void check(SandboxClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + ": " + reply);
        }
    }

    private static HttpResponse<byte[]> fetch(String language) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(RunningSandbox.get().baseUrl() + FEED))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept-Language", language)
                        .GET()
                        .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Document parse(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e
                    && ATOM.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /**
     * Exactly one child of that name, with text; RFC 4287 allows no more than one id, title or
     * updated.
     */
    private static String single(Element parent, String name, List<String> problems, String where) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            problems.add(where + " has " + found.size() + " atom:" + name);
            return null;
        }
        String text = found.get(0).getTextContent().trim();
        if (text.isEmpty()) {
            problems.add(where + " has an empty atom:" + name);
        }
        return text;
    }

    private static void date(String text, List<String> problems, String where) {
        if (text == null
                || !text.matches(
                        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
            problems.add(where + " has no RFC 3339 date: " + text);
            return;
        }
        OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void absolute(String iri, List<String> problems, String where) {
        if (iri == null || !URI.create(iri).isAbsolute()) {
            problems.add(where + " is not an absolute IRI: " + iri);
        }
    }

    private static boolean hasAuthor(Element parent) {
        return children(parent, "author").stream()
                .anyMatch(
                        a ->
                                children(a, "name").stream()
                                        .anyMatch(n -> !n.getTextContent().isBlank()));
    }

    @Test
    public void feed_shouldBeValidAtom_whenPublicationsAndAWithdrawalExist() throws Exception {
        for (String language : new String[] {"en", "nl"}) {
            HttpResponse<byte[]> response = fetch(language);
            assertEquals(200, response.statusCode());
            assertTrue(
                    response.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("application/atom+xml"));
            Document document = parse(response.body());
            Element feed = document.getDocumentElement();
            assertEquals(ATOM, feed.getNamespaceURI());
            assertEquals("feed", feed.getLocalName());
            List<String> problems = new ArrayList<>();

            absolute(single(feed, "id", problems, "feed"), problems, "feed id");
            single(feed, "title", problems, "feed");
            date(single(feed, "updated", problems, "feed"), problems, "feed updated");
            boolean self =
                    children(feed, "link").stream()
                            .anyMatch(
                                    l ->
                                            "self".equals(l.getAttribute("rel"))
                                                    && URI.create(l.getAttribute("href"))
                                                            .isAbsolute());
            if (!self) {
                problems.add("feed has no self link");
            }
            List<Element> entries = children(feed, "entry");
            assertFalse("the feed has entries", entries.isEmpty());
            boolean feedAuthor = hasAuthor(feed);
            Set<String> ids = new HashSet<>();
            for (Element entry : entries) {
                String id = single(entry, "id", problems, "entry");
                String where = "entry " + id;
                absolute(id, problems, where + " id");
                if (!ids.add(String.valueOf(id))) {
                    problems.add(where + " repeats an id");
                }
                single(entry, "title", problems, where);
                date(single(entry, "updated", problems, where), problems, where + " updated");
                List<Element> links = children(entry, "link");
                if (links.isEmpty()
                        || links.stream().anyMatch(l -> l.getAttribute("href").isBlank())) {
                    problems.add(where + " has no link");
                }
                if (!feedAuthor && !hasAuthor(entry)) {
                    problems.add(where + " has no author and neither has the feed");
                }
                if (children(entry, "content").isEmpty()
                        && links.stream()
                                .noneMatch(
                                        l ->
                                                l.getAttribute("rel").isEmpty()
                                                        || "alternate"
                                                                .equals(l.getAttribute("rel")))) {
                    problems.add(where + " has neither content nor an alternate link");
                }
            }
            assertEquals(language + ": " + problems, List.of(), problems);

            String page = "/register/" + withdrawnNumber;
            List<Element> about =
                    entries.stream()
                            .filter(
                                    e ->
                                            children(e, "link").stream()
                                                    .anyMatch(
                                                            l ->
                                                                    l.getAttribute("href")
                                                                                    .contains(
                                                                                            page
                                                                                                    + "?")
                                                                            || l.getAttribute(
                                                                                            "href")
                                                                                    .endsWith(
                                                                                            page)))
                            .toList();
            assertEquals(
                    language + ": one entry for the publication and one for its withdrawal",
                    2,
                    about.size());
            Element withdrawal =
                    about.stream()
                            .filter(e -> single(e, "id", problems, "entry").endsWith("/withdrawn"))
                            .findFirst()
                            .orElse(null);
            assertNotNull(language + ": the withdrawal is an entry of its own", withdrawal);
            assertTrue(
                    children(withdrawal, "summary")
                            .get(0)
                            .getTextContent()
                            .contains("Figures were entered twice"));
        }
    }
}
