package org.experimentlog.domain.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.experiment.ResultMeasure.Mean;
import org.experimentlog.domain.experiment.ResultMeasure.Proportion;
import org.junit.Before;
import org.junit.Test;

/** Minutes per renewal: 40 residents on the old form, 42 on the pre-filled one. */
public class MeanTest {
    private long controlSize;
    private double controlMean;
    private double controlSd;
    private long variantSize;
    private double variantMean;
    private double variantSd;

    @Before
    public void setUp() {
        controlSize = 40;
        controlMean = 6.5;
        controlSd = 2.1;
        variantSize = 42;
        variantMean = 4.8;
        variantSd = 1.9;
    }

    private Mean create() {
        return new Mean(controlSize, controlMean, controlSd, variantSize, variantMean, variantSd);
    }

    @Test
    public void kind_shouldBeMeanAndComparative_whenRead() {
        Mean target = create();

        assertEquals(ResultKind.MEAN, target.kind());
        assertTrue(target.isComparative());
    }

    @Test
    public void constructor_shouldAccept_whenEachGroupHasTwoParticipants() {
        controlSize = 2;
        variantSize = 2;

        Mean target = create();

        assertEquals(2, target.controlSize());
    }

    @Test
    public void constructor_shouldRefuse_whenTheControlGroupHasOneParticipant() {
        controlSize = 1;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(
                "The control group needs at least 2 participants to compare means.",
                e.getMessage());
        assertEquals(Optional.of("controlSize"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheVariantGroupHasOneParticipant() {
        variantSize = 1;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(
                "The variant group needs at least 2 participants to compare means.",
                e.getMessage());
        assertEquals(Optional.of("variantSize"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheSizeIsNegative() {
        controlSize = -40;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(Optional.of("controlSize"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheSizeIsImplausiblyLarge() {
        controlSize = Proportion.MAX_COUNT + 1;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("The size of the control group is implausibly large.", e.getMessage());
    }

    @Test
    public void constructor_shouldRefuse_whenTheControlMeanIsNaN() {
        controlMean = Double.NaN;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals("The mean of the control group must be a number.", e.getMessage());
        assertEquals(Optional.of("controlMean"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheVariantSdIsInfinite() {
        variantSd = Double.POSITIVE_INFINITY;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(
                "The standard deviation of the variant group must be a number.", e.getMessage());
        assertEquals(Optional.of("variantSd"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheControlSdIsNegative() {
        controlSd = -0.1;

        InvalidInputException e = assertThrows(InvalidInputException.class, this::create);

        assertEquals(
                "The standard deviation of the control group cannot be negative.", e.getMessage());
        assertEquals(Optional.of("controlSd"), e.field());
    }

    @Test
    public void constructor_shouldAccept_whenTheSdIsZero() {
        variantSd = 0;

        Mean target = create();

        assertEquals(0, target.variantSd(), 0.0);
    }

    @Test
    public void constructor_shouldAccept_whenTheMeanIsNegative() {
        variantMean = -3.2;

        Mean target = create();

        assertEquals(-3.2, target.variantMean(), 0.0);
    }
}
