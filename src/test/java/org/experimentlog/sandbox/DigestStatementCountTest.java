package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.experimentlog.app.digest.DigestService;
import org.experimentlog.app.port.DigestStore;
import org.experimentlog.app.port.FollowRepository;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.follow.FollowTarget;
import org.experimentlog.persistence.AoDepartmentRepository;
import org.experimentlog.persistence.AoExperiment;
import org.experimentlog.persistence.AoFailureStory;
import org.experimentlog.persistence.AoHelpedMark;
import org.experimentlog.persistence.AoLearning;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.After;
import org.junit.Test;

/**
 * Building the digests reads a bounded number of statements per batch of {@value
 * DigestService#BATCH} recipients, whatever the number of recipients in it: measured on real Active
 * Objects (H2) with 100, 200 and 500 people who follow three things each (a department, a tag, a
 * project), over a week of Data Center-scale activity (400 learnings, 100 experiments concluded or
 * stopped, 60 failure stories, 200 "this helped me" marks). The writes (recording each digest and
 * its items) are per mail by design and counted apart. The 500-person run's time is printed, not
 * asserted.
 */
public class DigestStatementCountTest {
    /** Per batch: states, follows, the period's activity (up to 10 queries) and earlier items. */
    private static final int MAX_READS_PER_BATCH = 16;

    private static final String[] TAGS = new String[20];

    static {
        for (int i = 0; i < TAGS.length; i++) {
            TAGS[i] = "topic-" + i;
        }
    }

    private final List<AutoCloseable> open = new ArrayList<>();

    @After
    public void tearDown() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    public void
            sendNow_shouldReadABoundedNumberOfStatementsPerBatch_whateverTheNumberOfRecipients() {
        Run hundred = run(100);
        Run twoHundred = run(200);
        Run fiveHundred = run(500);

        int perMail = hundred.readsPerRecord();
        int perBatch =
                twoHundred.reads()
                        - hundred.reads()
                        - (twoHundred.summary().mails() - hundred.summary().mails()) * perMail;
        assertTrue("reads per batch: " + perBatch, perBatch > 0 && perBatch <= MAX_READS_PER_BATCH);
        assertTrue("reads to record one digest: " + perMail, perMail <= 2);
        assertEquals(
                "reads grow by batch (and by recorded mail), never by what a digest holds",
                hundred.reads()
                        + 4 * perBatch
                        + (fiveHundred.summary().mails() - hundred.summary().mails()) * perMail,
                fiveHundred.reads());
        assertEquals(500, fiveHundred.summary().recipients());
        assertEquals("everyone had news in what they follow", 500, fiveHundred.summary().mails());
        System.out.printf(
                "Digests for 500 people x 3 follows over a week (H2): %d ms, %d reads (%d per batch of %d, "
                        + "%d per recorded mail), %d writes (%.1f per mail)%n",
                fiveHundred.millis(),
                fiveHundred.reads(),
                perBatch,
                DigestService.BATCH,
                perMail,
                fiveHundred.writes(),
                fiveHundred.writes() / (double) fiveHundred.summary().mails());
    }

    /**
     * @param readsPerRecord the reads of recording one digest as prepared and then queued (the
     *     confirmation reads the record and the recipient's watermark row)
     */
    private record Run(
            DigestService.RunSummary summary,
            int reads,
            int writes,
            long millis,
            int readsPerRecord) {}

