package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Declaration only: the scheduler of Atlassian products. A plugin registers a {@link JobRunner}
 * under a key on every start and schedules jobs for it; a job with {@code
 * RunMode.RUN_ONCE_PER_CLUSTER} runs on one node of a Data Center cluster each time it triggers,
 * and its schedule is kept in the database. Only the members this plugin uses.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 * (registerJobRunner, unregisterJobRunner, scheduleJob throwing SchedulerServiceException,
 * unscheduleJob); the same signatures in Bamboo 9.2's implementation
 * (https://docs.atlassian.com/atlassian-bamboo/9.2.11/com/atlassian/bamboo/schedule/AtlassianSchedulerServiceImpl.html).
 */
public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
