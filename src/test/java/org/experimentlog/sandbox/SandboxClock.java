package org.experimentlog.sandbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.experimentlog.app.port.Clock;

/**
 * The system clock in Amsterdam time. The demo-data loader may set it back, so the stories it tells
 * happen over a year rather than in one second; nothing else moves it.
 */
public final class SandboxClock implements Clock {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private volatile Instant fixed;

    @Override
    public Instant now() {
        Instant at = fixed;
        // Databases keep milliseconds; an instant finer than that would read back different from
        // what was written.
        return at != null ? at : Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId zone() {
        return ZONE;
    }

    /** Lets time run normally again. */
    void release() {
        fixed = null;
    }

    /** Stops the clock at this instant (demo data only). */
    void setTo(Instant at) {
        fixed = at;
    }
}
