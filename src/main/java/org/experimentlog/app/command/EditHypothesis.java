package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.register.Deviation;

/**
 * Replaces the hypothesis of an experiment. Checked at construction: required parts present. Once
 * the experiment's plan is registered, a change needs a {@code deviationReason}, which is kept with
 * the deviation.
 */
public record EditHypothesis(
        String issueKey, long version, Hypothesis hypothesis, String deviationReason) {
    public EditHypothesis {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.present("hypothesis", FieldLabel.HYPOTHESIS, hypothesis);
        Fields.version(version);
        deviationReason =
                Fields.optional(
                        "deviationReason",
                        FieldLabel.DEVIATION_REASON,
                        deviationReason,
                        Deviation.REASON_MAX);
    }

    /** An edit before the plan is registered, or one that gives no reason. */
    public EditHypothesis(String issueKey, long version, Hypothesis hypothesis) {
        this(issueKey, version, hypothesis, null);
    }
}
