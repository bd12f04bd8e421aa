package com.atlassian.mail.queue;

/**
 * Declaration only: an item of Jira's mail queue that knows how to send itself. The real interface
 * also extends {@code com.atlassian.core.task.Task} and {@code Comparable<MailQueueItem>}; this
 * plugin uses neither.
 *
 * <p>From atlassian-mail's source ({@code com/atlassian/mail/queue/MailQueueItem.java}: {@code void
 * send() throws MailException}, {@code String getSubject()}), found through the public code search;
 * the throws clause is left out here because this plugin never calls {@code send()} itself.
 * Javadoc:
 * https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/queue/MailQueueItem.html
 */
public interface MailQueueItem {
    String getSubject();
}
