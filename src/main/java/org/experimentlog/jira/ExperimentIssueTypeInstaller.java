package org.experimentlog.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the issue type Experiment when the plugin starts, if Jira has no issue type of that name
 * yet. Creating adds it to the default issue type scheme; administrators add it to other schemes
 * themselves.
 *
 * <p>Every node of a Data Center cluster starts the plugin, so the check and the creation run under
 * a cluster lock: the first node creates the type, the others find it. Jira requires an avatar for
 * a new issue type; the type reuses the avatar of Task, or of another standard issue type, as the
 * shared API reference advises (the API that gives the default issue-type avatar is unverified). A
 * failure is logged with what to do instead, and never stops the plugin.
 */
@Component
@ExportAsService(LifecycleAware.class)
final class ExperimentIssueTypeInstaller implements LifecycleAware {
    /** The plugin key of atlassian-plugin.xml (a test keeps the two equal). */
    static final String PLUGIN_KEY = "org.experimentlog.experiment-log";

    /**
     * Cluster lock names are stored in Jira's database, so this one is prefixed with the plugin
     * key.
     */
    static final String LOCK_NAME = PLUGIN_KEY + ":create-experiment-issue-type";

    static final String DESCRIPTION =
            "An experiment: a hypothesis tested in iterations, with results, learnings and "
                    + "a verdict (Experiment Log).";

    /**
     * The issue type whose avatar a new Experiment type reuses first; every Jira Software project
     * starts with it.
     */
    static final String AVATAR_DONOR = "Task";

    /**
     * Longer than creating an issue type takes, so a node only gives up when another one is stuck.
     */
    static final long LOCK_WAIT_SECONDS = 60;

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentIssueTypeInstaller.class);

    private final ClusterLockService locks;
    private final IssueTypeManager issueTypes;

    @Inject
    ExperimentIssueTypeInstaller(ClusterLockService locks, IssueTypeManager issueTypes) {
        this.locks = locks;
        this.issueTypes = issueTypes;
    }

    @Override
    public void onStart() {
        ClusterLock lock = locks.getLockForName(LOCK_NAME);
        try {
            if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn(
                        "Did not check for the issue type {}: another node held the lock {} for over {} seconds. "
                                + "The next start of the plugin checks again.",
                        ExperimentIssueCondition.EXPERIMENT_ISSUE_TYPE,
                        LOCK_NAME,
                        LOCK_WAIT_SECONDS);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn(
                    "Did not check for the issue type {}: interrupted while waiting for the lock {}.",
                    ExperimentIssueCondition.EXPERIMENT_ISSUE_TYPE,
                    LOCK_NAME);
            return;
        }
        try {
            createIssueTypeIfAbsent();
        } catch (RuntimeException e) {
            LOG.error(
                    "Could not create the issue type {}: {}. An administrator can create it in Jira's issue type "
                            + "settings, with exactly this name.",
                    ExperimentIssueCondition.EXPERIMENT_ISSUE_TYPE,
                    e.getMessage(),
                    e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onStop() {
        // The issue type and its issues stay when the plugin stops or is removed: they are the
        // customer's data.
    }

    private void createIssueTypeIfAbsent() {
        Collection<IssueType> existing = issueTypes.getIssueTypes();
        String name = ExperimentIssueCondition.EXPERIMENT_ISSUE_TYPE;
        if (existing.stream().anyMatch(type -> name.equals(type.getName()))) {
            LOG.debug("The issue type {} exists.", name);
            return;
        }
        Optional<Long> avatarId = avatarToReuse(existing);
        if (avatarId.isEmpty()) {
            LOG.warn(
                    "Could not create the issue type {}: no standard issue type has an avatar to reuse. An "
                            + "administrator can create it in Jira's issue type settings, with exactly this name.",
                    name);
            return;
        }
        IssueType created = issueTypes.createIssueType(name, DESCRIPTION, avatarId.get());
        LOG.info(
                "Created the issue type {} (id {}) in the default issue type scheme.",
                name,
                created.getId());
    }

    /**
     * The avatar of Task if it has one, else that of another standard (not sub-task) issue type.
     */
    private static Optional<Long> avatarToReuse(Collection<IssueType> types) {
        return types.stream()
                .filter(
                        type ->
                                !type.isSubTask()
                                        && type.getAvatar() != null
                                        && type.getAvatar().getId() != null)
                .min(Comparator.comparing((IssueType type) -> !AVATAR_DONOR.equals(type.getName())))
                .map(IssueType::getAvatar)
                .map(Avatar::getId);
    }
}
