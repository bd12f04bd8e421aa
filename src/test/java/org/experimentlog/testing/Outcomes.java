package org.experimentlog.testing;

import java.time.Instant;
import java.time.LocalDate;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.Metric;
import org.experimentlog.domain.outcome.MetricKind;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.outcome.OutcomeStatus;
import org.experimentlog.domain.outcome.Reference;

/**
 * Builds stored outcomes; by default outcome {@value #ID}, "Faster parking-permit renewals":
 * minutes per renewal, lower is better, from 12 at the start of 2025 to 5 at its end.
 */
public final class Outcomes {
    public static final long ID = 301;
    public static final LocalDate BASELINE_DATE = LocalDate.of(2025, 1, 1);
    public static final LocalDate TARGET_DATE = LocalDate.of(2025, 12, 31);
    public static final Instant DEFINED_AT = Instant.parse("2025-01-06T09:00:00Z");

    private long id = ID;
    private String title = "Faster parking-permit renewals";
    private String description = "The minutes a resident needs to renew a parking permit online.";
    private Metric metric = Metric.preset(MetricKind.SPEED_OF_SERVICE);
    private Reference baseline = new Reference(12, BASELINE_DATE);
    private Reference target = new Reference(5, TARGET_DATE);
    private DepartmentId owner = Departments.OPERATIONS;
    private OutcomeStatus status = OutcomeStatus.ACTIVE;

    private Outcomes() {}

    public static Outcomes anOutcome() {
        return new Outcomes();
    }

    /**
     * The share of started renewals that are completed online: higher is better, from 62 % to 80 %.
     */
    public Outcomes higherIsBetter() {
        title = "More renewals completed online";
        description = null;
        metric = Metric.preset(MetricKind.COMPLETION_RATE);
        baseline = new Reference(62, BASELINE_DATE);
        target = new Reference(80, TARGET_DATE);
        return this;
    }

    public Outcomes withId(long value) {
        id = value;
        return this;
    }

    public Outcomes withTitle(String value) {
        title = value;
        return this;
    }

    public Outcomes measuredBy(Metric value) {
        metric = value;
        return this;
    }

    public Outcomes withBaseline(double value, LocalDate date) {
        baseline = new Reference(value, date);
        return this;
    }

    public Outcomes withTarget(double value, LocalDate date) {
        target = new Reference(value, date);
        return this;
    }

    public Outcomes ownedBy(DepartmentId value) {
        owner = value;
        return this;
    }

    public Outcomes withStatus(OutcomeStatus value) {
        status = value;
        return this;
    }

    public Outcome build() {
        return Outcome.stored(
                new OutcomeId(id),
                title,
                description,
                metric,
                baseline,
                target,
                owner,
                status,
                Users.MARIA,
                DEFINED_AT,
                1);
    }
}
