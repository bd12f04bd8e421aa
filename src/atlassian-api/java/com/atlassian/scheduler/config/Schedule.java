package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Declaration only: when a job runs. Only the interval schedule this plugin uses.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html
 * ({@code static Schedule forInterval(long intervalInMillis, Date firstRunTime)}, {@code
 * getType()}, {@code getIntervalScheduleInfo()}); package summary:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html
 * ("IntervalScheduleInfo: the description of a Schedule.forInterval(long, Date) interval
 * schedule").
 */
public final class Schedule {
    /** The kinds of schedule. */
    public enum Type {
        INTERVAL,
        CRON_EXPRESSION
    }

    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public Type getType() {
        return Type.INTERVAL;
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
