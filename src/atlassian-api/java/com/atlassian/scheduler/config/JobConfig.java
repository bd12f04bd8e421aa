package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Declaration only: the configuration of a scheduled job (immutable; each {@code with…} returns a
 * copy).
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html
 * ({@code static forJobRunnerKey(JobRunnerKey)}, {@code withRunMode}, {@code withSchedule}, {@code
 * getJobRunnerKey}, {@code getRunMode}, {@code getSchedule}). The real default run mode is {@code
 * RUN_ONCE_PER_CLUSTER}; this plugin always sets it.
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(
                jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.forInterval(0, null));
    }

    public JobConfig withRunMode(RunMode newRunMode) {
        return new JobConfig(jobRunnerKey, newRunMode, schedule);
    }

    public JobConfig withSchedule(Schedule newSchedule) {
        return new JobConfig(jobRunnerKey, runMode, newSchedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}
