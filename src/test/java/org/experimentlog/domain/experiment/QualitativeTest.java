package org.experimentlog.domain.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.experiment.ResultMeasure.Qualitative;
import org.junit.Test;

public class QualitativeTest {
    private static final String FINDING =
            "Five of six residents did not notice the plate was pre-filled.";
    private static final URI EVIDENCE =
            URI.create("https://wiki.example.org/permits/interviews-march");

    @Test
    public void constructor_shouldKeepTheTrimmedFindingAndEvidence_whenValid() {
        Qualitative target = new Qualitative("  " + FINDING + " ", EVIDENCE);

        assertEquals(FINDING, target.finding());
        assertEquals(Optional.of(EVIDENCE), target.evidenceLink());
    }

    @Test
    public void kind_shouldBeQualitativeAndNotComparative_whenRead() {
        Qualitative target = new Qualitative(FINDING, EVIDENCE);

        assertEquals(ResultKind.QUALITATIVE, target.kind());
        assertFalse(target.isComparative());
    }

    @Test
    public void evidenceLink_shouldBeEmpty_whenThereIsNoEvidence() {
        Qualitative target = new Qualitative(FINDING, null);

        assertEquals(Optional.empty(), target.evidenceLink());
    }

    @Test
    public void constructor_shouldRequireAFinding_whenTheFindingIsBlank() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Qualitative("  ", EVIDENCE));

        assertEquals("The finding is required.", e.getMessage());
        assertEquals(Optional.of("finding"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheFindingIsTooLong() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new Qualitative("x".repeat(10_001), EVIDENCE));

        assertEquals(
                "The finding can have at most 10,000 characters; this has 10,001.", e.getMessage());
    }

    @Test
    public void constructor_shouldRefuse_whenTheEvidenceIsAnFtpLink() {
        URI ftp = URI.create("ftp://files.example.org/interviews.pdf");

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Qualitative(FINDING, ftp));

        assertEquals(
                "The evidence link must be a web address starting with http:// or https://.",
                e.getMessage());
        assertEquals(Optional.of("evidence"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheEvidenceLinkHasNoHost() {
        URI noHost = URI.create("https:///interviews.pdf");

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Qualitative(FINDING, noHost));

        assertEquals(
                "The evidence link must be a web address starting with http:// or https://.",
                e.getMessage());
    }

    @Test
    public void constructor_shouldRefuse_whenTheEvidenceLinkIsRelative() {
        URI relative = URI.create("interviews.pdf");

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Qualitative(FINDING, relative));

        assertEquals(Optional.of("evidence"), e.field());
    }
}
