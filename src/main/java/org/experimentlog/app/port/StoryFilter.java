package org.experimentlog.app.port;

import java.time.LocalDate;
import java.util.Optional;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.Impact;

/**
 * Narrows the failures-shared feed. Every field is optional.
 *
 * @param department stories shared with this department
 * @param factor     stories naming this contributing factor
 * @param impact     stories of this impact
 * @param from       shared on or after this day
 * @param to         shared on or before this day
 */
public record StoryFilter(DepartmentId department, ContributingFactor factor, Impact impact, LocalDate from,
        LocalDate to) {
    public static StoryFilter none() {
        return new StoryFilter(null, null, null, null, null);
    }

    public Optional<DepartmentId> departmentIfAny() {
        return Optional.ofNullable(department);
    }
}
