package org.experimentlog.sandbox.http;

import static org.experimentlog.sandbox.http.StoryFixtures.API;
import static org.experimentlog.sandbox.http.StoryFixtures.feedOf;
import static org.experimentlog.sandbox.http.StoryFixtures.newDepartment;
import static org.experimentlog.sandbox.http.StoryFixtures.share;
import static org.experimentlog.sandbox.http.StoryFixtures.storyFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * Who sees a failure story over real HTTP (DESIGN.md §3): a story shared with one department is
 * visible to its members, its author and administrators, and to nobody else, neither by id nor in
 * the feed's items or total; the author of an anonymous story appears in no response, not even to
 * the author or to administrators.
 */
public class FailureStoryVisibilityTest {
    /** Users who are neither in the design department, nor the author (pia), nor administrators. */
    private static final List<String> OUTSIDERS =
            List.of("tess", "otto", "paula", "nina", "vera", "olaf");

    /** Those who may read the story: a member (dirk), the author (pia) and an administrator. */
    private static final List<String> READERS = List.of("dirk", "pia", "admin");

    private SandboxClient pia;
    private SandboxClient dirk;
    private long design;
    private long product;
    private long story;

    @Before
    public void setUp() {
        pia = RunningSandbox.as("pia");
        dirk = RunningSandbox.as("dirk");
        design = newDepartment("dept-design");
        product = newDepartment("dept-product");
        story = share(pia, storyFor(design));
    }

    // shared with one department

    @Test
    public void get_shouldShowTheStory_toMembersTheAuthorAndAdministrators() {
        for (String user : READERS) {
            SandboxClient.Reply reply = RunningSandbox.as(user).get(API + "/" + story);

            assertEquals(user + ": " + reply, 200, reply.status());
            assertEquals(story, reply.json().get("id").asLong());
        }
    }

    @Test
    public void get_shouldAnswer404_toEveryoneElse() {
        for (String user : OUTSIDERS) {
            SandboxClient.Reply reply = RunningSandbox.as(user).get(API + "/" + story);

            assertEquals(user + ": " + reply, 404, reply.status());
            assertFalse(user, reply.body().contains("Renewal reminders"));
        }
    }

    @Test
    public void get_shouldAnswer401_whenNobodyIsLoggedIn() {
        SandboxClient.Reply reply = RunningSandbox.anonymous().get(API + "/" + story);

        assertEquals(reply.toString(), 401, reply.status());
    }

    @Test
    public void feed_shouldListAndCountTheStory_forMembersTheAuthorAndAdministrators() {
        for (String user : READERS) {
            JsonNode page = feedOf(RunningSandbox.as(user), design).json();

            assertEquals(user, 1, page.get("total").asInt());
            assertEquals(user, story, page.get("values").get(0).get("id").asLong());
        }
    }

    @Test
    public void feed_shouldNeitherListNorCountTheStory_forEveryoneElse() {
        for (String user : OUTSIDERS) {
            SandboxClient.Reply reply = feedOf(RunningSandbox.as(user), design);

            assertEquals(user + ": " + reply, 200, reply.status());
            assertEquals(user, 0, reply.json().get("total").asInt());
            assertEquals(user, 0, reply.json().get("values").size());
        }
    }

    @Test
    public void feed_shouldNotListTheStoryUnfiltered_forEveryoneElse() {
        for (String user : OUTSIDERS) {
            JsonNode values =
                    RunningSandbox.as(user).get(API + "?maxResults=500").json().get("values");

            for (JsonNode item : values) {
                assertTrue(user, item.get("id").asLong() != story);
            }
        }
    }

    @Test
    public void everyStoryEndpoint_shouldAnswer404_toAnOutsider() {
        SandboxClient tess = RunningSandbox.as("tess");
        Map<String, Object> edit = storyFor(design);
        edit.put("version", 1);
        edit.put("title", "Retitled by an outsider");

        assertEquals(404, tess.put(API + "/" + story, edit).status());
        assertEquals(404, tess.delete(API + "/" + story).status());
        assertEquals(404, tess.post(API + "/" + story + "/helpful", null).status());
        assertEquals(404, tess.delete(API + "/" + story + "/helpful").status());
        assertEquals(404, tess.get(API + "/" + story + "/applied").status());
        assertEquals(
                404,
                tess.post(
                                API + "/" + story + "/applied",
                                Map.of("issueKey", RunningSandbox.newExperiment("MOVE")))
                        .status());

        JsonNode stored = pia.get(API + "/" + story).json();
        assertEquals("Renewal reminders went to old addresses", stored.get("title").asText());
        assertEquals(0, stored.get("helpedCount").asInt());
        assertEquals(0, pia.get(API + "/" + story + "/applied").json().get("values").size());
    }

