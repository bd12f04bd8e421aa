package org.experimentlog.domain.audit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.register.PlanPart;
import org.junit.Test;

public class AuditTextTest {
    @Test
    public void english_shouldFillInTheEnglishPattern_withNumbersDaysAndWordsInEnglish() {
        AuditText target =
                AuditText.of(
                        AuditKey.MEASUREMENT_CORRECTED,
                        LocalDate.of(2026, 3, 1),
                        1250.5,
                        1100.0,
                        "euro",
                        LocalDate.of(2026, 3, 2),
                        "Cost per permit");

        String result = target.english();

        assertEquals(
                "Corrected the measurement of Mar 1, 2026 (1,250.5) to 1,100 euro on Mar 2, 2026"
                        + " for \"Cost per permit\".",
                result);
    }

    @Test
    public void english_shouldUseTheWordsOfAVocabulary_whenAStageIsAnArgument() {
        AuditText target =
                AuditText.of(AuditKey.EXPERIMENT_MOVED, "PERMIT-12", AuditText.word(Stage.RUNNING));

        assertEquals("Moved PERMIT-12 to running.", target.english());
    }

    @Test
    public void english_shouldJoinAListOfWords_whenPlanPartsChanged() {
        AuditText target =
                AuditText.of(
                        AuditKey.PLAN_DEVIATED,
                        "PERMIT-12",
                        2,
                        List.of(
                                AuditText.word(PlanPart.EXPECTED_RESULT),
                                AuditText.word(PlanPart.SAMPLE_SIZE)),
                        "The pilot ran longer.");

        assertEquals(
                "Changed the registered plan of PERMIT-12 (version 2: expected result, sample"
                        + " size). Reason: The pilot ran longer.",
                target.english());
    }

    @Test
    public void english_shouldKeepTheApostrophe_whenThePatternHasOneAndArguments() {
        AuditText target = AuditText.of(AuditKey.APPLIED_IN_RECORDED, "PERMIT-20");

        assertEquals("Recorded that a story's lesson was applied in PERMIT-20.", target.english());
    }

    @Test
    public void english_shouldSayHowManyStoriesStay_inSingularAndPlural() {
        assertEquals(
                "Deleted the experiment of PERMIT-12 with its issue.",
                AuditText.of(AuditKey.EXPERIMENT_DELETED_WITH_ISSUE, "PERMIT-12", 0).english());
        assertEquals(
                "Deleted the experiment of PERMIT-12 with its issue; 1 failure story keeps its"
                        + " text without the link.",
                AuditText.of(AuditKey.EXPERIMENT_DELETED_WITH_ISSUE, "PERMIT-12", 1).english());
    }

    @Test
    public void format_shouldFormatNumbersAndDaysForTheLocale_whenTheReaderIsDutch() {
        AuditText target =
                AuditText.of(
                        AuditKey.MEASUREMENT_RECORDED,
                        1250.5,
                        "euro",
                        LocalDate.of(2026, 3, 1),
                        "Kosten per vergunning");

        String result =
                target.format(
                        "{0,number,#,##0.##########} {1} op {2} voor \"{3}\".",
                        Locale.forLanguageTag("nl"), Phrase::english);

        assertEquals("1.250,5 euro op 1 mrt. 2026 voor \"Kosten per vergunning\".", result);
    }

    @Test
    public void word_shouldNameTheKeyByVocabularyAndCode() {
        Phrase result = AuditText.word(Verdict.INCONCLUSIVE);

        assertEquals("experimentlog.audit.word.verdict.inconclusive", result.key());
        assertEquals("inconclusive", result.english());
    }

    @Test
    public void word_shouldThrowIllegalArgument_whenTheVocabularyIsNotOneOfTheSummaries() {
        assertThrows(IllegalArgumentException.class, () -> AuditText.word(AuditAction.CREATED));
    }

    @Test
    public void constructor_shouldThrowIllegalArgument_whenAnArgumentIsNoTextNumberDayOrPhrase() {
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditText.of(AuditKey.EXPERIMENT_OPENED, new StringBuilder("PERMIT-12")));
    }

    @Test
    public void constructor_shouldThrowIllegalArgument_whenAnArgumentIsNull() {
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditText.of(AuditKey.EXPERIMENT_OPENED, (Object) null));
    }

    @Test
    public void constructor_shouldKeepWholeNumbersAsLong_soAStoredTextEqualsTheWrittenOne() {
        AuditText target = AuditText.of(AuditKey.ITERATION_ADDED, 3, "PERMIT-12");

        assertEquals(List.of(3L, "PERMIT-12"), target.arguments());
    }
}
