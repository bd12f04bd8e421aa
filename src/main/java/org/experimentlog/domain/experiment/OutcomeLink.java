package org.experimentlog.domain.experiment;

import static java.util.Objects.requireNonNull;

import org.experimentlog.domain.outcome.OutcomeId;

/**
 * An outcome an experiment aims to move, and the direction it expects.
 *
 * @param outcome the outcome
 * @param expected the expected direction of its metric
 */
public record OutcomeLink(OutcomeId outcome, ExpectedDirection expected) {
    public OutcomeLink {
        requireNonNull(outcome, "outcome");
        requireNonNull(expected, "expected");
    }
}
