package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

/**
 * Who sees the controls that correct and remove, on the pages over HTTP: a story's edit form only
 * for its author (and administrators), the "applied in" Remove only for who recorded it, and the
 * feed's empty state in words rather than "Stories 0 to 0 of 0".
 */
public class TrustPagesTest {
    private static final String API = "/rest/experiment-log/1.0/failures";
    private static final String PAGES = "/plugins/servlet/experiment-log/failures";

    private static long share(SandboxClient author, String title) {
        Map<String, Object> story =
                Map.of(
                        "title", title,
                        "whatWeTried", "Letters <b>bold</b>.",
                        "whatHappened", "They came back.",
                        "whatWeLearned", "Check addresses.",
                        "factors", List.of("time-pressure"),
                        "impact", "low",
                        "audience", Map.of("everyone", true, "departments", List.of()));
        return author.post(API, story).json().get("id").asLong();
    }

    @Test
    public void editForm_shouldHoldTheStory_forItsAuthor_andBeNotFound_forAnotherReader() {
        SandboxClient pia = RunningSandbox.as("pia");
        String title = "Edit " + UUID.randomUUID();
        long id = share(pia, title);

        SandboxClient.Reply own = pia.get(PAGES + "/" + id + "/edit");
        SandboxClient.Reply other = RunningSandbox.as("dirk").get(PAGES + "/" + id + "/edit");
        SandboxClient.Reply story = RunningSandbox.as("dirk").get(PAGES + "/" + id);

        assertEquals(200, own.status());
        assertTrue(own.body().contains("value=\"" + title + "\""));
        assertTrue(own.body(), own.body().contains("Letters &lt;b&gt;bold&lt;/b&gt;."));
        assertTrue(own.body().contains("data-method=\"PUT\""));
        assertEquals(404, other.status());
        assertFalse(story.body().contains("exlog-story-edit"));
        assertFalse(story.body().contains("exlog-story-delete"));
    }

    @Test
    public void feed_shouldSayNoStoryMatches_insteadOfCountingZero() {
        SandboxClient.Reply page =
                RunningSandbox.as("dirk").get(PAGES + "?text=zebra" + UUID.randomUUID());

        assertTrue(page.body().contains("No story matches this filter."));
        assertFalse(page.body(), page.body().contains("Stories 0 to 0 of 0"));
    }
}
