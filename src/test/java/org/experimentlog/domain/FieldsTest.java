package org.experimentlog.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class FieldsTest {
    private static final String FIELD = "closingNote";
    private static final FieldLabel LABEL = FieldLabel.CLOSING_NOTE;

    @Test
    public void required_shouldReturnTrimmedText_whenTextHasSurroundingSpace() {
        String value = "  Residents liked the form.\n";

        String result = Fields.required(FIELD, LABEL, value, Fields.TEXT_MAX);

        assertEquals("Residents liked the form.", result);
    }

    @Test
    public void required_shouldNameFieldAndLabel_whenTextIsNull() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.required(FIELD, LABEL, null, Fields.TEXT_MAX));

        assertEquals("The closing note is required.", e.getMessage());
        assertEquals(Optional.of(FIELD), e.field());
    }

    @Test
    public void required_shouldRefuse_whenTextIsOnlyWhitespace() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.required(FIELD, LABEL, " \t\n ", Fields.TEXT_MAX));

        assertEquals("The closing note is required.", e.getMessage());
    }

    @Test
    public void required_shouldAccept_whenTextHasExactlyTheMaximumLength() {
        String value = "x".repeat(Fields.TEXT_MAX);

        String result = Fields.required(FIELD, LABEL, value, Fields.TEXT_MAX);

        assertEquals(Fields.TEXT_MAX, result.length());
    }

    @Test
    public void
            required_shouldSayMaximumAndActualLengthWithThousandsSeparators_whenTextIsOneTooLong() {
        String value = "x".repeat(Fields.TEXT_MAX + 1);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.required(FIELD, LABEL, value, Fields.TEXT_MAX));

        assertEquals(
                "The closing note can have at most 10,000 characters; this has 10,001.",
                e.getMessage());
        assertEquals(Optional.of(FIELD), e.field());
    }

    @Test
    public void required_shouldMeasureLengthAfterTrimming_whenSpaceMakesTextTooLong() {
        String value = "  " + "x".repeat(Fields.TITLE_MAX) + "  ";

        String result = Fields.required(FIELD, LABEL, value, Fields.TITLE_MAX);

        assertEquals(Fields.TITLE_MAX, result.length());
    }

    @Test
    public void required_shouldRefuse_whenTextContainsNulCharacter() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.required(FIELD, LABEL, "PERMIT\u0000-12", Fields.TEXT_MAX));

        assertEquals(
                "The closing note contains a character that cannot be stored.", e.getMessage());
        assertEquals(Optional.of(FIELD), e.field());
    }

    @Test
    public void optional_shouldReturnNull_whenTextIsNull() {
        String result = Fields.optional(FIELD, LABEL, null, Fields.TEXT_MAX);

        assertNull(result);
    }

    @Test
    public void optional_shouldReturnNull_whenTextIsBlank() {
        String result = Fields.optional(FIELD, LABEL, "   ", Fields.TEXT_MAX);

        assertNull(result);
    }

    @Test
    public void optional_shouldReturnTrimmedText_whenTextIsGiven() {
        String result = Fields.optional(FIELD, LABEL, " minutes ", Fields.TEXT_MAX);

        assertEquals("minutes", result);
    }

    @Test
    public void optional_shouldSayMaximumAndActualLength_whenTextIsTooLong() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.optional("unit", FieldLabel.UNIT, "x".repeat(41), 40));

        assertEquals("The unit can have at most 40 characters; this has 41.", e.getMessage());
        assertEquals(Optional.of("unit"), e.field());
    }

    @Test
    public void optional_shouldRefuse_whenTextContainsNulCharacter() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.optional(FIELD, LABEL, "a\u0000b", Fields.TEXT_MAX));

        assertEquals(
                "The closing note contains a character that cannot be stored.", e.getMessage());
    }

    @Test
    public void present_shouldReturnValue_whenValueIsGiven() {
        LocalDate day = LocalDate.of(2025, 3, 10);

        LocalDate result = Fields.present("measuredOn", FieldLabel.MEASURED_ON, day);

        assertEquals(day, result);
    }

    @Test
    public void present_shouldNameFieldAndLabel_whenValueIsNull() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.present("measuredOn", FieldLabel.MEASURED_ON, null));

        assertEquals("The date of the measurement is required.", e.getMessage());
        assertEquals(Optional.of("measuredOn"), e.field());
    }

    @Test
    public void optionalLink_shouldReturnNull_whenLinkIsBlank() {
        URI result = Fields.optionalLink("evidence", FieldLabel.EVIDENCE_LINK, " ");

        assertNull(result);
    }

    @Test
    public void optionalLink_shouldReturnUri_whenLinkIsHttps() {
        URI result =
                Fields.optionalLink(
                        "evidence",
                        FieldLabel.EVIDENCE_LINK,
                        " https://wiki.example.org/permits/interviews ");

        assertEquals(URI.create("https://wiki.example.org/permits/interviews"), result);
    }

    @Test
    public void optionalLink_shouldReturnUri_whenLinkIsHttpInUpperCase() {
        URI result =
                Fields.optionalLink(
                        "evidence", FieldLabel.EVIDENCE_LINK, "HTTP://intranet.example.org/notes");

        assertEquals(URI.create("HTTP://intranet.example.org/notes"), result);
    }

    @Test
    public void optionalLink_shouldRefuse_whenSchemeIsFtp() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                Fields.optionalLink(
                                        "evidence",
                                        FieldLabel.EVIDENCE_LINK,
                                        "ftp://files.example.org/notes.pdf"));

        assertEquals(
                "The evidence link must be a web address starting with http:// or https://.",
                e.getMessage());
        assertEquals(Optional.of("evidence"), e.field());
    }

    @Test
    public void optionalLink_shouldRefuse_whenLinkHasNoHost() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                Fields.optionalLink(
                                        "evidence",
                                        FieldLabel.EVIDENCE_LINK,
                                        "https:///notes.pdf"));

        assertEquals(
                "The evidence link must be a web address starting with http:// or https://.",
                e.getMessage());
    }

    @Test
    public void optionalLink_shouldRefuse_whenLinkIsRelative() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                Fields.optionalLink(
                                        "evidence",
                                        FieldLabel.EVIDENCE_LINK,
                                        "notes/interviews.pdf"));

        assertEquals(
                "The evidence link must be a web address starting with http:// or https://.",
                e.getMessage());
    }

    @Test
    public void optionalLink_shouldSayNotValid_whenLinkIsMalformed() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                Fields.optionalLink(
                                        "evidence",
                                        FieldLabel.EVIDENCE_LINK,
                                        "https://wiki.example.org/a b"));

        assertEquals("The evidence link is not a valid web address.", e.getMessage());
        assertEquals(Optional.of("evidence"), e.field());
    }

    @Test
    public void optionalLink_shouldRefuse_whenLinkIsLongerThanUrlMaximum() {
        String link = "https://wiki.example.org/" + "a".repeat(Fields.URL_MAX);

        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.optionalLink("evidence", FieldLabel.EVIDENCE_LINK, link));

        assertEquals(
                "The evidence link can have at most 2,000 characters; this has 2,025.",
                e.getMessage());
    }

    @Test
    public void finite_shouldReturnValue_whenValueIsANumber() {
        double result = Fields.finite("before", FieldLabel.VALUE_BEFORE, -3.5);

        assertEquals(-3.5, result, 0.0);
    }

    @Test
    public void finite_shouldRefuse_whenValueIsNaN() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.finite("before", FieldLabel.VALUE_BEFORE, Double.NaN));

        assertEquals("The value before must be a number.", e.getMessage());
        assertEquals(Optional.of("before"), e.field());
    }

    @Test
    public void finite_shouldRefuse_whenValueIsPositiveInfinity() {
        assertThrows(
                InvalidInputException.class,
                () -> Fields.finite("before", FieldLabel.VALUE_BEFORE, Double.POSITIVE_INFINITY));
    }

    @Test
    public void finite_shouldRefuse_whenValueIsNegativeInfinity() {
        assertThrows(
                InvalidInputException.class,
                () -> Fields.finite("before", FieldLabel.VALUE_BEFORE, Double.NEGATIVE_INFINITY));
    }

    @Test
    public void notNegative_shouldReturnValue_whenValueIsZero() {
        long result = Fields.notNegative("controlSize", FieldLabel.CONTROL_SIZE, 0);

        assertEquals(0, result);
    }

    @Test
    public void notNegative_shouldRefuse_whenValueIsNegative() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.notNegative("controlSize", FieldLabel.CONTROL_SIZE, -1));

        assertEquals("The size of the control group cannot be negative.", e.getMessage());
        assertEquals(Optional.of("controlSize"), e.field());
    }

    @Test
    public void ordered_shouldRefuse_whenEndIsBeforeStart() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                Fields.ordered(
                                        "endDate",
                                        FieldLabel.END_DATE,
                                        LocalDate.of(2025, 3, 10),
                                        LocalDate.of(2025, 3, 9)));

        assertEquals("The end date cannot be before the start date.", e.getMessage());
        assertEquals(Optional.of("endDate"), e.field());
    }

    @Test
    public void version_shouldReturnValue_whenVersionIsZero() {
        long result = Fields.version(0);

        assertEquals(0, result);
    }

    @Test
    public void version_shouldRefuse_whenVersionIsNegative() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Fields.version(-1));

        assertEquals("The version cannot be negative.", e.getMessage());
        assertEquals(Optional.of("version"), e.field());
    }

    @Test
    public void required_shouldCarryTheKeyAndTheLabel_whenTextIsMissing() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.required("title", FieldLabel.TITLE, "", Fields.TITLE_MAX));

        assertEquals(Optional.of(ErrorKey.FIELD_REQUIRED), e.key());
        assertEquals(List.of(FieldLabel.TITLE), e.arguments());
        assertEquals("experimentlog.error.field-required", e.key().orElseThrow().key());
        assertEquals("experimentlog.field.title", FieldLabel.TITLE.key());
    }

    @Test
    public void optional_shouldCarryTheLabelAndBothLengths_whenTextIsTooLong() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Fields.optional("note", FieldLabel.NOTE, "x".repeat(41), 40));

        assertEquals(Optional.of(ErrorKey.FIELD_TOO_LONG), e.key());
        assertEquals(List.of(FieldLabel.NOTE, 40, 41), e.arguments());
    }
}
