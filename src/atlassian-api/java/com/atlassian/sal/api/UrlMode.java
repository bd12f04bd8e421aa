package com.atlassian.sal.api;

/**
 * Declaration only: which base URL to give. {@code CANONICAL} is the configured base URL, the one
 * to put in mail.
 *
 * <p>Javadoc: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/UrlMode.html
 * (constants {@code ABSOLUTE}, {@code RELATIVE}, {@code RELATIVE_CANONICAL}, {@code CANONICAL},
 * {@code AUTO}).
 */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    CANONICAL,
    AUTO
}
