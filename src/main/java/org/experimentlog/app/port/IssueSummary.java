package org.experimentlog.app.port;

import static java.util.Objects.requireNonNull;

import org.experimentlog.domain.IssueRef;

/**
 * What the host tells about an issue.
 *
 * @param ref the issue's id and current key
 * @param summary its summary line
 * @param experiment whether its issue type is Experiment
 */
public record IssueSummary(IssueRef ref, String summary, boolean experiment) {
    public IssueSummary {
        requireNonNull(ref, "ref");
        requireNonNull(summary, "summary");
    }
}
