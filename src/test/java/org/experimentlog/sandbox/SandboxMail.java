package org.experimentlog.sandbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox's mail: a real SMTP server (GreenMail) on a free local port, and the mail queue the
 * plugin's mail goes through to it, flushed every second as Jira flushes its queue every minute.
 * What the server received is shown to administrators on a sandbox page and as JSON.
 */
public final class SandboxMail implements AutoCloseable {
    /** One received message, as the tests and the sandbox page read it. */
    public record ReceivedMail(
            String to,
            String from,
            String subject,
            String text,
            String html,
            String listUnsubscribe) {}

    private final GreenMail server;
    private final SandboxMailQueue queue;
    private final ScheduledExecutorService flusher;

    private SandboxMail(GreenMail server, SandboxMailQueue queue) {
        this.server = server;
        this.queue = queue;
        this.flusher =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "sandbox-mail-queue");
                            thread.setDaemon(true);
                            return thread;
                        });
        flusher.scheduleWithFixedDelay(queue::sendBuffer, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts the SMTP server on a free port of the loopback interface. */
    public static SandboxMail start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail server =
                new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new SandboxMail(server, new SandboxMailQueue("127.0.0.1", port));
    }

    public SandboxMailQueue queue() {
        return queue;
    }

    public int smtpPort() {
        return server.getSmtp().getPort();
    }

    /** Sends what is queued now, rather than at the next flush. */
    public void flush() {
        queue.sendBuffer();
    }

    /** Everything the SMTP server received, oldest first. */
    public List<ReceivedMail> received() {
        List<ReceivedMail> result = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            result.add(read(message));
        }
        return result;
    }

    /** Forgets every received message. */
    public void clear() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not clear the sandbox's mailboxes", e);
        }
    }

    static ReceivedMail read(MimeMessage message) {
        try {
            String[] text = {"", ""};
            collect(message.getContent(), message.getContentType(), text);
            String unsubscribe = message.getHeader("List-Unsubscribe", null);
            return new ReceivedMail(
                    Arrays.toString(message.getAllRecipients()).replaceAll("^\\[|]$", ""),
                    Arrays.toString(message.getFrom()).replaceAll("^\\[|]$", ""),
                    message.getSubject(),
                    text[0],
                    text[1],
                    unsubscribe == null ? "" : unsubscribe);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not read a received message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Object content, String type, String[] text)
            throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), text);
            }
        } else if (content instanceof String s) {
            if (type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                text[1] = s;
            } else {
                text[0] = s;
            }
        }
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        server.stop();
    }
}
