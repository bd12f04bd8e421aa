package com.atlassian.mail;

import jakarta.mail.Multipart;
import java.util.HashMap;
import java.util.Map;

/**
 * Declaration only: a mail message for Jira's mail queue. Only the members this plugin uses; the
 * bodies hold the values so that the sandbox's stand-in queue can read them back.
 *
 * <p>Members and their return types from the atlassian-mail javadoc
 * (https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/Email.html: {@code
 * Email(String to)}, {@code addHeader}, {@code getHeaders}, {@code setBody}, {@code setFrom},
 * {@code setMimeType}, {@code setSubject}, {@code setEncoding} returning {@code Email}) and its
 * "uses" page
 * (https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html:
 * {@code Email setMultipart(javax.mail.Multipart)}), and from public plugin code that queues mail
 * ({@code paulcadman/jira-emailnotify}, {@code EmailQueuer.java}: {@code new Email(to)}, {@code
 * setSubject}, {@code setMimeType("text/html")}, {@code setBody}, then {@code new
 * SingleMailQueueItem(email)}). UNVERIFIED: that Jira 11 (Platform 8, Jakarta EE 10) takes a {@code
 * jakarta.mail.Multipart} here; the javadoc found is of the javax line. See docs/install.md.
 */
public class Email {
    private final Map<String, String> headers = new HashMap<>();
    private String to;
    private String from;
    private String fromName;
    private String subject;
    private String body;
    private String mimeType = "text/plain";
    private String encoding;
    private Multipart multipart;

    public Email(String to) {
        this.to = to;
        headers.put("Precedence", "bulk");
    }

    public void addHeader(String headerName, String headerValue) {
        headers.put(headerName, headerValue);
    }

    public Map<String, String> getHeaders() {
        return headers;
    }

    public String getTo() {
        return to;
    }

    public String getFrom() {
        return from;
    }

    public Email setFrom(String from) {
        this.from = from;
        return this;
    }

    public String getFromName() {
        return fromName;
    }

    public Email setFromName(String fromName) {
        this.fromName = fromName;
        return this;
    }

    public String getSubject() {
        return subject;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public String getBody() {
        return body;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public String getMimeType() {
        return mimeType;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public String getEncoding() {
        return encoding;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public Multipart getMultipart() {
        return multipart;
    }

    public Email setMultipart(Multipart multipart) {
        this.multipart = multipart;
        return this;
    }
}
