package org.experimentlog.app.command;

import org.experimentlog.domain.Fields;

/** Saves a retrospective a team held (no id) or its revised notes and actions. Checked at construction: required parts present. */
public record SaveRetrospective(org.experimentlog.domain.retrospective.RetrospectiveId retrospective, long version, org.experimentlog.domain.retrospective.Scope scope, org.experimentlog.domain.Period period, String title, String notes, java.util.List<org.experimentlog.domain.retrospective.RetroAction> actions) {
    public SaveRetrospective {
        Fields.present("scope", "The scope", scope);
        Fields.present("period", "The period", period);
        Fields.present("actions", "The actions", actions);
        Fields.version(version);
    }
}
