package org.experimentlog.domain.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.experiment.ResultMeasure.Proportion;
import org.junit.Before;
import org.junit.Test;

/** 1,000 residents got the old reminder, 1,000 the new one; 120 and 150 renewed within a week. */
public class ProportionTest {
    private long controlSize;
    private long controlConversions;
    private long variantSize;
    private long variantConversions;
    private double plannedVariantShare;

    @Before
    public void setUp() {
        controlSize = 1_000;
        controlConversions = 120;
        variantSize = 1_000;
        variantConversions = 150;
        plannedVariantShare = 0.5;
    }

    private Proportion create() {
        return new Proportion(
                controlSize,
                controlConversions,
                variantSize,
                variantConversions,
                plannedVariantShare);
    }

    @Test
    public void constructor_shouldKeepTheCounts_whenValid() {
        Proportion target = create();

        assertEquals(1_000, target.controlSize());
        assertEquals(150, target.variantConversions());
        assertEquals(0.5, target.plannedVariantShare(), 0.0);
    }

    @Test
    public void kind_shouldBeProportionAndComparative_whenRead() {
        Proportion target = create();

        assertEquals(ResultKind.PROPORTION, target.kind());
        assertTrue(target.isComparative());
    }

    @Test
    public void
            constructor_shouldRefuseAndQuoteTheCounts_whenTheControlHasMoreSuccessesThanParticipants() {
        controlConversions = 1_001;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(
                "The control group cannot have more successes (1001) than participants (1000).",
                e.getMessage());
        assertEquals(Optional.of("controlConversions"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheVariantHasMoreSuccessesThanParticipants() {
        variantConversions = 1_001;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(
                "The variant group cannot have more successes (1001) than participants (1000).",
                e.getMessage());
        assertEquals(Optional.of("variantConversions"), e.field());
    }

    @Test
    public void constructor_shouldAccept_whenEveryParticipantSucceeded() {
        variantConversions = variantSize;

        Proportion target = create();

        assertEquals(target.variantSize(), target.variantConversions());
    }

    @Test
    public void constructor_shouldAccept_whenNobodySucceeded() {
        controlConversions = 0;

        Proportion target = create();

        assertEquals(0, target.controlConversions());
    }

    @Test
    public void constructor_shouldRefuse_whenTheControlGroupIsEmpty() {
        controlSize = 0;
        controlConversions = 0;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("The control group needs at least one participant.", e.getMessage());
        assertEquals(Optional.of("controlSize"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheVariantGroupIsEmpty() {
        variantSize = 0;
        variantConversions = 0;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("The variant group needs at least one participant.", e.getMessage());
        assertEquals(Optional.of("variantSize"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheControlSizeIsNegative() {
        controlSize = -1;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("The size of the control group cannot be negative.", e.getMessage());
        assertEquals(Optional.of("controlSize"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheVariantSuccessesAreNegative() {
        variantConversions = -1;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("The successes in the variant group cannot be negative.", e.getMessage());
        assertEquals(Optional.of("variantConversions"), e.field());
    }

    @Test
    public void constructor_shouldAccept_whenTheSizeIsAtTheMaximum() {
        controlSize = Proportion.MAX_COUNT;

        Proportion target = create();

        assertEquals(Proportion.MAX_COUNT, target.controlSize());
    }

    @Test
    public void constructor_shouldRefuse_whenTheSizeIsImplausiblyLarge() {
        variantSize = Proportion.MAX_COUNT + 1;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("The size of the variant group is implausibly large.", e.getMessage());
        assertEquals(Optional.of("variantSize"), e.field());
    }

    @Test
    public void constructor_shouldExplainTheRange_whenThePlannedShareIsZero() {
        plannedVariantShare = 0;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(
                "The planned share of the variant must be between 0 and 1, such as 0.5 for an even split.",
                e.getMessage());
        assertEquals(Optional.of("plannedVariantShare"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenThePlannedShareIsOne() {
        plannedVariantShare = 1;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(Optional.of("plannedVariantShare"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenThePlannedShareIsAPercentage() {
        plannedVariantShare = 50;

        assertThrows(InvalidInputException.class, this::create);
    }

    @Test
    public void constructor_shouldAccept_whenThePlannedShareIsJustInsideTheBounds() {
        plannedVariantShare = 0.01;

        Proportion target = create();

        assertEquals(0.01, target.plannedVariantShare(), 0.0);
    }

    @Test
    public void constructor_shouldSayItMustBeANumber_whenThePlannedShareIsNaN() {
        plannedVariantShare = Double.NaN;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("The planned share of the variant must be a number.", e.getMessage());
    }
}
