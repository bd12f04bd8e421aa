package org.experimentlog.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.DelegatingJiraIssueEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.IssueEventBundle;
import com.atlassian.jira.event.issue.JiraIssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.experimentlog.app.ExperimentService;
import org.experimentlog.domain.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes an issue's experiment data when Jira deletes the issue (DESIGN.md §3), so nothing is left
 * orphaned. The handler runs while Jira publishes the event, on the deleting thread, and deletes in
 * one transaction.
 *
 * <p>Every deleted issue is passed on, not only those of the type Experiment: an issue's type can
 * change after its experiment was recorded, and finding no experiment costs one indexed query. The
 * deletion is audited as done by the event's user ({@code IssueEvent#getUser()}, as Atlassian's
 * Jira 11 Slack plugin reads it), else by the user logged in on the deleting thread, else by Jira
 * itself.
 *
 * <p>Jira 6.4+ publishes an {@link IssueEventBundle} for each operation, and (for older listeners)
 * the bare {@link IssueEvent} as well; Atlassian's own Jira 11 listener consumes the bundle. This
 * one listens for both, so it works whichever Jira 11 still publishes, and handles each deleted
 * issue once: the ids it handled recently are remembered (issue ids are never reused).
 *
 * <p>Public, with a public handler method, because Atlassian's event system calls the handler
 * reflectively from outside this package.
 */
@Component
public final class IssueDeletedListener {
    /**
     * Who the audit names when an issue is deleted with nobody logged in (a background job or a
     * script): Jira itself. In parentheses, which Jira's user keys (JIRAUSER10100, or a lower-case
     * user name) do not have.
     */
    static final UserRef JIRA_ITSELF = new UserRef("(jira)");

    private static final Logger LOG = LoggerFactory.getLogger(IssueDeletedListener.class);

    private final EventPublisher events;
    private final ExperimentService experiments;
    private final JiraAuthenticationContext authentication;

    /**
     * The ids of issues whose deletion was handled lately, so the bundle and the bare event count
     * once.
     */
    private final Set<Long> handled =
            Collections.newSetFromMap(
                    Collections.synchronizedMap(
                            new LinkedHashMap<Long, Boolean>(64, 0.75f, false) {
                                private static final long serialVersionUID = 1L;

                                @Override
                                protected boolean removeEldestEntry(
                                        Map.Entry<Long, Boolean> eldest) {
                                    return size() > 1024;
                                }
                            }));

    @Inject
    IssueDeletedListener(
            EventPublisher events,
            ExperimentService experiments,
            JiraAuthenticationContext authentication) {
        this.events = events;
        this.experiments = experiments;
        this.authentication = authentication;
    }

    /** Starts listening; Spring calls it once the listener is built. */
    @PostConstruct
    void register() {
        events.register(this);
    }

    /**
     * Stops listening when the plugin is disabled, so no listener of an old version survives an
     * upgrade.
     */
    @PreDestroy
    void unregister() {
        events.unregister(this);
    }

    /** Deletes the experiments of the issues a bundle deletes; ignores every other event in it. */
    @EventListener
    public void onIssueEventBundle(IssueEventBundle bundle) {
        for (JiraIssueEvent event : bundle.getEvents()) {
            if (event instanceof DelegatingJiraIssueEvent delegating) {
                onIssueEvent(delegating.asIssueEvent());
            }
        }
    }

    /** Deletes the experiment of a deleted issue; ignores every other issue event. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (event == null || !EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            return;
        }
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            LOG.warn(
                    "Jira reported an issue deletion without the issue; no experiment data was deleted.");
            return;
        }
        if (!handled.add(issue.getId())) {
            return; // the bundle and the bare event of one deletion
        }
        try {
            experiments.deleteWithIssue(issue.getId(), deletedBy(event));
        } catch (RuntimeException e) {
            // The issue is gone whatever happens here; the error names it so its experiment data
            // can be found.
            LOG.error(
                    "Could not delete the experiment data of the deleted issue {} (id {}): {}",
                    issue.getKey(),
                    issue.getId(),
                    e.getMessage(),
                    e);
        }
    }

    private UserRef deletedBy(IssueEvent event) {
        ApplicationUser user = event.getUser();
        return user != null ? new UserRef(user.getKey()) : deletedBy();
    }

    private UserRef deletedBy() {
        ApplicationUser user = authentication.getLoggedInUser();
        return user == null ? JIRA_ITSELF : new UserRef(user.getKey());
    }
}
