package org.experimentlog.web.format;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.testing.BundleI18nResolver;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Test;

public class AuditSummariesTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    private AuditSummaries target;

    @Before
    public void setUp() {
        target = new AuditSummaries(new BundleI18nResolver());
    }

    private static AuditEntry entry(AuditText text) {
        return new AuditEntry(
                Users.MARIA, NOW, AuditedType.EXPERIMENT, 41, AuditAction.STAGE_CHANGED, text);
    }

    @Test
    public void of_shouldSpeakDutchWithDutchWords_whenTheReaderIsDutch() {
        AuditEntry entry =
                entry(
                        AuditText.of(
                                AuditKey.EXPERIMENT_CONCLUDED_AS,
                                "PERMIT-12",
                                AuditText.word(Verdict.VALIDATED)));

        String result = target.of(entry, DUTCH);

        assertEquals("PERMIT-12 afgerond als bevestigd.", result);
        assertFalse(AuditSummaries.isStoredEnglish(entry));
    }

    @Test
    public void of_shouldFormatNumbersAndDaysTheDutchWay_whenTheReaderIsDutch() {
        AuditEntry entry =
                entry(
                        AuditText.of(
                                AuditKey.MEASUREMENT_RECORDED,
                                1250.5,
                                "euro",
                                LocalDate.of(2026, 3, 1),
                                "Kosten per vergunning"));

        String result = target.of(entry, DUTCH);

        assertEquals(
                "1.250,5 euro op 1 mrt. 2026 vastgelegd voor \"Kosten per vergunning\".", result);
    }

    @Test
    public void of_shouldReadAsTheStoredEnglishSummary_whenTheReaderIsEnglish() {
        AuditEntry entry =
                entry(
                        AuditText.of(
                                AuditKey.EXPERIMENT_REOPENED,
                                "PERMIT-12",
                                AuditText.word(Stage.ANALYSING),
                                "The data was incomplete."));

        String result = target.of(entry, Locale.ENGLISH);

        assertEquals(entry.summary(), result);
        assertEquals("Reopened PERMIT-12 (back to analysing): The data was incomplete.", result);
    }

    @Test
    public void of_shouldKeepTheApostrophe_whenTheDutchOrEnglishTextHasArguments() {
        AuditEntry entry = entry(AuditText.of(AuditKey.APPLIED_IN_RECORDED, "PERMIT-20"));

        assertEquals(
                "Recorded that a story's lesson was applied in PERMIT-20.",
                target.of(entry, Locale.ENGLISH));
    }

    @Test
    public void of_shouldShowTheStoredEnglishSentence_whenTheEntryWasRecordedBeforeKeys() {
        AuditEntry entry =
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.EXPERIMENT,
                        41,
                        AuditAction.STAGE_CHANGED,
                        "Moved PERMIT-12 to running.");

        String result = target.of(entry, DUTCH);

        assertEquals("Moved PERMIT-12 to running.", result);
        assertTrue(AuditSummaries.isStoredEnglish(entry));
    }

    @Test
    public void of_shouldShowTheStoredSentence_whenTheArgumentsDoNotFitTheSentence() {
        AuditEntry entry =
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.ITERATION,
                        41,
                        AuditAction.CREATED,
                        "Added iteration 2 to PERMIT-12.",
                        AuditText.of(AuditKey.ITERATION_ADDED, "two", "PERMIT-12"));

        String result = target.of(entry, DUTCH);

        assertEquals("Added iteration 2 to PERMIT-12.", result);
    }
}
