package org.experimentlog.app.port;

import static java.util.Objects.requireNonNull;

/** Hands mail to the host's outgoing mail queue, which sends it through the host's SMTP server. */
public interface MailOutbox {
    /**
     * One message with an HTML and a plain-text body.
     *
     * @param unsubscribeUrl the one-click unsubscribe address for the {@code List-Unsubscribe}
     *     header
     */
    record OutgoingMail(
            String to, String subject, String text, String html, String unsubscribeUrl) {
        public OutgoingMail {
            requireNonNull(to, "to");
            requireNonNull(subject, "subject");
            requireNonNull(text, "text");
            requireNonNull(html, "html");
            requireNonNull(unsubscribeUrl, "unsubscribeUrl");
        }
    }

    /** Queues the message; it is sent later by the host. */
    void queue(OutgoingMail mail);
}
