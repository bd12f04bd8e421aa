package com.atlassian.jira.timezone;

import java.util.TimeZone;

/**
 * Declaration only, and partial: Jira's time zones. {@code getDefaultTimezone()} is the default
 * time zone an administrator set in Jira's general configuration (the JVM's unless changed). Note
 * the lower-case z.
 *
 * <p>Not in the shared reference. Listed at
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/timezone/TimeZoneManager.html
 * ("TimeZone getDefaultTimezone() Returns default system time zone.") and called by public plugin
 * code, for example in {@code Schedule.forCronExpression(...,
 * timeZoneManager.getDefaultTimezone())}; UNVERIFIED against jira-api 11.
 */
public interface TimeZoneManager {
    TimeZone getDefaultTimezone();
}
