package com.atlassian.scheduler;

/**
 * Declaration only: the work a scheduled job does. Jira calls it on the node that runs the job.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunner.html
 * ({@code JobRunnerResponse runJob(JobRunnerRequest request)}, the response {@code @Nullable}).
 */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
