package org.experimentlog.domain.audit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.experimentlog.domain.UserRef;
import org.experimentlog.testing.Users;
import org.junit.Assert;
import org.junit.Test;

public class AuditEntryTest {
    private static final Instant NOW = Instant.parse("2025-04-07T15:00:00Z");

    private static AuditEntry entry(String summary) {
        return new AuditEntry(
                Users.MARIA, NOW, AuditedType.EXPERIMENT, 41, AuditAction.STAGE_CHANGED, summary);
    }

    @Test
    public void constructor_shouldKeepTheSummary_whenItHas450Characters() {
        String summary = "s".repeat(AuditEntry.SUMMARY_MAX);

        AuditEntry target = entry(summary);

        assertEquals(summary, target.summary());
    }

    @Test
    public void constructor_shouldCutTo450EndingWithAnEllipsis_whenTheSummaryHas451Characters() {
        String summary = "a".repeat(449) + "bc";

        AuditEntry target = entry(summary);

        assertEquals(450, target.summary().length());
        assertEquals("a".repeat(449) + "…", target.summary());
    }

    @Test
    public void constructor_shouldCutTo450_whenTheSummaryIsVeryLong() {
        AuditEntry target = entry("Concluded PERMIT-12: ".repeat(100));

        assertEquals(450, target.summary().length());
        assertTrue(target.summary().endsWith("…"));
    }

    @Test
    public void constructor_shouldThrowIllegalArgument_whenTheEntityIdIsZero() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new AuditEntry(
                                Users.MARIA,
                                NOW,
                                AuditedType.EXPERIMENT,
                                0,
                                AuditAction.CREATED,
                                "Created PERMIT-12."));
    }

    @Test
    public void constructor_shouldThrowNullPointer_whenTheSummaryIsNull() {
        assertThrows(NullPointerException.class, () -> entry(null));
    }

    @Test
    public void constructor_shouldNotSplitACharacter_whenTheCutFallsInsideAnEmoji() {
        String summary = "s".repeat(AuditEntry.SUMMARY_MAX - 2) + "\uD83D\uDE00" + "tail";

        AuditEntry target =
                new AuditEntry(
                        new UserRef("maria"),
                        Instant.EPOCH,
                        AuditedType.EXPERIMENT,
                        1,
                        AuditAction.UPDATED,
                        summary);

        Assert.assertEquals("s".repeat(AuditEntry.SUMMARY_MAX - 2) + "…", target.summary());
    }
}
