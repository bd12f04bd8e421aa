package org.experimentlog.app.command;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/** Abandons an experiment, saying why. Checked at construction: required parts present. */
public record Abandon(String issueKey, long version, String reason) {
    public Abandon {
        Fields.present("issueKey", FieldLabel.ISSUE_KEY, issueKey);
        Fields.version(version);
    }
}
