package org.experimentlog.app.command;

import java.util.List;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.retrospective.RetrospectiveId;

/**
 * New title, notes and actions for a retrospective; its scope and period stay what the team
 * reviewed.
 */
public record ReviseRetrospective(
        RetrospectiveId retrospective,
        long version,
        String title,
        String notes,
        List<ProposedAction> actions) {
    public ReviseRetrospective {
        Fields.present("retrospective", FieldLabel.RETROSPECTIVE, retrospective);
        Fields.version(version);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
