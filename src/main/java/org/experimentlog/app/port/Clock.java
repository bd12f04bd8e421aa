package org.experimentlog.app.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The time, as the host tells it; use cases never read the system clock themselves. */
public interface Clock {
    /** Now, to the millisecond: what databases keep, so what is written reads back the same. */
    Instant now();

    /** The host's default time zone, in which days are counted. */
    ZoneId zone();

    /** Today, in the host's default time zone. */
    default LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }
}