    private Run run(int people) {
        long setUp = System.nanoTime();
        AoDatabase database =
                AoDatabase.connect(
                        "jdbc:h2:mem:digests-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "sa",
                        "",
                        List.of(AoSandboxIssue.class));
        List<SandboxDirectory.User> users = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            users.add(
                    new SandboxDirectory.User(
                            String.format("reader%03d", i),
                            "Reader " + i,
                            Set.of(
                                    "jira-software-users",
                                    "permit-team",
                                    "move-team",
                                    "dept-" + (i % 5))));
        }
        SandboxDirectory directory = SandboxDirectory.load().with(users, List.of());
        SandboxComponents components = SandboxComponents.wire(directory, database);
        open.add(database::close);
        open.add(components);
        Instant now = Instant.now();
        List<Long> departments = new ArrayList<>();
        AoDepartmentRepository departmentRepository =
                new AoDepartmentRepository(database.activeObjects());
        for (int d = 0; d < 5; d++) {
            departments.add(
                    departmentRepository
                            .save(Department.create("Department " + d, "dept-" + d))
                            .requireId()
                            .value());
        }
        FollowRepository follows = components.component(FollowRepository.class);
        DigestStore store = components.component(DigestStore.class);
        List<UserRef> refs = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            UserRef user = new UserRef(users.get(i).name());
            refs.add(user);
            Instant since = now.minus(Duration.ofDays(8));
            follows.follow(user, FollowTarget.department(departments.get(i % 5)), since);
            follows.follow(user, FollowTarget.tag(TAGS[i % TAGS.length]), since);
            follows.follow(user, FollowTarget.project(i % 2 == 0 ? "PERMIT" : "MOVE"), since);
        }
        store.start(refs, now.minus(Duration.ofDays(7)));
        week(database, departments, now);

        database.statements().reset();
        long start = System.nanoTime();
        DigestService.RunSummary summary =
                CurrentUser.as("admin", () -> components.component(DigestService.class).sendNow());
        long millis = (System.nanoTime() - start) / 1_000_000;
        int reads = database.statements().reads();
        int writes = database.statements().count() - reads;
        System.out.printf(
                "%d people: set up in %d ms, run in %d ms, %d reads, %d writes%n",
                people, (start - setUp) / 1_000_000, millis, reads, writes);
        database.statements().reset();
        long probe =
                store.prepare(
                        new UserRef("probe"),
                        now,
                        now,
                        List.of(new DigestStore.SentItem("probe:1", now)),
                        "manual");
        store.queued(probe, now);
        return new Run(summary, reads, writes, millis, database.statements().reads());
    }

    /** A week of activity at the scale of a large site, written straight into the tables. */
    private static void week(AoDatabase database, List<Long> departments, Instant now) {
        var ao = database.activeObjects();
        List<Map<String, Object>> experiments = new ArrayList<>();
        for (int e = 0; e < 200; e++) {
            boolean closed = e < 100;
            String project = e % 2 == 0 ? "PERMIT" : "MOVE";
            Map<String, Object> row = new HashMap<>();
            row.put(AoExperiment.ISSUE_ID, 100_000L + e);
            row.put(AoExperiment.ISSUE_KEY, project + "-" + (1000 + e));
            row.put(AoExperiment.PROJECT_KEY, project);
            row.put(AoExperiment.HYP_CHANGE, "Change number " + e);
            row.put(
                    AoExperiment.STAGE,
                    closed ? (e % 10 == 0 ? "abandoned" : "concluded") : "running");
            row.put(AoExperiment.VERDICT, closed && e % 10 != 0 ? "validated" : null);
            row.put(AoExperiment.CREATED_BY, "reader000");
            row.put(AoExperiment.CREATED_AT, Date.from(now.minus(Duration.ofDays(30))));
            row.put(
                    AoExperiment.CLOSED_AT,
                    closed ? Date.from(now.minus(Duration.ofHours(e + 1))) : null);
            row.put(AoExperiment.ROW_VERSION, 1L);
            experiments.add(row);
        }
        ao.create(AoExperiment.class, experiments);
        AoExperiment[] stored = ao.find(AoExperiment.class);
        List<Map<String, Object>> learnings = new ArrayList<>();
        for (int l = 0; l < 400; l++) {
            AoExperiment experiment = stored[l % stored.length];
            Map<String, Object> row = new HashMap<>();
            row.put(AoLearning.EXPERIMENT_ID, experiment.getID());
            row.put(AoLearning.STATEMENT, "Learning number " + l);
            row.put(AoLearning.AUTHOR, "reader000");
            row.put(AoLearning.CREATED_AT, Date.from(now.minus(Duration.ofMinutes(20L * l + 1))));
            row.put(AoLearning.ROW_VERSION, 1L);
            row.put(AoLearning.PROJECT_KEY, experiment.getProjectKey());
            row.put(AoLearning.DEPARTMENTS, "|" + departments.get(l % 5) + "|");
            row.put(AoLearning.OUTCOMES, "|");
            row.put(AoLearning.TAGS, "|" + TAGS[l % TAGS.length] + "|");
            learnings.add(row);
        }
        ao.create(AoLearning.class, learnings);
        List<Map<String, Object>> stories = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            Map<String, Object> row = new HashMap<>();
            row.put(AoFailureStory.TITLE, "Story number " + s);
            row.put(AoFailureStory.IMPACT, "medium");
            row.put(AoFailureStory.TO_EVERYONE, s % 3 == 0);
            row.put(AoFailureStory.AUDIENCE, "|" + departments.get(s % 5) + "|");
            row.put(AoFailureStory.FACTORS, "|data-quality|");
            row.put(AoFailureStory.ANONYMOUS, false);
            row.put(AoFailureStory.AUTHOR, "reader00" + (s % 10));
            row.put(AoFailureStory.CREATED_AT, Date.from(now.minus(Duration.ofHours(2L * s + 1))));
            row.put(AoFailureStory.UPDATED_AT, Date.from(now.minus(Duration.ofHours(2L * s + 1))));
            row.put(AoFailureStory.ROW_VERSION, 1L);
            stories.add(row);
        }
        ao.create(AoFailureStory.class, stories);
        AoFailureStory[] storedStories = ao.find(AoFailureStory.class);
        List<Map<String, Object>> marks = new ArrayList<>();
        for (int m = 0; m < 200; m++) {
            Map<String, Object> row = new HashMap<>();
            row.put(AoHelpedMark.STORY_ID, storedStories[m % storedStories.length].getID());
            row.put(AoHelpedMark.READER, "reader" + String.format("%03d", 10 + m));
            row.put(AoHelpedMark.MARK_KEY, "mark-" + m);
            row.put(AoHelpedMark.MARKED_AT, Date.from(now.minus(Duration.ofMinutes(30L * m + 1))));
            marks.add(row);
        }
        ao.create(AoHelpedMark.class, marks);
    }
}
