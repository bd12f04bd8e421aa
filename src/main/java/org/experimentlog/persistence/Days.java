package org.experimentlog.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/**
 * How days and instants are stored. Days are ISO {@code yyyy-MM-dd} text, which sorts correctly and
 * never shifts with a database or JVM time zone; instants are timestamps.
 */
final class Days {
    private Days() {}

    static String format(LocalDate day) {
        return day == null ? null : day.toString();
    }

    static LocalDate parse(String stored) {
        return stored == null ? null : LocalDate.parse(stored);
    }

    static Date toDate(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
