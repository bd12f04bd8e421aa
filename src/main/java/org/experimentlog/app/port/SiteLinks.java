package org.experimentlog.app.port;

/** The host's address, for links that leave the host, such as those in mail. */
public interface SiteLinks {
    /** The canonical base URL, without a trailing slash, e.g. {@code https://jira.example.org}. */
    String baseUrl();
}
