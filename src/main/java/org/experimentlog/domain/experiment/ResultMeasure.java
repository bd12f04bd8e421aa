package org.experimentlog.domain.experiment;

import java.net.URI;
import java.util.Optional;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;

/**
 * The figures (or the finding) of a result. Each kind checks that its figures are consistent: no more conversions
 * than people, at least two per group for a mean, no negative spread.
 */
public sealed interface ResultMeasure {
    ResultKind kind();

    /** Whether the design behind this kind supports causal claims; observed values and findings do not. */
    default boolean isComparative() {
        return kind() == ResultKind.PROPORTION || kind() == ResultKind.MEAN;
    }

    /**
     * A value before and after the change.
     *
     * @param before the value before
     * @param after  the value after
     * @param unit   what the values count, e.g. {@code minutes}
     */
    record Observed(double before, double after, String unit) implements ResultMeasure {
        public static final int UNIT_MAX = 40;

        public Observed {
            Fields.finite("before", "The value before", before);
            Fields.finite("after", "The value after", after);
            unit = Fields.optional("unit", "The unit", unit, UNIT_MAX);
        }

        @Override
        public ResultKind kind() {
            return ResultKind.OBSERVED;
        }
    }

    /**
     * Successes out of participants in the control and the variant group.
     *
     * @param controlSize         participants in the control group
     * @param controlConversions  successes in the control group
     * @param variantSize         participants in the variant group
     * @param variantConversions  successes in the variant group
     * @param plannedVariantShare the share of participants meant to get the variant (0.5 for an even split)
     */
    record Proportion(long controlSize, long controlConversions, long variantSize, long variantConversions,
            double plannedVariantShare) implements ResultMeasure {
        public static final long MAX_COUNT = 1_000_000_000_000L;

        public Proportion {
            group("control", controlSize, controlConversions);
            group("variant", variantSize, variantConversions);
            Fields.finite("plannedVariantShare", "The planned share of the variant", plannedVariantShare);
            if (plannedVariantShare <= 0 || plannedVariantShare >= 1) {
                throw new InvalidInputException("plannedVariantShare",
                        "The planned share of the variant must be between 0 and 1, such as 0.5 for an even split.");
            }
        }

        private static void group(String name, long size, long conversions) {
            Fields.notNegative(name + "Size", "The size of the " + name + " group", size);
            Fields.notNegative(name + "Conversions", "The successes in the " + name + " group", conversions);
            if (size == 0) {
                throw new InvalidInputException(name + "Size", "The " + name + " group needs at least one participant.");
            }
            if (size > MAX_COUNT) {
                throw new InvalidInputException(name + "Size", "The size of the " + name + " group is implausibly large.");
            }
            if (conversions > size) {
                throw new InvalidInputException(name + "Conversions", "The " + name + " group cannot have more successes ("
                        + conversions + ") than participants (" + size + ").");
            }
        }

        @Override
        public ResultKind kind() {
            return ResultKind.PROPORTION;
        }
    }

    /**
     * Summary statistics of a continuous measure in the control and the variant group.
     *
     * @param controlSize participants in the control group, at least 2
     * @param controlMean mean of the control group
     * @param controlSd   standard deviation of the control group, not negative
     * @param variantSize participants in the variant group, at least 2
     * @param variantMean mean of the variant group
     * @param variantSd   standard deviation of the variant group, not negative
     */
    record Mean(long controlSize, double controlMean, double controlSd, long variantSize, double variantMean,
            double variantSd) implements ResultMeasure {
        public Mean {
            group("control", controlSize, controlMean, controlSd);
            group("variant", variantSize, variantMean, variantSd);
        }

        private static void group(String name, long size, double mean, double sd) {
            if (size < 2) {
                throw new InvalidInputException(name + "Size", "The " + name
                        + " group needs at least 2 participants to compare means.");
            }
            if (size > Proportion.MAX_COUNT) {
                throw new InvalidInputException(name + "Size", "The size of the " + name + " group is implausibly large.");
            }
            Fields.finite(name + "Mean", "The mean of the " + name + " group", mean);
            Fields.finite(name + "Sd", "The standard deviation of the " + name + " group", sd);
            if (sd < 0) {
                throw new InvalidInputException(name + "Sd", "The standard deviation of the " + name
                        + " group cannot be negative.");
            }
        }

        @Override
        public ResultKind kind() {
            return ResultKind.MEAN;
        }
    }

    /**
     * What was found, in words, and where the evidence is.
     *
     * @param finding  the finding
     * @param evidence a link to notes, recordings or a report; optional
     */
    record Qualitative(String finding, URI evidence) implements ResultMeasure {
        public Qualitative {
            finding = Fields.required("finding", "The finding", finding, Fields.TEXT_MAX);
            if (evidence != null) {
                Fields.optionalLink("evidence", "The evidence link", evidence.toString());
            }
        }

        public Optional<URI> evidenceLink() {
            return Optional.ofNullable(evidence);
        }

        @Override
        public ResultKind kind() {
            return ResultKind.QUALITATIVE;
        }
    }
}
