package org.experimentlog.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import org.junit.Test;

/**
 * P(variant rate &gt; control rate) with Beta(1, 1) priors, by numerical integration, against exact
 * values: small cases solved by hand and Evan Miller's closed-form sum ({@link
 * ClosedFormPosterior}).
 */
public class PosteriorComparisonTest {

    @Test
    public void probabilityVariantBetter_shouldBeFiveSixths_whenOneOfOneAgainstNoneOfOne() {
        // Control 0/1 -> Beta(1, 2), variant 1/1 -> Beta(2, 1): integral of 2x (2x - x^2) over [0,
        // 1] = 4/3 - 1/2 = 5/6.
        double probability = PosteriorComparison.probabilityVariantBetter(0, 1, 1, 1);

        assertEquals(5.0 / 6, probability, 1e-9);
    }

    @Test
    public void probabilityVariantBetter_shouldBeOneTwentieth_whenTwoOfTwoAgainstNoneOfTwo() {
        // Tiny samples: control 2/2 -> Beta(3, 1), variant 0/2 -> Beta(1, 3). Miller's sum has one
        // term:
        // B(3, 4) / (3 B(1, 3) B(3, 1)) = (1/60) / (1/3) = 1/20.
        double probability = PosteriorComparison.probabilityVariantBetter(2, 2, 0, 2);

        assertEquals(0.05, probability, 1e-9);
    }

    @Test
    public void probabilityVariantBetter_shouldBeAlphaShare_whenEveryoneConvertedInBothGroups() {
        // 100% conversion: Beta(51, 1) and Beta(81, 1); integral of 81 x^80 * x^51 over [0, 1] = 81
        // / 132.
        double probability = PosteriorComparison.probabilityVariantBetter(50, 50, 80, 80);

        assertEquals(81.0 / 132, probability, 1e-9);
    }

    @Test
    public void probabilityVariantBetter_shouldBeOneHalf_whenTheGroupsAreEqual() {
        double probability = PosteriorComparison.probabilityVariantBetter(100, 1_000, 100, 1_000);

        assertEquals(0.5, probability, 0.0);
    }

