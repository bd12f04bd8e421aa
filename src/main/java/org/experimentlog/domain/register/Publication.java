package org.experimentlog.domain.register;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * One published version of an experiment's public record. A later change needs a new publication
 * (the next version); older versions stay readable. A publication can be withdrawn with a reason:
 * the register then says it was withdrawn, and when, instead of showing the record.
 *
 * @param id the stored id, or null before it is stored
 * @param version 1 for the first publication of the experiment, then 2, 3, …
 * @param departments the departments of the experiment at publication, for the register's filter
 * @param outcomes the outcomes it linked at publication, for the register's filter
 */
public record Publication(
        Long id,
        ExperimentId experimentId,
        int version,
        PublicRecord record,
        Set<DepartmentId> departments,
        Set<OutcomeId> outcomes,
        UserRef publishedBy,
        Instant publishedAt,
        Withdrawal withdrawal) {
    public Publication {
        requireNonNull(experimentId, "experimentId");
        if (version < 1) {
            throw new IllegalArgumentException("Publication versions start at 1");
        }
        requireNonNull(record, "record");
        departments = Set.copyOf(departments);
        outcomes = Set.copyOf(outcomes);
        requireNonNull(publishedBy, "publishedBy");
        requireNonNull(publishedAt, "publishedAt");
    }

    /** A new publication, not yet stored. */
    public static Publication publish(
            ExperimentId experiment,
            int version,
            PublicRecord record,
            Set<DepartmentId> departments,
            Set<OutcomeId> outcomes,
            UserRef by,
            Instant at) {
        return new Publication(
                null, experiment, version, record, departments, outcomes, by, at, null);
    }

    /** The same publication, withdrawn; a publication is withdrawn once. */
    public Publication withdraw(String reason, UserRef by, Instant at) {
        if (withdrawal != null) {
            throw new RuleViolationException("publication", ErrorKey.PUBLICATION_ALREADY_WITHDRAWN);
        }
        return new Publication(
                id,
                experimentId,
                version,
                record,
                departments,
                outcomes,
                publishedBy,
                publishedAt,
                new Withdrawal(reason, by, at));
    }

    public Publication storedAs(long newId) {
        return new Publication(
                newId,
                experimentId,
                version,
                record,
                departments,
                outcomes,
                publishedBy,
                publishedAt,
                withdrawal);
    }

    public boolean isWithdrawn() {
        return withdrawal != null;
    }

    public Optional<Withdrawal> withdrawn() {
        return Optional.ofNullable(withdrawal);
    }

    /** Why and when a publication was taken back. */
    public record Withdrawal(String reason, UserRef by, Instant at) {
        public static final int REASON_MAX = 2_000;

        public Withdrawal {
            reason = Fields.required("reason", FieldLabel.WITHDRAWAL_REASON, reason, REASON_MAX);
            requireNonNull(by, "by");
            requireNonNull(at, "at");
        }
    }
}
