package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Declaration only: a queue item that sends one {@link Email} through Jira's default SMTP server.
 *
 * <p>From atlassian-mail's source ({@code com/atlassian/mail/queue/SingleMailQueueItem.java}:
 * {@code public SingleMailQueueItem(Email email)}, holding it in {@code private final Email email})
 * and public plugin code ({@code paulcadman/jira-emailnotify}, {@code EmailQueuer.java}: {@code
 * mailQueue.addItem(new SingleMailQueueItem(email))},
 * https://github.com/paulcadman/jira-emailnotify); javadoc of the package:
 * https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/queue/SingleMailQueueItem.html.
 * In Jira the item sends itself; here it only holds the message: the sandbox's stand-in queue reads
 * the {@code email} field (the real class's field name) and sends it over SMTP.
 */
public class SingleMailQueueItem implements MailQueueItem {
    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    @Override
    public String getSubject() {
        return email.getSubject();
    }
}
