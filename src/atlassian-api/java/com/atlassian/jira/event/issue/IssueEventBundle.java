package com.atlassian.jira.event.issue;

import java.util.Collection;

/**
 * Declaration only, partial: what Jira 6.4+ publishes for one issue operation, holding its events.
 *
 * <p>Atlassian's own Jira 11 listener
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/master/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java,
 * on jira-api 11.0.0) is an {@code @EventListener} of {@code IssueEventBundle} and iterates {@code
 * for (JiraIssueEvent event : eventBundle.getEvents())}. The element type {@code JiraIssueEvent} is
 * from that loop; the exact generic of the returned collection is UNVERIFIED.
 */
public interface IssueEventBundle {
    Collection<JiraIssueEvent> getEvents();
}
