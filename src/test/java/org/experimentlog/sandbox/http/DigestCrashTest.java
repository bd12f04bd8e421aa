package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.experimentlog.app.digest.DigestService;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.DigestComposer;
import org.experimentlog.app.port.DigestSource;
import org.experimentlog.app.port.DigestStore;
import org.experimentlog.app.port.ExclusiveRuns;
import org.experimentlog.app.port.FollowRepository;
import org.experimentlog.app.port.MailOutbox;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.Recipients;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.SiteLinks;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.department.Department;
import org.experimentlog.sandbox.CurrentUser;
import org.experimentlog.sandbox.Sandbox;
import org.experimentlog.sandbox.SandboxMail;
import org.experimentlog.sandbox.SandboxRecipients;
import org.junit.Test;

/**
 * A node dies after handing a digest to the mail queue but before recording that it did: the next
 * run must not send that digest again (the record made before queueing marks it in doubt), and must
 * go on with everyone else. The crash is simulated by a mail outbox that queues the mail through
 * the real one, then stops the run with an Error, as a dying JVM would stop it; the tests read what
 * the sandbox's SMTP server received.
 */
public class DigestCrashTest {
    private static final String API = "/rest/experiment-log/1.0";

    /** What a dying node looks like to the code that was running: it never returns. */
    private static final class NodeDied extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    public void run_shouldNotSendADigestAgain_whenTheNodeDiedBetweenQueueingAndRecordingIt() {
        Sandbox sandbox = RunningSandbox.get();
        String tag = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        long technology =
                sandbox.component(DepartmentRepository.class)
                        .save(Department.create("Technology " + tag, "dept-technology"))
                        .requireId()
                        .value();
        check(RunningSandbox.as("admin").post(API + "/admin/digests/run", null), 200);
        check(
                RunningSandbox.as("tess")
                        .post(
                                API + "/following",
                                Map.of("kind", "department", "value", Long.toString(technology))),
                200);
        Map<String, Object> story = StoryFixtures.storyFor(technology);
        story.put("title", "Sent once only " + tag);
        StoryFixtures.share(RunningSandbox.as("pia"), story);
        MailOutbox real = sandbox.component(MailOutbox.class);
        DigestService crashing =
                service(
                        sandbox,
                        mail -> {
                            real.queue(mail);
                            throw new NodeDied();
                        });

        assertThrows(NodeDied.class, () -> CurrentUser.as("admin", crashing::sendNow));
        JsonNode next =
                check(RunningSandbox.as("admin").post(API + "/admin/digests/run", null), 200)
                        .json();
        check(RunningSandbox.as("admin").post(API + "/admin/digests/run", null), 200);

        assertTrue(
                "the next run found the digest in doubt: " + next,
                next.get("inDoubt").asInt() >= 1);
        assertEquals(1, mailsTo(sandbox, "tess", tag));
    }

    private static int mailsTo(Sandbox sandbox, String user, String tag) {
        sandbox.mail().flush();
        int count = 0;
        for (SandboxMail.ReceivedMail mail : sandbox.mail().received()) {
            if (mail.to().equals(user + "@" + SandboxRecipients.DOMAIN)
                    && mail.text().contains(tag)) {
                count++;
            }
        }
        return count;
    }

    /** The plugin's digest service with every component of the sandbox but the mail outbox. */
    private static DigestService service(Sandbox sandbox, MailOutbox outbox) {
        return new DigestService(
                sandbox.component(FollowRepository.class),
                sandbox.component(DigestStore.class),
                sandbox.component(DigestSource.class),
                sandbox.component(Recipients.class),
                sandbox.component(DigestComposer.class),
                outbox,
                sandbox.component(SiteLinks.class),
                sandbox.component(ExclusiveRuns.class),
                sandbox.component(DepartmentRepository.class),
                sandbox.component(OutcomeRepository.class),
                sandbox.component(SettingsRepository.class),
                sandbox.component(AccessPolicy.class),
                sandbox.component(UserDirectory.class),
                sandbox.component(AuditLog.class),
                sandbox.component(Clock.class),
                sandbox.component(Transactions.class));
    }

    private static SandboxClient.Reply check(SandboxClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + ": " + reply);
        }
        return reply;
    }
}
