package org.experimentlog.app.port;

import java.time.Instant;
import java.time.LocalDate;

/** The time, as the host tells it; use cases never read the system clock themselves. */
public interface Clock {
    /** Now. */
    Instant now();

    /** Today, in the host's default time zone. */
    LocalDate today();
}
