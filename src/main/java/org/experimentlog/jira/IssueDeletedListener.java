package org.experimentlog.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.experimentlog.app.ExperimentService;
import org.experimentlog.domain.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes an issue's experiment data when Jira deletes the issue (DESIGN.md §3), so nothing is left orphaned. The
 * handler runs while Jira publishes the event, on the deleting thread, and deletes in one transaction.
 *
 * <p>Every deleted issue is passed on, not only those of the type Experiment: an issue's type can change after its
 * experiment was recorded, and finding no experiment costs one indexed query. The deletion is audited as done by the
 * user logged in on the deleting thread; {@code IssueEvent#getUser()} is not used because the shared API reference
 * leaves it unverified.
 *
 * <p>Public, with a public handler method, because Atlassian's event system calls the handler reflectively from
 * outside this package.
 */
@Named
public final class IssueDeletedListener {
    /**
     * Who the audit names when an issue is deleted with nobody logged in (a background job or a script): Jira itself.
     * In parentheses, which Jira's user keys (JIRAUSER10100, or a lower-case user name) do not have.
     */
    static final UserRef JIRA_ITSELF = new UserRef("(jira)");

    private static final Logger LOG = LoggerFactory.getLogger(IssueDeletedListener.class);

    private final EventPublisher events;
    private final ExperimentService experiments;
    private final JiraAuthenticationContext authentication;

    @Inject
    IssueDeletedListener(EventPublisher events, ExperimentService experiments, JiraAuthenticationContext authentication) {
        this.events = events;
        this.experiments = experiments;
        this.authentication = authentication;
    }

    /** Starts listening; Spring calls it once the listener is built. */
    @PostConstruct
    void register() {
        events.register(this);
    }

    /** Stops listening when the plugin is disabled, so no listener of an old version survives an upgrade. */
    @PreDestroy
    void unregister() {
        events.unregister(this);
    }

    /** Deletes the experiment of a deleted issue; ignores every other issue event. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (!EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            return;
        }
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            LOG.warn("Jira reported an issue deletion without the issue; no experiment data was deleted.");
            return;
        }
        try {
            experiments.deleteWithIssue(issue.getId(), deletedBy());
        } catch (RuntimeException e) {
            // The issue is gone whatever happens here; the error names it so its experiment data can be found.
            LOG.error("Could not delete the experiment data of the deleted issue {} (id {}): {}", issue.getKey(),
                    issue.getId(), e.getMessage(), e);
        }
    }

    private UserRef deletedBy() {
        ApplicationUser user = authentication.getLoggedInUser();
        return user == null ? JIRA_ITSELF : new UserRef(user.getKey());
    }
}
