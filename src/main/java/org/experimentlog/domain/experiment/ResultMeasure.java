package org.experimentlog.domain.experiment;

import java.net.URI;
import java.util.Optional;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.Problems;

/**
 * The figures (or the finding) of a result. Each kind checks that its figures are consistent: no
 * more conversions than people, at least two per group for a mean, no negative spread.
 */
public sealed interface ResultMeasure {
    ResultKind kind();

    /**
     * Whether the design behind this kind supports causal claims; observed values and findings do
     * not.
     */
    default boolean isComparative() {
        return kind() == ResultKind.PROPORTION || kind() == ResultKind.MEAN;
    }

    /**
     * A value before and after the change.
     *
     * @param before the value before
     * @param after the value after
     * @param unit what the values count, e.g. {@code minutes}
     */
    record Observed(double before, double after, String unit) implements ResultMeasure {
        public static final int UNIT_MAX = 40;

        public Observed {
            Problems problems = new Problems();
            String given = unit;
            String checked =
                    problems.check(() -> Fields.optional("unit", FieldLabel.UNIT, given, UNIT_MAX));
            boolean percentage = Fields.isPercentage(checked);
            problems.run(() -> value("before", FieldLabel.VALUE_BEFORE, before, percentage));
            problems.run(() -> value("after", FieldLabel.VALUE_AFTER, after, percentage));
            problems.done();
            unit = checked;
        }

        private static void value(
                String field, FieldLabel label, double value, boolean percentage) {
            Fields.finite(field, label, value);
            if (percentage) {
                Fields.percentage(field, label, value);
            }
        }

        @Override
        public ResultKind kind() {
            return ResultKind.OBSERVED;
        }
    }

    /**
     * Successes out of participants in the control and the variant group.
     *
     * @param controlSize participants in the control group
     * @param controlConversions successes in the control group
     * @param variantSize participants in the variant group
     * @param variantConversions successes in the variant group
     * @param plannedVariantShare the share of participants meant to get the variant (0.5 for an
     *     even split)
     */
    record Proportion(
            long controlSize,
            long controlConversions,
            long variantSize,
            long variantConversions,
            double plannedVariantShare)
            implements ResultMeasure {
        public static final long MAX_COUNT = 1_000_000_000_000L;

        public Proportion {
            Problems problems = new Problems();
            problems.run(() -> group("control", controlSize, controlConversions));
            problems.run(() -> group("variant", variantSize, variantConversions));
            problems.run(() -> share(plannedVariantShare));
            problems.done();
        }

        private static void share(double plannedVariantShare) {
            Fields.finite(
                    "plannedVariantShare", FieldLabel.PLANNED_VARIANT_SHARE, plannedVariantShare);
            if (plannedVariantShare <= 0 || plannedVariantShare >= 1) {
                throw new InvalidInputException(
                        "plannedVariantShare", ErrorKey.PLANNED_SHARE_RANGE);
            }
        }

        private static void group(String name, long size, long conversions) {
            boolean control = name.equals("control");
            Fields.notNegative(
                    name + "Size",
                    control ? FieldLabel.CONTROL_SIZE : FieldLabel.VARIANT_SIZE,
                    size);
            Fields.notNegative(
                    name + "Conversions",
                    control ? FieldLabel.CONTROL_CONVERSIONS : FieldLabel.VARIANT_CONVERSIONS,
                    conversions);
            if (size == 0) {
                throw new InvalidInputException(
                        name + "Size", ErrorKey.GROUP_NEEDS_ONE, groupName(name));
            }
            if (size > MAX_COUNT) {
                throw new InvalidInputException(
                        name + "Size", ErrorKey.GROUP_TOO_LARGE, groupName(name));
            }
            if (conversions > size) {
                throw new InvalidInputException(
                        name + "Conversions",
                        ErrorKey.GROUP_MORE_SUCCESSES,
                        groupName(name),
                        conversions,
                        size);
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
     * @param controlSd standard deviation of the control group, not negative
     * @param variantSize participants in the variant group, at least 2
     * @param variantMean mean of the variant group
     * @param variantSd standard deviation of the variant group, not negative
     */
    record Mean(
            long controlSize,
            double controlMean,
            double controlSd,
            long variantSize,
            double variantMean,
            double variantSd)
            implements ResultMeasure {
        public Mean {
            Problems problems = new Problems();
            problems.run(() -> group("control", controlSize, controlMean, controlSd));
            problems.run(() -> group("variant", variantSize, variantMean, variantSd));
            problems.done();
        }

        private static void group(String name, long size, double mean, double sd) {
            boolean control = name.equals("control");
            if (size < 2) {
                throw new InvalidInputException(
                        name + "Size", ErrorKey.GROUP_NEEDS_TWO, groupName(name));
            }
            if (size > Proportion.MAX_COUNT) {
                throw new InvalidInputException(
                        name + "Size", ErrorKey.GROUP_TOO_LARGE, groupName(name));
            }
            Fields.finite(
                    name + "Mean",
                    control ? FieldLabel.CONTROL_MEAN : FieldLabel.VARIANT_MEAN,
                    mean);
            Fields.finite(name + "Sd", control ? FieldLabel.CONTROL_SD : FieldLabel.VARIANT_SD, sd);
            if (sd < 0) {
                throw new InvalidInputException(
                        name + "Sd", ErrorKey.GROUP_SD_NEGATIVE, groupName(name));
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
     * @param finding the finding
     * @param evidence a link to notes, recordings or a report; optional
     */
    record Qualitative(String finding, URI evidence) implements ResultMeasure {
        public Qualitative {
            finding = Fields.required("finding", FieldLabel.FINDING, finding, Fields.TEXT_MAX);
            if (evidence != null) {
                Fields.optionalLink("evidence", FieldLabel.EVIDENCE_LINK, evidence.toString());
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

    /** "control" or "variant", as messages about a group name it; the web layer translates it. */
    private static Phrase groupName(String name) {
        return Phrase.of("experimentlog.group." + name, name);
    }
}
