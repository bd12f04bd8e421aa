package com.atlassian.jira.event.issue;

/**
 * Declaration only, partial: the event in an {@link IssueEventBundle} that wraps a classic {@link
 * IssueEvent}.
 *
 * <p>https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/master/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java:
 * {@code if (!(event instanceof DelegatingJiraIssueEvent)) continue; ...
 * ((DelegatingJiraIssueEvent) event).asIssueEvent()}, "We can get the IssueEvent only from a
 * DelegatingJiraIssueEvent". Whether it is an interface or a class is UNVERIFIED (the plugin only
 * tests and casts, which compiles either way against the real jar under -Pjira; this declaration is
 * never packaged).
 */
public interface DelegatingJiraIssueEvent extends JiraIssueEvent {
    IssueEvent asIssueEvent();
}
