package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.register.PlanPart;
import org.junit.Before;
import org.junit.Test;

public class AoAuditLogTest extends RepositoryContract {
    private static final UserRef ALICE = new UserRef("alice");

    private AoAuditLog target;

    @Before
    public void setUp() {
        target = new AoAuditLog(ao);
    }

    private static AuditEntry change(AuditedType type, long id, int second, String summary) {
        return new AuditEntry(
                ALICE, NOW.plusSeconds(second), type, id, AuditAction.UPDATED, summary);
    }

    private static List<String> summaries(Page<AuditEntry> page) {
        return page.items().stream().map(AuditEntry::summary).toList();
    }

    @Test
    public void record_shouldStoreEveryFieldAndCutTheSummary_whenTheSummaryIsTooLong() {
        AuditEntry entry =
                new AuditEntry(
                        new UserRef("bob"),
                        NOW,
                        AuditedType.FAILURE_STORY,
                        3_000_000_000L,
                        AuditAction.STAGE_CHANGED,
                        "x".repeat(AuditEntry.SUMMARY_MAX + 10));

        target.record(entry);

        Page<AuditEntry> history =
                target.historyOf(AuditedType.FAILURE_STORY, 3_000_000_000L, PageRequest.first(10));
        assertEquals(List.of(entry), history.items());
        assertEquals(AuditEntry.SUMMARY_MAX, history.items().get(0).summary().length());
    }

    @Test
    public void historyOf_shouldListThatObjectNewestFirst_whenOtherObjectsChanged() {
        target.record(change(AuditedType.OUTCOME, 7, 1, "first"));
        target.record(change(AuditedType.OUTCOME, 7, 3, "third"));
        target.record(change(AuditedType.OUTCOME, 7, 2, "second"));
        target.record(change(AuditedType.OUTCOME, 8, 4, "other outcome"));
        target.record(change(AuditedType.DEPARTMENT, 7, 5, "department with the same id"));

        Page<AuditEntry> history = target.historyOf(AuditedType.OUTCOME, 7, PageRequest.first(10));

        assertEquals(List.of("third", "second", "first"), summaries(history));
        assertEquals(3, history.total());
        assertTrue(history.isLast());
    }

    @Test
    public void historyOf_shouldIncludeTheChangesOfItsParts_whenTheObjectIsAnExperiment() {
        target.record(change(AuditedType.EXPERIMENT, 7, 1, "opened"));
        target.record(change(AuditedType.ITERATION, 70, 2, "iteration added").within(7));
        target.record(change(AuditedType.RESULT, 71, 3, "result deleted").within(7));
        target.record(change(AuditedType.LEARNING, 72, 4, "other experiment").within(8));
        target.record(change(AuditedType.ITERATION, 7, 5, "an iteration with the same id"));

        Page<AuditEntry> history =
                target.historyOf(AuditedType.EXPERIMENT, 7, PageRequest.first(10));
        Page<AuditEntry> iteration =
                target.historyOf(AuditedType.ITERATION, 70, PageRequest.first(10));

        assertEquals(List.of("result deleted", "iteration added", "opened"), summaries(history));
        assertEquals(3, history.total());
        assertEquals(7, history.items().get(0).experimentId());
        assertEquals(List.of("iteration added"), summaries(iteration));
    }

    @Test
    public void historyOf_shouldPutTheLaterRecordedFirst_whenTwoChangesHaveTheSameTime() {
        target.record(change(AuditedType.OUTCOME, 7, 1, "recorded first"));
        target.record(change(AuditedType.OUTCOME, 7, 1, "recorded second"));

        Page<AuditEntry> history = target.historyOf(AuditedType.OUTCOME, 7, PageRequest.first(10));

        assertEquals(List.of("recorded second", "recorded first"), summaries(history));
    }

    @Test
    public void historyOf_shouldReturnOnePageAndTheWholeTotal_whenTheHistoryIsLonger() {
        for (int i = 1; i <= 7; i++) {
            target.record(change(AuditedType.EXPERIMENT, 7, i, "change " + i));
        }
        target.record(change(AuditedType.EXPERIMENT, 8, 9, "other experiment"));

        Page<AuditEntry> page = target.historyOf(AuditedType.EXPERIMENT, 7, new PageRequest(2, 3));

        assertEquals(List.of("change 5", "change 4", "change 3"), summaries(page));
        assertEquals(7, page.total());
        assertEquals(2, page.startAt());
        assertEquals(3, page.maxResults());
        assertFalse(page.isLast());
    }

    @Test
    public void historyOf_shouldReturnAnEmptyPage_whenNothingWasRecorded() {
        target.record(change(AuditedType.EXPERIMENT, 8, 1, "other experiment"));

        Page<AuditEntry> page = target.historyOf(AuditedType.EXPERIMENT, 7, PageRequest.first(10));

        assertEquals(List.of(), page.items());
        assertEquals(0, page.total());
    }

