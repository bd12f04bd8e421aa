package org.experimentlog.testing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import org.experimentlog.app.port.Clock;

/** A clock stopped at one instant in one zone, so that a test knows what now and today are. */
public final class FixedClock implements Clock {
    /** The zone of the parking-permit service, in which its days are counted. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Instant now;
    private final ZoneId zone;

    public FixedClock(Instant now, ZoneId zone) {
        this.now = requireNonNull(now, "now");
        this.zone = requireNonNull(zone, "zone");
    }

    /** A clock stopped at this instant, in Amsterdam. */
    public static FixedClock at(Instant now) {
        return new FixedClock(now, AMSTERDAM);
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
