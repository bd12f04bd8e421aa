package org.experimentlog.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * A range of whole days, both ends included.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) {
    /** Long enough for a multi-year review, short enough to keep reports bounded. */
    public static final int MAX_DAYS = 10 * 366;

    public Period {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", ErrorKey.PERIOD_END_BEFORE_START);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidInputException("to", ErrorKey.PERIOD_TOO_LONG);
        }
    }

    /** The calendar quarter that contains the day. */
    public static Period quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new Period(first, first.plusMonths(3).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