    @Test
    public void recent_shouldListEveryObjectNewestFirst_onePageWithTheWholeTotal() {
        target.record(change(AuditedType.OUTCOME, 7, 1, "outcome"));
        target.record(change(AuditedType.SETTINGS, 1, 3, "settings"));
        target.record(change(AuditedType.DEPARTMENT, 2, 2, "department"));

        Page<AuditEntry> page = target.recent(PageRequest.first(2));

        assertEquals(List.of("settings", "department"), summaries(page));
        assertEquals(3, page.total());
    }

    @Test
    public void record_shouldKeepTheSummarysKeyAndTypedArguments_whenReadBack() {
        AuditEntry entry =
                new AuditEntry(
                        ALICE,
                        NOW,
                        AuditedType.EXPERIMENT,
                        12,
                        AuditAction.DEVIATED,
                        AuditText.of(
                                AuditKey.PLAN_DEVIATED,
                                "PERMIT-12 \"quoted\", [bracketed] | piped",
                                2,
                                List.of(
                                        AuditText.word(PlanPart.PLANNED_END),
                                        AuditText.word(PlanPart.SAMPLE_SIZE)),
                                "Reden: één week langer"));
        AuditEntry measured =
                new AuditEntry(
                        ALICE,
                        NOW.plusSeconds(1),
                        AuditedType.MEASUREMENT,
                        13,
                        AuditAction.CREATED,
                        AuditText.of(
                                AuditKey.MEASUREMENT_RECORDED,
                                1250.5,
                                "euro",
                                LocalDate.of(2026, 3, 1),
                                "Cost"));
        AuditEntry moved =
                new AuditEntry(
                        ALICE,
                        NOW.plusSeconds(2),
                        AuditedType.EXPERIMENT,
                        12,
                        AuditAction.STAGE_CHANGED,
                        AuditText.of(
                                AuditKey.EXPERIMENT_MOVED,
                                "PERMIT-12",
                                AuditText.word(Stage.RUNNING)));

        target.record(entry);
        target.record(measured);
        target.record(moved);

        assertEquals(
                List.of(moved, entry),
                target.historyOf(AuditedType.EXPERIMENT, 12, PageRequest.first(10)).items());
        assertEquals(
                List.of(measured),
                target.historyOf(AuditedType.MEASUREMENT, 13, PageRequest.first(10)).items());
    }

    @Test
    public void record_shouldStoreTheEnglishRenderingAsTheSummary_soSearchAndExportsKeepWorking() {
        target.record(
                new AuditEntry(
                        ALICE,
                        NOW,
                        AuditedType.EXPERIMENT,
                        12,
                        AuditAction.CREATED,
                        AuditText.of(AuditKey.EXPERIMENT_OPENED, "PERMIT-12")));

        AoAuditEntry[] rows = ao.find(AoAuditEntry.class);

        assertEquals(1, rows.length);
        assertEquals("Opened the experiment on PERMIT-12.", rows[0].getSummary());
        assertEquals("experiment-opened", rows[0].getSummaryKey());
        assertEquals("[\"PERMIT-12\"]", rows[0].getSummaryArgs());
    }

    @Test
    public void historyOf_shouldReadAnEntryWithoutKey_whenItWasRecordedBeforeSummariesHadKeys() {
        target.record(
                change(AuditedType.OUTCOME, 7, 1, "Defined the outcome \"Faster renewals\"."));

        AuditEntry result =
                target.historyOf(AuditedType.OUTCOME, 7, PageRequest.first(10)).items().get(0);

        assertEquals(Optional.empty(), result.keyed());
        assertEquals("Defined the outcome \"Faster renewals\".", result.summary());
    }

    @Test
    public void
            historyOf_shouldFallBackToTheStoredSentence_whenTheKeyIsUnknownOrTheArgumentsDamaged() {
        for (String[] stored :
                new String[][] {
                    {"no-such-sentence", "[\"PERMIT-12\"]"},
                    {"experiment-opened", "not json"},
                    {"experiment-opened", "[{\"day\":\"yesterday\"}]"},
                    {"experiment-opened", "{\"a\":1}"}
                }) {
            Map<String, Object> row = new HashMap<>();
            row.put(AoAuditEntry.ACTOR, "alice");
            row.put(AoAuditEntry.CREATED_AT, Days.toDate(NOW));
            row.put(AoAuditEntry.OBJECT_TYPE, AuditedType.OUTCOME.code());
            row.put(AoAuditEntry.OBJECT_ID, 9L);
            row.put(AoAuditEntry.AUDIT_ACTION, AuditAction.UPDATED.code());
            row.put(AoAuditEntry.SUMMARY, "Stored sentence.");
            row.put(AoAuditEntry.SUMMARY_KEY, stored[0]);
            row.put(AoAuditEntry.SUMMARY_ARGS, stored[1]);
            ao.create(AoAuditEntry.class, row);
        }

        List<AuditEntry> result =
                target.historyOf(AuditedType.OUTCOME, 9, PageRequest.first(10)).items();

        assertEquals(4, result.size());
        for (AuditEntry entry : result) {
            assertEquals(Optional.empty(), entry.keyed());
            assertEquals("Stored sentence.", entry.summary());
        }
    }
}
