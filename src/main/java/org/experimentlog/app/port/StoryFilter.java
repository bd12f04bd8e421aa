package org.experimentlog.app.port;

import java.time.LocalDate;
import java.util.Optional;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.Impact;

/**
 * Narrows the failures-shared feed. Every field is optional.
 *
 * @param department stories shared with this department
 * @param factor stories naming this contributing factor
 * @param impact stories of this impact
 * @param from shared on or after this day
 * @param to shared on or before this day
 * @param text words every shown story contains (title or any narrative field), ignoring case; blank
 *     for any
 */
public record StoryFilter(
        DepartmentId department,
        ContributingFactor factor,
        Impact impact,
        LocalDate from,
        LocalDate to,
        String text) {
    public static final int TEXT_MAX = 200;

    public StoryFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX) {
            throw new InvalidInputException("text", ErrorKey.FILTER_TEXT_TOO_LONG, TEXT_MAX);
        }
    }

    public static StoryFilter none() {
        return new StoryFilter(null, null, null, null, null, null);
    }

    public Optional<DepartmentId> departmentIfAny() {
        return Optional.ofNullable(department);
    }
}
