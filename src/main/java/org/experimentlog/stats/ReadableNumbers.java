package org.experimentlog.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds figures for the people who read a finding: percentages to one decimal, probabilities to
 * whole percentages that never claim certainty, amounts to the precision the data supports. Numbers
 * use a point and no grouping.
 */
final class ReadableNumbers {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 6;

    private ReadableNumbers() {}

    /**
     * A share (0..1) as a percentage with one decimal; a share strictly between 0 and 1 never shows
     * as 0.0 or 100.0.
     */
    static String percentage(double share) {
        BigDecimal percent = round(share * 100, 1);
        if (share > 0 && percent.signum() <= 0) {
            return "<0.1";
        }
        if (share < 1 && percent.compareTo(HUNDRED) >= 0) {
            return ">99.9";
        }
        return percent.toPlainString();
    }

    /**
     * A probability as a whole percentage, capped at {@code >99} and {@code <1}: data never makes
     * us certain.
     */
    static String probability(double probability) {
        BigDecimal percent = round(probability * 100, 0);
        if (percent.compareTo(HUNDRED) >= 0) {
            return ">99";
        }
        if (percent.signum() <= 0) {
            return "<1";
        }
        return percent.toPlainString();
    }

    /** A difference between two shares in percentage points, with one decimal. */
    static String points(double difference) {
        return fixed(difference * 100, 1);
    }

    /**
     * A confidence level as a percentage without needless decimals: 0.95 is {@code 95}, 0.999 is
     * {@code 99.9}.
     */
    static String level(double confidenceLevel) {
        return BigDecimal.valueOf(confidenceLevel)
                .movePointRight(2)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A value with the given number of decimals. */
    static String fixed(double value, int decimals) {
        return round(value, decimals).toPlainString();
    }

    /**
     * A value with the given number of decimals and a plus sign when it is above zero, for changes.
     */
    static String signed(double value, int decimals) {
        BigDecimal rounded = round(value, decimals);
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
    }

    /**
     * The decimals that show an uncertainty with two significant digits, so estimates claim no
     * false precision.
     */
    static int decimalsFor(double uncertainty) {
        if (!(uncertainty > 0) || Double.isInfinite(uncertainty)) {
            return 0;
        }
        return clamp(1 - (int) Math.floor(Math.log10(uncertainty)));
    }

    /** The decimals a person used to type the value, so it shows as typed. */
    static int typedDecimals(double value) {
        return clamp(BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }

    private static int clamp(int decimals) {
        return Math.max(0, Math.min(MAX_DECIMALS, decimals));
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
