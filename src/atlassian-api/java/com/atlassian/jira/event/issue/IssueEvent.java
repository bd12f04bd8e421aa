package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration only, and partial: the event Jira publishes when an issue is created, updated,
 * deleted and so on; which of these is told by {@link #getEventTypeId()}, one of the {@code
 * com.atlassian.jira.event.type.EventType} ids. The real class extends AbstractEvent, implements
 * IssueRelatedEvent and has more accessors ( {@code getChangeLog()}, {@code getComment()}, {@code
 * getParams()}, ...), which are not declared.
 *
 * <p>{@code getIssue()} and {@code getEventTypeId()} are used in plugin code compiled against Jira
 * 10 ([CODE10], ../shared/reference/atlassian-api-reference.md §6); javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/event/issue/IssueEvent.html.
 * Its public constructors take types this plugin does not declare; the private one here only keeps
 * plugin code from constructing it. Declaration bodies are never run.
 */
public class IssueEvent {
    private IssueEvent() {}

    public Issue getIssue() {
        throw new UnsupportedOperationException("declaration only");
    }

    /**
     * The user who caused the event: {@code issueEvent.getUser().getKey()} in Atlassian's Jira 11
     * Slack plugin (DefaultJiraSlackEventListener) and {@code getUser()} in its
     * DefaultJiraIssueEvent.
     */
    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("declaration only");
    }
}
