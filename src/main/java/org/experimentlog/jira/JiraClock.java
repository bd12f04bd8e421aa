package org.experimentlog.jira;

import com.atlassian.jira.timezone.TimeZoneManager;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.experimentlog.app.port.Clock;
import org.springframework.stereotype.Component;

/**
 * {@link Clock} on the system clock and Jira's default time zone (General configuration, the JVM's
 * zone unless an administrator changed it). The zone is asked for on every call rather than kept,
 * so a change by an administrator applies at once, on every node.
 */
@Component
final class JiraClock implements Clock {
    private final TimeZoneManager timeZones;
    private final InstantSource time;

    @Inject
    JiraClock(TimeZoneManager timeZones) {
        this(timeZones, InstantSource.system());
    }

    JiraClock(TimeZoneManager timeZones, InstantSource time) {
        this.timeZones = timeZones;
        this.time = time;
    }

    @Override
    public Instant now() {
        // Databases keep milliseconds; an instant finer than that would read back different from
        // what was written.
        return time.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId zone() {
        return timeZones.getDefaultTimezone().toZoneId();
    }
}