    @Test
    public void get_shouldShowTheStoryToOutsiders_onceTheAudienceIsWidenedToEveryone() {
        Map<String, Object> widened = storyFor();
        widened.put("audience", Map.of("everyone", true));
        widened.put("version", pia.get(API + "/" + story).json().get("version").asLong());
        assertEquals(200, pia.put(API + "/" + story, widened).status());

        SandboxClient.Reply reply = RunningSandbox.as("tess").get(API + "/" + story);

        assertEquals(reply.toString(), 200, reply.status());
    }

    // anonymous stories

    private long shareAnonymously() {
        StoryFixtures.allowAnonymousStories();
        Map<String, Object> anonymous = storyFor(product);
        anonymous.put("anonymous", true);
        SandboxClient.Reply reply = dirk.post(API, anonymous);
        assertEquals(reply.toString(), 201, reply.status());
        assertNoAuthor(reply);
        return reply.json().get("id").asLong();
    }

    private static void assertNoAuthor(SandboxClient.Reply reply) {
        assertFalse(reply.toString(), reply.body().contains("\"dirk\""));
        if (reply.body().startsWith("{") && reply.json().has("title")) {
            assertNull(reply.toString(), reply.json().get("author"));
            assertTrue(reply.toString(), reply.json().get("anonymous").asBoolean());
        }
    }

    @Test
    public void get_shouldNeverShowTheAuthorOfAnAnonymousStory_evenToTheAuthorAndAdministrators() {
        long id = shareAnonymously();

        for (String user : List.of("dirk", "admin", "pia")) {
            SandboxClient.Reply reply = RunningSandbox.as(user).get(API + "/" + id);

            assertEquals(user + ": " + reply, 200, reply.status());
            assertNoAuthor(reply);
        }
    }

    @Test
    public void feed_shouldNeverShowTheAuthorOfAnAnonymousStory() {
        long id = shareAnonymously();

        for (String user : List.of("dirk", "admin", "pia")) {
            SandboxClient.Reply reply = feedOf(RunningSandbox.as(user), product);

            assertEquals(user, id, reply.json().get("values").get(0).get("id").asLong());
            assertNoAuthor(reply);
        }
    }

    @Test
    public void edit_shouldKeepTheAuthorsRightsButNotShowThem_whenTheStoryIsAnonymous() {
        long id = shareAnonymously();
        Map<String, Object> edit = storyFor(product);
        edit.put("anonymous", true);
        edit.put("title", "Edited by its anonymous author");
        edit.put("version", dirk.get(API + "/" + id).json().get("version").asLong());

        SandboxClient.Reply reply = dirk.put(API + "/" + id, edit);

        assertEquals(reply.toString(), 200, reply.status());
        assertNoAuthor(reply);
        assertEquals(
                "Edited by its anonymous author",
                pia.get(API + "/" + id).json().get("title").asText());
    }

    @Test
    public void reactions_shouldNeverShowTheAuthorOfAnAnonymousStory() {
        long id = shareAnonymously();
        String issueKey = RunningSandbox.newExperiment("MOVE");

        SandboxClient.Reply marked = pia.post(API + "/" + id + "/helpful", null);
        SandboxClient.Reply ownMark = dirk.post(API + "/" + id + "/helpful", null);
        SandboxClient.Reply applied =
                pia.post(API + "/" + id + "/applied", Map.of("issueKey", issueKey));
        SandboxClient.Reply list = RunningSandbox.as("admin").get(API + "/" + id + "/applied");

        assertEquals(marked.toString(), 200, marked.status());
        assertEquals(ownMark.toString(), 409, ownMark.status());
        assertEquals(applied.toString(), 201, applied.status());
        assertEquals(1, list.json().get("values").size());
        for (SandboxClient.Reply reply : List.of(marked, ownMark, applied, list)) {
            assertNoAuthor(reply);
        }
    }
}
