package com.atlassian.mail.queue;

/**
 * Declaration only: Jira's outgoing mail queue, which sends its items through the SMTP server
 * configured in Jira's administration (Jira flushes it every minute, and on {@code sendBuffer()}).
 * A component of Jira, imported with {@code @ComponentImport}.
 *
 * <p>From atlassian-mail's source ({@code com/atlassian/mail/queue/MailQueue.java}: {@code void
 * sendBuffer()}, {@code int size()}, {@code void addItem(MailQueueItem item)}), found through the
 * public code search; public plugin code queues mail with {@code addItem(new
 * SingleMailQueueItem(email))} ({@code paulcadman/jira-emailnotify}). Javadoc:
 * https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/queue/MailQueue.html
 */
public interface MailQueue {
    void sendBuffer();

    int size();

    void addItem(MailQueueItem item);
}
