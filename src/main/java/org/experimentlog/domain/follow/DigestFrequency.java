package org.experimentlog.domain.follow;

import java.time.Duration;
import org.experimentlog.domain.Coded;

/** How often a person gets their digest. */
public enum DigestFrequency implements Coded {
    DAILY("daily", Duration.ofDays(1)),
    WEEKLY("weekly", Duration.ofDays(7));

    /**
     * How much earlier than a whole period a digest may go out: the job runs every hour, so a
     * digest due at 08:00 that the job reaches at 07:59 is not held back for another hour, nor does
     * the sending time creep forward.
     */
    private static final Duration SLACK = Duration.ofMinutes(61);

    private final String code;
    private final Duration period;

    DigestFrequency(String code, Duration period) {
        this.code = code;
        this.period = period;
    }

    @Override
    public String code() {
        return code;
    }

    /** How long after the last digest the next is due. */
    public Duration dueAfter() {
        return period.minus(SLACK);
    }
}
