package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.domain.department.Department;
import org.experimentlog.sandbox.SandboxMail;
import org.experimentlog.sandbox.SandboxRecipients;
import org.junit.Before;
import org.junit.Test;

/**
 * Following and digests end to end in the sandbox: people follow through the REST API, an
 * administrator sends the digests now, and the tests read what the sandbox's real SMTP server
 * received.
 */
public class DigestApiTest {
    private static final String API = "/rest/experiment-log/1.0";
    private static final String EXPERIMENTS = API + "/experiments/";

    private String tag;
    private long design;
    private long product;

    @Before
    public void setUp() {
        tag = "dg-" + UUID.randomUUID().toString().substring(0, 8);
        DepartmentRepository departments =
                RunningSandbox.get().component(DepartmentRepository.class);
        design =
                departments
                        .save(Department.create("Design " + tag, "dept-design"))
                        .requireId()
                        .value();
        product =
                departments
                        .save(Department.create("Product " + tag, "dept-product"))
                        .requireId()
                        .value();
        // settle everyone's earlier news so that each test sees only its own
        check(RunningSandbox.as("admin").post(API + "/admin/digests/run", null), 200);
        RunningSandbox.get().mail().flush();
        RunningSandbox.get().mail().clear();
    }

    @Test
    public void run_shouldMailOnlyWhatTheRecipientMaySee_whenAStoryIsSharedWithOneDepartment() {
        follow("pia", "department", design);
        follow("dirk", "department", design);
        String onlyDesign = "Only for Design " + tag;
        String both = "For Design and Product " + tag;
        share("tess", onlyDesign, design);
        share("tess", both, design, product);

        JsonNode run =
                check(RunningSandbox.as("admin").post(API + "/admin/digests/run", null), 200)
                        .json();

        assertTrue(run.get("mails").asInt() >= 2);
        SandboxMail.ReceivedMail pia = onlyMailTo("pia");
        assertTrue(pia.text(), pia.text().contains(both));
        assertFalse(pia.text(), pia.text().contains(onlyDesign));
        assertFalse(pia.html(), pia.html().contains(onlyDesign));
        assertTrue(pia.html(), pia.html().contains(both));
        assertTrue(pia.subject(), pia.subject().contains("new item"));
        SandboxMail.ReceivedMail dirk = onlyMailTo("dirk");
        assertTrue(dirk.text(), dirk.text().contains(onlyDesign) && dirk.text().contains(both));
        assertTrue("dirk's profile is Dutch: " + dirk.subject(), dirk.subject().contains("voor u"));
    }

    @Test
    public void run_shouldSendNoMail_whenNothingHappenedInWhatTheyFollow() {
        follow("nina", "tag", tag);
        share("tess", "About something else " + tag, product);

        check(RunningSandbox.as("admin").post(API + "/admin/digests/run", null), 200);

        assertEquals(List.of(), mailsTo("nina"));
    }

    @Test
    public void run_shouldNeverSendAnItemTwice_whenTheDigestsRunAgain() {
        follow("pia", "department", product);
        share("tess", "Shared once " + tag, product);
        check(RunningSandbox.as("admin").post(API + "/admin/digests/run", null), 200);
        assertEquals(1, mailsTo("pia").size());

        check(RunningSandbox.as("admin").post(API + "/admin/digests/run", null), 200);

        assertEquals(1, mailsTo("pia").size());
    }

    @Test
    public void run_shouldMailLearningsOfFollowedTagsOnlyToThoseWhoMayBrowseTheProject() {
        follow("tess", "tag", tag);
        follow("olaf", "tag", tag);
        String key = RunningSandbox.newIssue("PERMIT", "Experiment");
        check(RunningSandbox.as("pia").post(EXPERIMENTS + key, null), 201);
        check(
                RunningSandbox.as("pia")
                        .post(
                                EXPERIMENTS + key + "/learnings",
                                Map.of(
                                        "statement",
                                        "Residents read short letters " + tag,
                                        "tags",
                                        List.of(tag))),
                201);

        check(RunningSandbox.as("admin").post(API + "/admin/digests/run", null), 200);

        SandboxMail.ReceivedMail tess = onlyMailTo("tess");
        assertTrue(tess.text(), tess.text().contains("Residents read short letters " + tag));
        assertTrue(tess.html(), tess.html().contains("/browse/" + key));
        assertEquals("olaf may not browse PERMIT", List.of(), mailsTo("olaf"));
    }

    @Test
    public void unsubscribeLink_shouldStopThatOneFollowWithoutLogin() {
        follow("dirk", "department", design);
        follow("dirk", "tag", tag);
        share("tess", "Unsubscribe me " + tag, design);
        check(RunningSandbox.as("admin").post(API + "/admin/digests/run", null), 200);
        SandboxMail.ReceivedMail mail = onlyMailTo("dirk");
        String link = mail.listUnsubscribe().replaceAll("^<|>$", "");
        String path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        String token = URI.create(link).getQuery().substring("token=".length());

        SandboxClient.Reply page = RunningSandbox.anonymous().get(path.substring("/jira".length()));
        SandboxClient.Reply forged =
                RunningSandbox.anonymous()
                        .post(
                                API + "/following/unsubscribe",
                                Map.of("token", token.substring(0, token.length() - 2) + "xx"));
        SandboxClient.Reply done =
                RunningSandbox.anonymous()
                        .post(API + "/following/unsubscribe", Map.of("token", token));

        assertEquals(page.body(), 200, page.status());
        assertTrue(page.body(), page.body().contains("Design " + tag));
        assertEquals(forged.body(), 400, forged.status());
        assertEquals("token", forged.json().get("errors").get(0).get("field").asText());
        assertEquals(done.body(), 200, done.status());
        List<String> still = new ArrayList<>();
        RunningSandbox.as("dirk")
                .get(API + "/following")
                .json()
                .get("follows")
                .forEach(f -> still.add(f.get("kind").asText() + ":" + f.get("value").asText()));
        assertFalse(still.toString(), still.contains("department:" + design));
        assertTrue(still.toString(), still.contains("tag:" + tag));
    }

