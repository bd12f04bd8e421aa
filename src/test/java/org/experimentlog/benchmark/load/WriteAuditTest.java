package org.experimentlog.benchmark.load;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class WriteAuditTest {
    private static WriteAudit.AuditRow created(String type, long id) {
        return new WriteAudit.AuditRow(type, id, "created");
    }

    private static WriteAudit.Written written(
            List<Long> results, List<Long> stories, List<WriteAudit.AuditRow> audit) {
        return new WriteAudit.Written(
                Map.of(
                        "result",
                        results,
                        "learning",
                        List.of(),
                        "measurement",
                        List.of(),
                        "failure-story",
                        stories),
                audit,
                0);
    }

    @Test
    public void problems_shouldBeNone_whenEveryAcknowledgedWriteIsStoredAndAuditedOnce() {
        WriteAudit.Written target =
                written(
                        List.of(11L, 12L),
                        List.of(5L),
                        List.of(
                                created("result", 11),
                                created("failure-story", 5),
                                created("result", 12)));

        assertEquals(
                List.of(), WriteAudit.problems(target, Map.of("result", 2L, "failure-story", 1L)));
    }

    @Test
    public void problems_shouldNameLostWrite_whenAnAcknowledgedWriteIsMissing() {
        WriteAudit.Written target =
                written(List.of(11L), List.of(), List.of(created("result", 11)));

        List<String> problems = WriteAudit.problems(target, Map.of("result", 2L));

        assertEquals(List.of("Lost writes of result: 2 acknowledged, 1 in the database"), problems);
    }

    @Test
    public void problems_shouldNameUnacknowledgedWrite_whenTheDatabaseHoldsMore() {
        WriteAudit.Written target =
                written(
                        List.of(11L, 12L),
                        List.of(),
                        List.of(created("result", 11), created("result", 12)));

        assertEquals(
                List.of(
                        "Writes of result that were not acknowledged: 1 acknowledged, 2 in the database"),
                WriteAudit.problems(target, Map.of("result", 1L)));
    }

    @Test
    public void problems_shouldNameRow_whenItHasNoAuditEntryOrTwo() {
        WriteAudit.Written target =
                written(
                        List.of(11L, 12L),
                        List.of(),
                        List.of(created("result", 12), created("result", 12)));

        assertEquals(
                List.of("No audit entry for result 11", "2 audit entries for result 12"),
                WriteAudit.problems(target, Map.of("result", 2L)));
    }

    @Test
    public void problems_shouldNameStrayAuditEntries_whenNotForNewRowsOrOfOtherTypes() {
        WriteAudit.Written target =
                written(
                        List.of(),
                        List.of(),
                        List.of(
                                created("result", 3),
                                new WriteAudit.AuditRow("experiment", 7, "updated")));

        List<String> problems = WriteAudit.problems(target, Map.of());

        assertEquals(2, problems.size());
        assertTrue(problems.get(0), problems.get(0).contains("experiment 7 updated"));
        assertEquals("An audit entry for result 3, which is not a new row", problems.get(1));
    }

    @Test
    public void problems_shouldNameDeadlocks_whenPostgresCountedAny() {
        WriteAudit.Written target =
                new WriteAudit.Written(
                        Map.of("result", List.of(), "failure-story", List.of()), List.of(), 2);

        assertEquals(
                List.of("PostgreSQL counted 2 deadlock(s)"), WriteAudit.problems(target, Map.of()));
    }
}
