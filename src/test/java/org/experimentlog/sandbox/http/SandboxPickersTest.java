package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

/**
 * The sandbox serves Jira's user and group picker resources with Jira's answer shapes, for the
 * app's picker fields.
 */
public class SandboxPickersTest {
    @Test
    public void userPicker_shouldAnswerJirasShape_withTheMatchBoldAndEscaped() {
        SandboxClient.Reply reply =
                RunningSandbox.as("pia").get("/rest/api/2/user/picker?query=pia&maxResults=5");

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode body = reply.json();
        assertEquals(1, body.get("total").asInt());
        assertEquals("Showing 1 of 1 matching users", body.get("header").asText());
        JsonNode user = body.get("users").get(0);
        assertEquals("pia", user.get("name").asText());
        assertEquals("pia", user.get("key").asText());
        assertEquals("Pia de Vries (Product)", user.get("displayName").asText());
        assertTrue(
                user.get("html").asText(),
                user.get("html").asText().startsWith("<strong>Pia</strong> de Vries"));
        assertTrue(user.has("avatarUrl"));
    }

    @Test
    public void groupPicker_shouldAnswerJirasShape_matchingTheStartOfAnyWord() {
        SandboxClient.Reply reply =
                RunningSandbox.as("pia").get("/rest/api/2/groups/picker?query=product");

        assertEquals(reply.toString(), 200, reply.status());
        JsonNode body = reply.json();
        assertEquals(1, body.get("total").asInt());
        assertEquals("dept-product", body.get("groups").get(0).get("name").asText());
        assertEquals(
                "dept-<strong>product</strong>", body.get("groups").get(0).get("html").asText());
        assertEquals(0, body.get("groups").get(0).get("labels").size());
        assertEquals("Showing 1 of 1 matching groups", body.get("header").asText());
    }

    @Test
    public void pickers_shouldRefuseAnonymousCallers() {
        assertEquals(
                401, RunningSandbox.anonymous().get("/rest/api/2/user/picker?query=a").status());
        assertEquals(
                401, RunningSandbox.anonymous().get("/rest/api/2/groups/picker?query=a").status());
    }
}
