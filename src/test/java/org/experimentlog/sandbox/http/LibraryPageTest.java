package org.experimentlog.sandbox.http;

import static org.experimentlog.sandbox.http.StoryFixtures.newDepartment;
import static org.experimentlog.sandbox.http.StoryFixtures.share;
import static org.experimentlog.sandbox.http.StoryFixtures.storyFor;
import static org.experimentlog.sandbox.http.StoryFixtures.storyForEveryone;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The learning library page and its tag suggestions over real HTTP. The sandbox database is shared,
 * so everything here carries a word made for this run, and every search names it.
 */
public class LibraryPageTest {
    private static final String PAGE = "/plugins/servlet/experiment-log/library";
    private static final String TAGS = "/rest/experiment-log/1.0/learnings/tags";

    private static String word;
    private static String issue;
    private static long publicStory;
    private static long designStory;

    @BeforeClass
    public static void fill() {
        word = "libpage" + UUID.randomUUID().toString().substring(0, 8);
        long design = newDepartment("dept-design");
        SandboxClient pia = RunningSandbox.as("pia");
        issue = RunningSandbox.newExperiment("PERMIT");
        SandboxClient.Reply learned =
                pia.post(
                        "/rest/experiment-log/1.0/experiments/" + issue + "/learnings",
                        Map.of(
                                "statement",
                                "Short forms work <script>window.exlogXss=1</script> " + word,
                                "tags",
                                List.of(word + "-forms")));
        assertEquals(learned.toString(), 201, learned.status());
        Map<String, Object> everyone = storyForEveryone();
        everyone.put("title", "Letters went astray " + word);
        publicStory = share(pia, everyone);
        Map<String, Object> designOnly = storyFor(design);
        designOnly.put("title", "Design-only lesson " + word);
        designStory = share(RunningSandbox.as("dirk"), designOnly);
    }

    @Test
    public void
            thePage_shouldFindLearningsAndStories_withLinks_andNeverAStoryOfAnotherDepartment() {
        SandboxClient.Reply page = RunningSandbox.as("pia").get(PAGE + "?q=" + word);

        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("Found: 2 (1 learnings, 1 failure stories)"));
        assertTrue(
                "the page says what a search matches",
                page.body().contains("Every word must match, in any form"));
        assertTrue(page.body().contains("href=\"../../../browse/" + issue + "\""));
        assertTrue(page.body().contains("href=\"failures/" + publicStory + "\""));
        assertTrue(page.body().contains("Learning from " + issue));
        assertFalse(page.body().contains("Design-only lesson"));
        assertFalse(page.body().contains("failures/" + designStory + "\""));
    }

    @Test
    public void thePage_shouldShowADepartmentsStoryToItsMembers() {
        SandboxClient.Reply page =
                RunningSandbox.as("dirk").get(PAGE + "?q=" + word + "&order=relevance");

        assertTrue(page.body(), page.body().contains("Design-only lesson " + word));
        assertTrue(page.body().contains("Found: 3 (1 learnings, 2 failure stories)"));
    }

    @Test
    public void thePage_shouldEscapeWhatUsersWrote() {
        SandboxClient.Reply page = RunningSandbox.as("pia").get(PAGE + "?q=" + word);

        assertFalse(page.body().contains("<script>window.exlogXss"));
        assertTrue(page.body().contains("&lt;script&gt;window.exlogXss=1&lt;/script&gt;"));
    }

    @Test
    public void thePage_shouldFilterByTag_andSayWhenAFieldIsMalformed() {
        SandboxClient.Reply tagged = RunningSandbox.as("pia").get(PAGE + "?tag=" + word + "-forms");
        SandboxClient.Reply malformed =
                RunningSandbox.as("pia").get(PAGE + "?q=" + word + "&from=yesterday");

        assertTrue(
                tagged.body(), tagged.body().contains("Found: 1 (1 learnings, 0 failure stories)"));
        assertEquals(200, malformed.status());
        assertTrue(malformed.body().contains("role=\"alert\""));
    }

    @Test
    public void thePage_shouldPutEachMalformedFieldsErrorNextToIt_inTheReadersLanguage() {
        SandboxClient pia = RunningSandbox.as("pia");

        String day = pia.get(PAGE + "?from=yesterday").body();
        String tag = pia.get(PAGE + "?tag=a%2Fb").body();
        String period = pia.get(PAGE + "?from=2026-02-01&to=2026-01-01&lang=nl").body();
        String choice = pia.get(PAGE + "?department=design").body();

        assertTrue(
                day,
                day.contains(
                        "aria-invalid=\"true\" aria-describedby=\"exlog-library-from-error\""));
        assertTrue(
                day,
                day.contains("id=\"exlog-library-from-error\">Give the day as yyyy-mm-dd.</span>"));
        assertTrue(
                tag,
                tag.contains(
                        "aria-describedby=\"exlog-library-tag-hint exlog-library-tag-error\" aria-invalid"));
        assertTrue(
                tag,
                tag.contains(
                        "id=\"exlog-library-tag-error\">A tag is 1 to 40 letters, digits and hyphens."));
        assertTrue(
                period,
                period.contains(
                        "id=\"exlog-library-to-error\">De periode eindigt voordat die begint"));
        assertFalse(period, period.contains("exlog-library-from-error"));
        assertTrue(period, period.contains("Elk woord moet voorkomen, in welke vorm ook"));
        assertTrue(choice, choice.contains("role=\"alert\""));
        assertFalse(choice, choice.contains("aria-invalid"));
    }

    @Test
    public void thePage_shouldAskToLogInFirst() {
        assertEquals(302, RunningSandbox.anonymous().get(PAGE).status());
    }

    @Test
    public void tags_shouldSuggestTagsOfLearningsTheCallerMaySee() {
        SandboxClient.Reply pia =
                RunningSandbox.as("pia").get(TAGS + "?prefix=" + word.toUpperCase());
        SandboxClient.Reply olaf = RunningSandbox.as("olaf").get(TAGS + "?prefix=" + word);

        assertEquals(200, pia.status());
        assertEquals(word + "-forms", pia.json().get("tags").get(0).asText());
        assertEquals(1, pia.json().get("tags").size());
        assertEquals(0, olaf.json().get("tags").size());
    }

    @Test
    public void tags_shouldRefuseALongPrefix_andStrangers() {
        assertEquals(
                400, RunningSandbox.as("pia").get(TAGS + "?prefix=" + "x".repeat(41)).status());
        assertEquals(401, RunningSandbox.anonymous().get(TAGS + "?prefix=a").status());
    }
}