    @Test
    public void run_shouldBeRefused_whenTheCallerIsNotAnAdministrator() {
        assertEquals(403, RunningSandbox.as("pia").post(API + "/admin/digests/run", null).status());
        assertEquals(
                401, RunningSandbox.anonymous().post(API + "/admin/digests/run", null).status());
    }

    @Test
    public void follow_shouldNameTheField_whenTheInputIsBad() {
        SandboxClient pia = RunningSandbox.as("pia");

        SandboxClient.Reply kind =
                pia.post(API + "/following", Map.of("kind", "person", "value", "dirk"));
        SandboxClient.Reply department =
                pia.post(API + "/following", Map.of("kind", "department", "value", "999999"));
        SandboxClient.Reply hidden =
                RunningSandbox.as("olaf")
                        .post(API + "/following", Map.of("kind", "project", "value", "PERMIT"));
        SandboxClient.Reply language =
                pia.put(
                        API + "/following/preferences",
                        Map.of("frequency", "daily", "language", "fr"));

        assertEquals(400, kind.status());
        assertEquals("kind", kind.json().get("errors").get(0).get("field").asText());
        assertEquals(400, department.status());
        assertEquals("value", department.json().get("errors").get(0).get("field").asText());
        assertEquals(400, hidden.status());
        assertEquals(400, language.status());
        assertEquals("language", language.json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void preferences_shouldBeSavedAndListed() {
        SandboxClient vera = RunningSandbox.as("vera");

        check(
                vera.put(
                        API + "/following/preferences",
                        Map.of("frequency", "daily", "language", "nl")),
                200);

        JsonNode following = check(vera.get(API + "/following"), 200).json();
        assertEquals("daily", following.get("frequency").asText());
        assertEquals("nl", following.get("language").asText());
    }

    @Test
    public void overview_shouldCountFollowersWithoutNames_andFollowDepartmentsByDefault() {
        follow("pia", "tag", tag);
        follow("tess", "tag", tag);
        check(
                RunningSandbox.as("admin")
                        .put(
                                API + "/admin/digests/defaults/" + design,
                                Map.of("followByDefault", true)),
                204);

        JsonNode overview =
                check(RunningSandbox.as("admin").get(API + "/admin/digests"), 200).json();
        JsonNode dirkFollows = check(RunningSandbox.as("dirk").get(API + "/following"), 200).json();
        check(
                RunningSandbox.as("admin")
                        .put(
                                API + "/admin/digests/defaults/" + design,
                                Map.of("followByDefault", false)),
                204);

        JsonNode count = null;
        for (JsonNode c : overview.get("followerCounts")) {
            if (c.get("kind").asText().equals("tag") && c.get("value").asText().equals(tag)) {
                count = c;
            }
        }
        assertEquals(2, count.get("ownChoice").asInt());
        assertFalse(overview.toString(), overview.toString().contains("pia"));
        assertTrue(overview.get("lastRun").has("mails"));
        boolean byDefault = false;
        for (JsonNode f : dirkFollows.get("follows")) {
            byDefault |=
                    f.get("value").asText().equals(Long.toString(design))
                            && f.get("byDefault").asBoolean();
        }
        assertTrue(dirkFollows.toString(), byDefault);
    }

    private static void follow(String user, String kind, Object value) {
        check(
                RunningSandbox.as(user)
                        .post(
                                API + "/following",
                                Map.of("kind", kind, "value", String.valueOf(value))),
                200);
    }

    private static void share(String user, String title, long... departments) {
        Map<String, Object> story = StoryFixtures.storyFor(departments);
        story.put("title", title);
        StoryFixtures.share(RunningSandbox.as(user), story);
    }

    private static List<SandboxMail.ReceivedMail> mailsTo(String user) {
        JsonNode mail = check(RunningSandbox.as("admin").get("/rest/sandbox/1.0/mail"), 200).json();
        List<SandboxMail.ReceivedMail> result = new ArrayList<>();
        for (JsonNode m : mail.get("values")) {
            if (m.get("to").asText().equals(user + "@" + SandboxRecipients.DOMAIN)) {
                result.add(
                        new SandboxMail.ReceivedMail(
                                m.get("to").asText(),
                                m.get("from").asText(),
                                m.get("subject").asText(),
                                m.get("text").asText(),
                                m.get("html").asText(),
                                m.get("listUnsubscribe").asText()));
            }
        }
        return result;
    }

    private static SandboxMail.ReceivedMail onlyMailTo(String user) {
        List<SandboxMail.ReceivedMail> mails = mailsTo(user);
        assertEquals("mails to " + user, 1, mails.size());
        return mails.get(0);
    }

    private static SandboxClient.Reply check(SandboxClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + ": " + reply);
        }
        return reply;
    }
}
