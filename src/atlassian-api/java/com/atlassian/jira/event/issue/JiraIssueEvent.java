package com.atlassian.jira.event.issue;

/**
 * Declaration only, empty: an event in an {@link IssueEventBundle}. Name and package from the
 * imports and the loop variable of
 * https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/master/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java.
 * No member is used.
 */
public interface JiraIssueEvent {}
