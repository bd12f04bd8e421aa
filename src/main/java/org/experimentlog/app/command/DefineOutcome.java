package org.experimentlog.app.command;

/** Defines a new outcome. */
public record DefineOutcome(String title, String description, org.experimentlog.domain.outcome.Metric metric, org.experimentlog.domain.outcome.Reference baseline, org.experimentlog.domain.outcome.Reference target, org.experimentlog.domain.department.DepartmentId owner) {
}
