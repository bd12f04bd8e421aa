package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.Before;
import org.junit.Test;

/** The department endpoints over real HTTP against the running sandbox. */
public class DepartmentApiTest {
    private static final String API = "/rest/experiment-log/1.0/departments";

    private SandboxClient admin;
    private SandboxClient pia;
    private String name;

    @Before
    public void setUp() {
        admin = RunningSandbox.as("admin");
        pia = RunningSandbox.as("pia");
        name = "Service design " + UUID.randomUUID();
    }

    private JsonNode create() {
        SandboxClient.Reply reply =
                admin.post(API, Map.of("name", name, "groupName", "dept-design"));
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json();
    }

    private JsonNode read(long id) {
        JsonNode found = null;
        for (JsonNode department : admin.get(API).json().get("values")) {
            if (department.get("id").asLong() == id) {
                found = department;
            }
        }
        if (found == null) {
            throw new AssertionError("No department " + id);
        }
        return found;
    }

    private int count() {
        return admin.get(API).json().get("values").size();
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private static void assertBadInput(SandboxClient.Reply reply, String field) {
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(
                reply.toString(), field, reply.json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void create_shouldAnswer201WithTheDepartment() {
        SandboxClient.Reply reply =
                admin.post(API, Map.of("name", name, "groupName", "dept-design"));

        assertEquals(reply.toString(), 201, reply.status());
        JsonNode json = reply.json();
        assertEquals(name, json.get("name").asText());
        assertEquals("dept-design", json.get("groupName").asText());
        assertEquals(json, read(json.get("id").asLong()));
    }

    @Test
    public void create_shouldLeaveTheGroupOut_whenNoneIsGiven() {
        SandboxClient.Reply reply = admin.post(API, Map.of("name", name, "groupName", " "));

        assertEquals(reply.toString(), 201, reply.status());
        assertNull(read(reply.json().get("id").asLong()).get("groupName"));
    }

    @Test
    public void list_shouldShowTheDepartmentToEveryLoggedInUser() {
        JsonNode created = create();

        JsonNode values = RunningSandbox.as("olaf").get(API).json().get("values");

        boolean found = false;
        for (JsonNode department : values) {
            found |= department.equals(created);
        }
        assertTrue(values.toString(), found);
    }

    @Test
    public void everyEndpoint_shouldAnswer401_whenNobodyIsLoggedIn() {
        JsonNode created = create();
        long id = created.get("id").asLong();
        SandboxClient anonymous = RunningSandbox.anonymous();
        int before = count();

        assertEquals(401, anonymous.get(API).status());
        assertEquals(401, anonymous.post(API, Map.of("name", name + " 2")).status());
        assertEquals(
                401,
                anonymous
                        .put(
                                API + "/" + id,
                                body("name", "Renamed", "version", created.get("version").asLong()))
                        .status());
        assertEquals(before, count());
        assertEquals(created, read(id));
    }

    @Test
    public void create_shouldAnswer403AndCreateNothing_whenTheCallerIsNotAnAdministrator() {
        int before = count();

        SandboxClient.Reply reply = pia.post(API, Map.of("name", name));

        assertEquals(reply.toString(), 403, reply.status());
        assertEquals(before, count());
    }

    @Test
    public void change_shouldRenameAndRegroup_andRaiseTheVersion() {
        JsonNode created = create();
        long id = created.get("id").asLong();

        SandboxClient.Reply reply =
                admin.put(
                        API + "/" + id,
                        body(
                                "name",
                                name + " renamed",
                                "groupName",
                                "dept-product",
                                "version",
                                created.get("version").asLong()));

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode json = reply.json();
        assertEquals(name + " renamed", json.get("name").asText());
        assertEquals("dept-product", json.get("groupName").asText());
        assertEquals(created.get("version").asLong() + 1, json.get("version").asLong());
        assertEquals(json, read(id));
    }

    @Test
    public void change_shouldAnswer409AndKeepTheFirstChange_whenTheVersionIsStale() {
        JsonNode created = create();
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();
        assertEquals(
                200,
                admin.put(API + "/" + id, body("name", name + " first", "version", version))
                        .status());

        SandboxClient.Reply reply =
                admin.put(API + "/" + id, body("name", name + " second", "version", version));

        assertEquals(reply.toString(), 409, reply.status());
        assertEquals(name + " first", read(id).get("name").asText());
    }

    @Test
    public void change_shouldAnswer403_whenTheCallerIsNotAnAdministrator() {
        JsonNode created = create();
        long id = created.get("id").asLong();

        SandboxClient.Reply reply =
                pia.put(
                        API + "/" + id,
                        body(
                                "name",
                                "Pia's department",
                                "version",
                                created.get("version").asLong()));

        assertEquals(reply.toString(), 403, reply.status());
        assertEquals(created, read(id));
    }

    @Test
    public void change_shouldAnswer404_whenTheDepartmentDoesNotExist() {
        SandboxClient.Reply reply = admin.put(API + "/999999999", body("name", name, "version", 0));

        assertEquals(reply.toString(), 404, reply.status());
        assertFalse(admin.get(API).json().toString().contains(name));
    }

    // bad input

    @Test
    public void create_shouldAnswer400_whenTheNameIsMissing() {
        assertCreateRejected(body("groupName", "dept-design"), "name");
    }

    @Test
    public void create_shouldAnswer400_whenTheNameIsBlank() {
        assertCreateRejected(body("name", "   "), "name");
    }

    @Test
    public void create_shouldAnswer400_whenTheNameIsTooLong() {
        assertCreateRejected(body("name", "n".repeat(61)), "name");
    }

    @Test
    public void create_shouldAnswer400_whenTheNameIsNotText() {
        assertCreateRejected(body("name", List.of("Design")), "name");
    }

    @Test
    public void create_shouldAnswer400_whenTheGroupDoesNotExist() {
        assertCreateRejected(body("name", name, "groupName", "no-such-group"), "groupName");
    }

    @Test
    public void create_shouldAnswer400_whenTheNameIsTakenIgnoringCase() {
        create();

        assertCreateRejected(body("name", name.toUpperCase(Locale.ROOT)), "name");
    }

    private void assertCreateRejected(Map<String, Object> request, String field) {
        int before = count();

        SandboxClient.Reply reply = admin.post(API, request);

        assertBadInput(reply, field);
        assertEquals(before, count());
    }

    @Test
    public void change_shouldAnswer400_whenTheVersionIsMissing() {
        assertChangeRejected(created -> body("name", "Renamed " + name), "version");
    }

    @Test
    public void change_shouldAnswer400_whenTheVersionIsText() {
        assertChangeRejected(
                created -> body("name", "Renamed " + name, "version", "one"), "version");
    }

    @Test
    public void change_shouldAnswer400_whenTheNameIsTooLong() {
        assertChangeRejected(
                created -> body("name", "n".repeat(61), "version", created.get("version").asLong()),
                "name");
    }

    @Test
    public void change_shouldAnswer400_whenTheGroupDoesNotExist() {
        assertChangeRejected(
                created ->
                        body(
                                "name",
                                name,
                                "groupName",
                                "no-such-group",
                                "version",
                                created.get("version").asLong()),
                "groupName");
    }

    @Test
    public void change_shouldAnswer400_whenTheNameIsTakenByAnotherDepartment() {
        String other = "Other " + UUID.randomUUID();
        assertEquals(201, admin.post(API, Map.of("name", other)).status());

        assertChangeRejected(
                created -> body("name", other, "version", created.get("version").asLong()), "name");
    }

    private void assertChangeRejected(
            Function<JsonNode, Map<String, Object>> request, String field) {
        JsonNode created = create();
        long id = created.get("id").asLong();

        SandboxClient.Reply reply = admin.put(API + "/" + id, request.apply(created));

        assertBadInput(reply, field);
        assertEquals(created, read(id));
    }
}