    @Test
    public void probabilityVariantBetter_shouldMatchMillersClosedForm_whenSamplesAreModerate() {
        // The R prop.test example below (39/128 against 94/214); Miller's sum has 95 terms.
        double probability = PosteriorComparison.probabilityVariantBetter(39, 128, 94, 214);

        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(39, 128, 94, 214), probability, 1e-9);
        assertEquals(0.993254, probability, 5e-7);
    }

    @Test
    public void
            probabilityVariantBetter_shouldMatchMillersClosedForm_whenTheControlHasNoSuccesses() {
        double probability = PosteriorComparison.probabilityVariantBetter(0, 100, 10, 100);

        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(0, 100, 10, 100), probability, 1e-9);
    }

    @Test
    public void
            probabilityVariantBetter_shouldMatchMillersClosedForm_whenTheVariantHasNoSuccesses() {
        double probability = PosteriorComparison.probabilityVariantBetter(10, 100, 0, 100);

        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(10, 100, 0, 100), probability, 1e-9);
    }

    @Test
    public void
            probabilityVariantBetter_shouldMatchMillersClosedForm_whenGroupsDifferGreatlyInSize() {
        // The narrow posterior is the control's here, so the integration runs over the control.
        double probability =
                PosteriorComparison.probabilityVariantBetter(100_000, 1_000_000, 12, 100);

        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(100_000, 1_000_000, 12, 100),
                probability,
                1e-8);
    }

    @Test
    public void
            probabilityVariantBetter_shouldMatchMillersClosedForm_whenGroupsHaveTenMillionEach() {
        // Miller's sum needs 1,001,501 terms here; the integration needs 2,049 points.
        long start = System.nanoTime();

        double probability =
                PosteriorComparison.probabilityVariantBetter(
                        1_000_000, 10_000_000, 1_001_500, 10_000_000);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(
                        1_000_000, 10_000_000, 1_001_500, 10_000_000),
                probability,
                1e-7);
        assertTrue("took " + millis + " ms", millis < 2_000);
    }

    @Test
    public void
            probabilityVariantBetter_shouldMatchMillersClosedForm_whenTenMillionHaveAlmostNoSuccesses() {
        double probability =
                PosteriorComparison.probabilityVariantBetter(0, 10_000_000, 1, 10_000_000);

        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(0, 10_000_000, 1, 10_000_000),
                probability,
                1e-8);
    }

    @Test
    public void probabilityVariantBetter_shouldBeOneHalf_whenTenMillionEachHaveNoSuccesses() {
        double probability =
                PosteriorComparison.probabilityVariantBetter(0, 10_000_000, 0, 9_999_999);

        assertEquals(0.5, probability, 1e-6);
    }

    @Test
    public void
            probabilityVariantBetter_shouldMatchMillersClosedForm_whateverParameterIsSmallest() {
        // The sum runs over the smallest of the four posterior parameters; one case for each of
        // them.
        long[][] cases = {
            {400, 1_000, 3, 1_000}, // variant successes fewest: Miller's sum as written
            {3, 1_000, 400, 1_000}, // control successes fewest: 1 - P(control better)
            {997, 1_000, 600, 1_000}, // control failures fewest: compared by failure rates
            {
                600, 1_000, 997, 1_000
            }, // variant failures fewest: 1 - P(control better), by failure rates
        };
        for (long[] c : cases) {
            double probability =
                    PosteriorComparison.probabilityVariantBetter(c[0], c[1], c[2], c[3]);

            assertEquals(
                    Arrays.toString(c),
                    ClosedFormPosterior.probabilityVariantBetter(c[0], c[1], c[2], c[3]),
                    probability,
                    1e-12);
        }
    }

    @Test
    public void probabilityVariantBetter_shouldBeComplementary_whenTheGroupsSwap() {
        double forward = PosteriorComparison.probabilityVariantBetter(480, 5_000, 530, 5_200);
        double backward = PosteriorComparison.probabilityVariantBetter(530, 5_200, 480, 5_000);

        assertEquals(1.0, forward + backward, 1e-12);
    }

    @Test
    public void probabilityVariantBetter_shouldAgreeAcrossTheSwitchToIntegration() {
        // Just inside the exact sum's limit and just beyond it: both methods, against the reference
        // sum.
        long inside = PosteriorComparison.MAX_TERMS - 1;
        long beyond = PosteriorComparison.MAX_TERMS;
        double exact =
                PosteriorComparison.probabilityVariantBetter(
                        inside, 1_000_000, inside + 300, 1_000_000);
        double integrated =
                PosteriorComparison.probabilityVariantBetter(
                        beyond, 1_000_000, beyond + 300, 1_000_000);

        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(
                        inside, 1_000_000, inside + 300, 1_000_000),
                exact,
                1e-10);
        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(
                        beyond, 1_000_000, beyond + 300, 1_000_000),
                integrated,
                1e-8);
    }

    @Test
    public void probabilityVariantBetter_shouldStayFinite_whenTheTermsSpanMoreThanADoublesRange() {
        // 90,001 terms: relative to the first, the peak term is far beyond Double.MAX_VALUE, so the
        // sum has to
        // rescale to stay finite and exact.
        double probability =
                PosteriorComparison.probabilityVariantBetter(450_000, 5_000_000, 90_000, 1_000_000);

        assertEquals(
                ClosedFormPosterior.probabilityVariantBetter(450_000, 5_000_000, 90_000, 1_000_000),
                probability,
                1e-10);
        assertTrue(probability > 0 && probability < 1);
    }

    @Test
    public void probabilityVariantBetter_shouldBeFast_forThousandsPerGroup() {
        // The issue panel computes this for every proportion result on every view.
        for (int warmUp = 0; warmUp < 1_000; warmUp++) {
            PosteriorComparison.probabilityVariantBetter(480 + warmUp % 7, 5_000, 530, 5_200);
        }
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            PosteriorComparison.probabilityVariantBetter(480 + i % 7, 5_000, 530, 5_200);
        }
        long micros = (System.nanoTime() - start) / 1_000 / 1_000;

        // Well under a millisecond each even on a loaded machine; the integration took several.
        assertTrue("took " + micros + " µs each", micros < 500);
    }
}
