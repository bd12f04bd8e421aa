package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * The failures-shared pages over HTTP: they render, and a story the user may not see is a 404 page.
 */
public class FailuresPagesTest {
    private static final String PAGES = "/plugins/servlet/experiment-log/failures";

    private long design;
    private long story;

    @Before
    public void setUp() {
        StoryFixtures.allowAnonymousStories();
        design = StoryFixtures.newDepartment("dept-design");
        Map<String, Object> text = StoryFixtures.storyFor(design);
        text.put("title", "Letters <b>bounced</b> " + design);
        story = StoryFixtures.share(RunningSandbox.as("dirk"), text);
    }

    @Test
    public void theFeed_shouldRender_withTheStoriesTheUserMaySee() {
        SandboxClient.Reply page = RunningSandbox.as("dirk").get(PAGES + "?department=" + design);

        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("id=\"exlog-failures\""));
        assertTrue(
                page.body(), page.body().contains("Letters &lt;b&gt;bounced&lt;/b&gt; " + design));
        assertTrue(page.body(), page.body().contains("How to write a blameless story"));
    }

    @Test
    public void theFeed_shouldKeepOnlyStoriesWithTheWords_andKeepTheWordsInTheField() {
        SandboxClient.Reply found =
                RunningSandbox.as("dirk").get(PAGES + "?department=" + design + "&text=BOUNCED");
        SandboxClient.Reply missed =
                RunningSandbox.as("dirk").get(PAGES + "?department=" + design + "&text=zebra");

        assertTrue(
                found.body(),
                found.body().contains("Letters &lt;b&gt;bounced&lt;/b&gt; " + design));
        assertTrue(
                found.body(),
                found.body().contains("name=\"text\" maxlength=\"200\" value=\"BOUNCED\""));
        assertFalse(missed.body(), missed.body().contains("bounced"));
        assertTrue(missed.body(), missed.body().contains("No story matches this filter."));
    }

    @Test
    public void theFeed_shouldSayNextToTheEndDay_whenThePeriodEndsBeforeItStarts() {
        String backwards =
                RunningSandbox.as("dirk")
                        .get(PAGES + "?from=2026-02-01&to=2026-01-01&lang=nl")
                        .body();
        String forwards =
                RunningSandbox.as("dirk").get(PAGES + "?from=2026-01-01&to=2026-02-01").body();

        assertTrue(
                backwards,
                backwards.contains(
                        "value=\"2026-01-01\" aria-invalid=\"true\" aria-describedby=\"exlog-filter-to-error\""));
        assertTrue(
                backwards,
                backwards.contains(
                        "id=\"exlog-filter-to-error\">De periode eindigt voordat die begint"));
        assertFalse(forwards, forwards.contains("aria-invalid"));
    }

    @Test
    public void aStory_shouldRender_forItsAudience() {
        SandboxClient.Reply page = RunningSandbox.as("dirk").get(PAGES + "/" + story);

        assertEquals(200, page.status());
        assertTrue(
                page.body(), page.body().contains("Letters &lt;b&gt;bounced&lt;/b&gt; " + design));
        assertTrue(page.body(), page.body().contains("Dirk Jansen (Design)"));
    }

    @Test
    public void aStoryTheUserMayNotSee_shouldBeANotFoundPage() {
        SandboxClient.Reply page = RunningSandbox.as("olaf").get(PAGES + "/" + story);
        SandboxClient.Reply feed = RunningSandbox.as("olaf").get(PAGES + "?department=" + design);

        assertEquals(404, page.status());
        assertTrue(
                page.body(),
                page.body().contains("does not exist or you do not have permission to see it"));
        assertFalse(page.body(), page.body().contains("bounced"));
        assertFalse(feed.body(), feed.body().contains("bounced"));
    }

    @Test
    public void aStoryThatDoesNotExist_shouldBeANotFoundPage() {
        assertEquals(404, RunningSandbox.as("dirk").get(PAGES + "/999999999").status());
        assertEquals(404, RunningSandbox.as("dirk").get(PAGES + "/nonsense").status());
    }

    @Test
    public void anAnonymousStory_shouldNeverShowItsAuthor() {
        Map<String, Object> text = StoryFixtures.storyFor(design);
        text.put("anonymous", true);
        long anonymous = StoryFixtures.share(RunningSandbox.as("dirk"), text);

        SandboxClient.Reply page = RunningSandbox.as("admin").get(PAGES + "/" + anonymous);

        assertEquals(200, page.status());
        assertFalse(page.body(), page.body().contains("Dirk"));
    }

    @Test
    public void theFormAndTheGuide_shouldRender_inBothLanguages() {
        SandboxClient.Reply form =
                RunningSandbox.as("pia").get(PAGES + "/new?issueKey=PERMIT-1&iteration=7");
        SandboxClient.Reply guide = RunningSandbox.as("pia").get(PAGES + "/guide");
        SandboxClient.Reply dutch = RunningSandbox.as("pia").get(PAGES + "/guide?lang=nl");

        assertEquals(200, form.status());
        assertTrue(form.body(), form.body().contains("value=\"PERMIT-1\""));
        assertTrue(
                form.body(),
                form.body().contains("name=\"iterationId\" data-type=\"integer\" value=\"7\""));
        assertTrue(form.body(), form.body().contains("name=\"anonymous\""));
        assertEquals(200, guide.status());
        assertTrue(guide.body(), guide.body().contains("Describe conditions, not culprits"));
        assertTrue(
                dutch.body(), dutch.body().contains("Beschrijf omstandigheden, geen schuldigen"));
    }

    @Test
    public void thePages_shouldAskToLogInFirst() {
        assertEquals(302, RunningSandbox.anonymous().get(PAGES).status());
    }
}
