package org.experimentlog.app.command;

import java.util.List;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.retrospective.Scope;

/** Records a retrospective a team held on a scope and period, with its notes and actions. */
public record HoldRetrospective(
        Scope scope, Period period, String title, String notes, List<ProposedAction> actions) {
    public HoldRetrospective {
        Fields.present("scope", FieldLabel.SCOPE, scope);
        Fields.present("period", FieldLabel.PERIOD, period);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
