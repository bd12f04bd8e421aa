package org.experimentlog.domain.register;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.ExperimentId;

/**
 * One change to a part of a registered plan: what it was, what it became, who changed it, when, and
 * why. Stored once and never changed.
 *
 * @param planVersion the version of the plan this change led to: 2 for the first change after
 *     registration
 * @param before the part's text before the change; null when it was empty
 * @param after the part's text after the change; null when it was emptied
 */
public record Deviation(
        ExperimentId experimentId,
        int planVersion,
        PlanPart part,
        String before,
        String after,
        String reason,
        UserRef by,
        Instant at) {
    public static final int REASON_MAX = 2_000;

    public Deviation {
        requireNonNull(experimentId, "experimentId");
        requireNonNull(part, "part");
        if (planVersion < 2) {
            throw new IllegalArgumentException("A deviation leads to plan version 2 or later");
        }
        reason =
                Fields.required("deviationReason", FieldLabel.DEVIATION_REASON, reason, REASON_MAX);
        requireNonNull(by, "by");
        requireNonNull(at, "at");
    }

    public DeviationKind kind() {
        return part.kind();
    }
}
