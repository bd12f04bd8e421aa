package org.experimentlog.sandbox;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's mail queue in the sandbox: items wait in memory (as in Jira, whose queue is per node)
 * until the queue is flushed, and are then sent over SMTP to the configured server, from the
 * default sender when the mail names none, as Jira's {@code SMTPMailServer} does. A message the
 * server refuses stays in the queue for the next flush.
 */
public final class SandboxMailQueue implements MailQueue {
    /** The sender Jira would take from its SMTP server settings. */
    public static final String DEFAULT_FROM = "jira@experimentlog.example";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxMailQueue.class);

    private final ConcurrentLinkedQueue<MailQueueItem> items = new ConcurrentLinkedQueue<>();
    private final Session session;

    /**
     * A queue that sends through the SMTP server at this host and port; port 0: nowhere (mail stays
     * queued).
     */
    public SandboxMailQueue(String host, int port) {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", host);
        smtp.put("mail.smtp.port", Integer.toString(port));
        smtp.put("mail.smtp.connectiontimeout", "5000");
        smtp.put("mail.smtp.timeout", "5000");
        this.session = port == 0 ? null : Session.getInstance(smtp);
    }

    @Override
    public void addItem(MailQueueItem item) {
        items.add(item);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** Sends everything queued; what fails stays queued. */
    @Override
    public synchronized void sendBuffer() {
        if (session == null) {
            return;
        }
        int count = items.size();
        for (int i = 0; i < count; i++) {
            MailQueueItem item = items.poll();
            if (item == null) {
                return;
            }
            try {
                Transport.send(message(emailOf(item)));
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                LOG.warn(
                        "Could not send \"{}\"; it stays queued: {}",
                        item.getSubject(),
                        e.toString());
                items.add(item);
            }
        }
    }

    private MimeMessage message(Email email)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(
                email.getFromName() == null
                        ? new InternetAddress(
                                email.getFrom() == null ? DEFAULT_FROM : email.getFrom())
                        : new InternetAddress(
                                email.getFrom() == null ? DEFAULT_FROM : email.getFrom(),
                                email.getFromName(),
                                "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.getTo()));
        message.setSubject(email.getSubject(), "UTF-8");
        for (Map.Entry<String, String> header : email.getHeaders().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (email.getMultipart() != null) {
            message.setContent(email.getMultipart());
        } else {
            message.setContent(email.getBody(), email.getMimeType() + "; charset=UTF-8");
        }
        message.saveChanges();
        return message;
    }

    /**
     * The message a queue item holds. Jira's {@code SingleMailQueueItem} sends itself; the
     * declaration only holds its {@code email} (the field name of the real class), which the
     * sandbox reads to send it the same way.
     */
    private static Email emailOf(MailQueueItem item) {
        if (!(item instanceof SingleMailQueueItem)) {
            throw new IllegalArgumentException(
                    "The sandbox sends SingleMailQueueItem only, not " + item.getClass());
        }
        try {
            Field field = SingleMailQueueItem.class.getDeclaredField("email");
            field.setAccessible(true);
            return (Email) field.get(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SingleMailQueueItem holds no email field", e);
        }
    }
}
