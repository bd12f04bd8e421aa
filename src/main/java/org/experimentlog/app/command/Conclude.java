package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.experiment.Verdict;

/**
 * Concludes an experiment with a verdict; it needs at least one learning. Checked at construction:
 * required parts present.
 */
public record Conclude(String issueKey, long version, Verdict verdict, String note) {
    public Conclude {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.version(version);
    }
}
