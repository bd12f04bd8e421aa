package org.experimentlog.app.command;

import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.Reference;

/** Defines a new outcome. */
public record DefineOutcome(
        String title,
        String description,
        Metric metric,
        Reference baseline,
        Reference target,
        DepartmentId owner) {}
