package org.experimentlog.jira;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import jakarta.inject.Inject;
import java.util.Date;
import org.experimentlog.app.digest.DigestService;
import org.experimentlog.domain.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The digest job on Jira's scheduler: every hour, on one node of the cluster ({@link
 * RunMode#RUN_ONCE_PER_CLUSTER}), it sends the digests that are due. The runner is registered on
 * every start of the plugin (Jira keeps the schedule, not the runner) and unregistered when the
 * plugin stops; scheduling the same job id again replaces the schedule.
 */
@Component
@ExportAsService(LifecycleAware.class)
public final class DigestJob implements JobRunner, LifecycleAware {
    /**
     * The runner's key; prefixed with the plugin key, as job runner keys are shared by every
     * plugin.
     */
    public static final JobRunnerKey RUNNER =
            JobRunnerKey.of("org.experimentlog.experiment-log:digests");

    public static final JobId JOB = JobId.of("org.experimentlog.experiment-log:digests-hourly");

    /** The job looks every hour; each person's frequency decides whether their digest is due. */
    public static final long INTERVAL_MILLIS = 60L * 60 * 1000;

    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);

    private final SchedulerService scheduler;
    private final DigestService digests;

    @Inject
    public DigestJob(SchedulerService scheduler, DigestService digests) {
        this.scheduler = scheduler;
        this.digests = digests;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(
                    JOB,
                    JobConfig.forJobRunnerKey(RUNNER)
                            .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                            .withSchedule(
                                    Schedule.forInterval(
                                            INTERVAL_MILLIS,
                                            new Date(
                                                    System.currentTimeMillis()
                                                            + INTERVAL_MILLIS))));
        } catch (SchedulerServiceException e) {
            LOG.error(
                    "Could not schedule the digests: {}. An administrator can still send them from the app's "
                            + "administration page.",
                    e.getMessage(),
                    e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            DigestService.RunSummary summary = digests.sendDue();
            return JobRunnerResponse.success(
                    summary.mails() + " digests to " + summary.recipients() + " people");
        } catch (RuleViolationException e) {
            return JobRunnerResponse.aborted(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("The digests stopped: {}", e.getMessage(), e);
            return JobRunnerResponse.failed(e);
        }
    }
}
