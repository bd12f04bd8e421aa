package com.atlassian.scheduler.config;

/**
 * Declaration only: where a job runs. {@code RUN_ONCE_PER_CLUSTER}: on one node of the cluster each
 * time it triggers, its schedule persisted; {@code RUN_LOCALLY}: on every node, not persisted.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html
 */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
