package org.experimentlog.stats;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * A before/after comparison without a control group: weaker evidence, as other things may have
 * changed too.
 *
 * @param before the value before
 * @param after the value after
 * @param change after minus before
 * @param relativeChange the change as a share of the size of the value before; empty when that
 *     value is 0
 * @param finding the plain-language finding
 */
public record ObservedAnalysis(
        double before, double after, double change, OptionalDouble relativeChange, Finding finding)
        implements Analysis {
    public ObservedAnalysis {
        requireNonNull(relativeChange, "relativeChange");
        requireNonNull(finding, "finding");
    }

    @Override
    public boolean significant() {
        return false;
    }

    @Override
    public boolean weakerEvidence() {
        return true;
    }
}
