package org.experimentlog.jira;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import org.experimentlog.app.port.MailOutbox;
import org.springframework.stereotype.Component;

/**
 * {@link MailOutbox} on Jira's mail queue: each digest becomes one {@link Email} with a {@code
 * multipart/alternative} body (plain text first, HTML second, as RFC 2046 orders them), queued as a
 * {@link SingleMailQueueItem}. Jira sends it through the SMTP server configured in its
 * administration, from its default sender address, and retries it when the server is down; the mail
 * is sent at most once from the queue. The {@code List-Unsubscribe} headers let mail programs offer
 * one-click unsubscribe (RFC 8058).
 */
@Component
public final class JiraMailOutbox implements MailOutbox {
    private final MailQueue queue;

    @Inject
    public JiraMailOutbox(MailQueue queue) {
        this.queue = queue;
    }

    @Override
    public void queue(OutgoingMail mail) {
        Email email = new Email(mail.to());
        email.setSubject(mail.subject());
        email.setEncoding("UTF-8");
        email.setMimeType("multipart/alternative");
        email.setMultipart(body(mail));
        email.addHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        email.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        email.addHeader("Auto-Submitted", "auto-generated");
        queue.addItem(new SingleMailQueueItem(email));
    }

    static MimeMultipart body(OutgoingMail mail) {
        try {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            return alternative;
        } catch (MessagingException e) {
            throw new IllegalStateException(
                    "Could not build the digest's body: " + e.getMessage(), e);
        }
    }
}
