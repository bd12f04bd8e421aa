package org.experimentlog.sandbox;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's scheduler in the sandbox: job runners registered by key, interval jobs run on their
 * schedule by one thread, and any job run on demand. The sandbox is one node, so {@code
 * RUN_ONCE_PER_CLUSTER} and {@code RUN_LOCALLY} behave alike; two sandbox nodes on one database
 * would each run a job (Jira runs a clustered job on one node).
 */
public final class SandboxScheduler implements SchedulerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxScheduler.class);

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread thread = new Thread(r, "sandbox-scheduler");
                        thread.setDaemon(true);
                        return thread;
                    });

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        unscheduleJob(jobId);
        jobs.put(jobId, jobConfig);
        IntervalScheduleInfo interval = jobConfig.getSchedule().getIntervalScheduleInfo();
        long first =
                interval.getFirstRunTime() == null
                        ? 0
                        : Math.max(
                                0,
                                interval.getFirstRunTime().getTime() - System.currentTimeMillis());
        if (interval.getIntervalInMillis() > 0) {
            timers.put(
                    jobId,
                    executor.scheduleAtFixedRate(
                            () -> run(jobId),
                            first,
                            interval.getIntervalInMillis(),
                            TimeUnit.MILLISECONDS));
        } else {
            timers.put(jobId, executor.schedule(() -> run(jobId), first, TimeUnit.MILLISECONDS));
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        jobs.remove(jobId);
        ScheduledFuture<?> timer = timers.remove(jobId);
        if (timer != null) {
            timer.cancel(false);
        }
    }

    /** The job's configuration, if it is scheduled. */
    public Optional<JobConfig> job(JobId jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    /**
     * Runs a scheduled job now, on the caller's thread, as the scheduler would; empty when no such
     * job or runner.
     */
    public Optional<String> runNow(JobId jobId) {
        return Optional.ofNullable(run(jobId));
    }

    private String run(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        JobRunner runner = config == null ? null : runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return null;
        }
        Date start = new Date();
        try {
            JobRunnerResponse response =
                    runner.runJob(
                            new JobRunnerRequest() {
                                @Override
                                public Date getStartTime() {
                                    return start;
                                }

                                @Override
                                public JobId getJobId() {
                                    return jobId;
                                }

                                @Override
                                public JobConfig getJobConfig() {
                                    return config;
                                }
                            });
            String message =
                    response == null || response.getMessage() == null ? "" : response.getMessage();
            LOG.info("Job {} ran: {}", jobId, message);
            return message;
        } catch (RuntimeException e) {
            LOG.error("Job {} failed", jobId, e);
            return "failed: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
