package org.experimentlog.domain.outcome;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.Problems;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;

/**
 * A product outcome people care about, with one metric, a baseline, a target and an owning
 * department. Its measurements over time form its trend.
 */
public final class Outcome {
    public static final int TITLE_MAX = Fields.TITLE_MAX;
    public static final int DESCRIPTION_MAX = Fields.TEXT_MAX;

    private final OutcomeId id;
    private final String title;
    private final String description;
    private final Metric metric;
    private final Reference baseline;
    private final Reference target;
    private final DepartmentId owner;
    private final OutcomeStatus status;
    private final UserRef createdBy;
    private final Instant createdAt;
    private final long version;

    private Outcome(
            OutcomeId id,
            String title,
            String description,
            Metric metric,
            Reference baseline,
            Reference target,
            DepartmentId owner,
            OutcomeStatus status,
            UserRef createdBy,
            Instant createdAt,
            long version) {
        this.id = id;
        Problems problems = new Problems();
        this.title =
                problems.check(
                        () ->
                                Fields.requiredName(
                                        "title", FieldLabel.OUTCOME_TITLE, title, TITLE_MAX));
        this.description =
                problems.check(
                        () ->
                                Fields.optional(
                                        "description",
                                        FieldLabel.DESCRIPTION,
                                        description,
                                        DESCRIPTION_MAX));
        this.metric = problems.check(() -> Fields.present("metric", FieldLabel.METRIC, metric));
        this.baseline =
                problems.check(() -> Fields.present("baseline", FieldLabel.BASELINE, baseline));
        this.target = problems.check(() -> Fields.present("target", FieldLabel.TARGET, target));
        this.owner =
                problems.check(
                        () ->
                                Fields.present(
                                        "ownerDepartment", FieldLabel.OWNER_DEPARTMENT, owner));
        this.status = problems.check(() -> Fields.present("status", FieldLabel.STATUS, status));
        this.createdBy = requireNonNull(createdBy, "createdBy");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.version = Fields.version(version);
        if (target != null && baseline != null && !target.date().isAfter(baseline.date())) {
            problems.note(
                    new InvalidInputException("target.date", ErrorKey.OUTCOME_TARGET_DATE_ORDER));
        }
        if (metric != null
                && target != null
                && baseline != null
                && !metric.direction().isBetter(target.value(), baseline.value())) {
            problems.note(
                    new InvalidInputException(
                            "target.value",
                            metric.direction() == Direction.HIGHER_IS_BETTER
                                    ? ErrorKey.OUTCOME_TARGET_HIGHER
                                    : ErrorKey.OUTCOME_TARGET_LOWER));
        }
        problems.done();
    }

    public static Outcome define(
            String title,
            String description,
            Metric metric,
            Reference baseline,
            Reference target,
            DepartmentId owner,
            UserRef by,
            Instant at) {
        Problems problems = new Problems();
        problems.run(() -> plausible(metric, baseline, target));
        Outcome defined =
                problems.check(
                        () ->
                                new Outcome(
                                        null,
                                        title,
                                        description,
                                        metric,
                                        baseline,
                                        target,
                                        owner,
                                        OutcomeStatus.ACTIVE,
                                        by,
                                        at,
                                        0));
        problems.done();
        return defined;
    }

    public static Outcome stored(
            OutcomeId id,
            String title,
            String description,
            Metric metric,
            Reference baseline,
            Reference target,
            DepartmentId owner,
            OutcomeStatus status,
            UserRef createdBy,
            Instant createdAt,
            long version) {
        return new Outcome(
                requireNonNull(id, "id"),
                title,
                description,
                metric,
                baseline,
                target,
                owner,
                status,
                createdBy,
                createdAt,
                version);
    }

    public Outcome storedAs(OutcomeId newId, long newVersion) {
        return new Outcome(
                requireNonNull(newId, "id"),
                title,
                description,
                metric,
                baseline,
                target,
                owner,
                status,
                createdBy,
                createdAt,
                newVersion);
    }

    public Outcome redefine(
            String newTitle,
            String newDescription,
            Metric newMetric,
            Reference newBaseline,
            Reference newTarget,
            DepartmentId newOwner,
            OutcomeStatus newStatus) {
        Problems problems = new Problems();
        problems.run(() -> plausible(newMetric, newBaseline, newTarget));
        Outcome redefined =
                problems.check(
                        () ->
                                new Outcome(
                                        id,
                                        newTitle,
                                        newDescription,
                                        newMetric,
                                        newBaseline,
                                        newTarget,
                                        newOwner,
                                        newStatus,
                                        createdBy,
                                        createdAt,
                                        version));
        problems.done();
        return redefined;
    }

    /**
     * A percentage is from 0 to 100 and no date is before 1900: anything else is a typing mistake.
     */
    private static void plausible(Metric metric, Reference baseline, Reference target) {
        if (metric == null || baseline == null || target == null) {
            return;
        }
        boolean percentage = Fields.isPercentage(metric.unit());
        Problems problems = new Problems();
        problems.run(
                () -> value("baseline.value", FieldLabel.BASELINE, baseline.value(), percentage));
        problems.run(() -> value("target.value", FieldLabel.TARGET, target.value(), percentage));
        problems.run(
                () ->
                        Fields.plausibleDate(
                                "baseline.date", FieldLabel.BASELINE_DATE, baseline.date()));
        problems.run(
                () -> Fields.plausibleDate("target.date", FieldLabel.TARGET_DATE, target.date()));
        problems.done();
    }

    private static void value(String field, FieldLabel label, double value, boolean percentage) {
        Fields.finite(field, label, value);
        if (percentage) {
            Fields.percentage(field, label, value);
        }
    }

    /**
     * How far a value has come from the baseline towards the target: 0 at the baseline, 1 at the
     * target, negative when it moved the wrong way, above 1 when it passed the target. Works for
     * either direction.
     */
    public double progressOf(double value) {
        return (value - baseline.value()) / (target.value() - baseline.value());
    }

    /**
     * The progress of a value as a whole percentage for a progress bar: 0 at (or behind) the
     * baseline, 100 at (or past) the target.
     */
    public int progressPercentOf(double value) {
        return progressPercent(baseline.value(), target.value(), value);
    }

    /**
     * {@link #progressPercentOf(double)} for a baseline and target known only as numbers, such as
     * those a report reads: 0 at (or behind) the baseline, 100 at (or past) the target.
     */
    public static int progressPercent(double baseline, double target, double value) {
        return (int)
                Math.round(
                        Math.max(0, Math.min(1, (value - baseline) / (target - baseline))) * 100);
    }

    public Optional<OutcomeId> id() {
        return Optional.ofNullable(id);
    }

    public OutcomeId requireId() {
        return requireNonNull(id, "The outcome is not stored yet");
    }

    public String title() {
        return title;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Metric metric() {
        return metric;
    }

    public Reference baseline() {
        return baseline;
    }

    public Reference target() {
        return target;
    }

    public DepartmentId owner() {
        return owner;
    }

    public OutcomeStatus status() {
        return status;
    }

    public UserRef createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /**
     * @param read the version the writer read before this change
     * @return this {@code Outcome}, when it is still the version the writer read
     * @throws StaleVersionException when someone else changed it since
     */
    public Outcome requireVersion(long read) {
        StaleVersionException.unlessSame("outcome", read, version);
        return this;
    }
}
