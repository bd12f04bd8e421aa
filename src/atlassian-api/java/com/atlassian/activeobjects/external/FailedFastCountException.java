package com.atlassian.activeobjects.external;

/**
 * Declaration only: thrown by {@link ActiveObjects#getFastCountEstimate(Class)} when the database
 * cannot estimate.
 *
 * <p>Follows activeobjects-plugin 5.2.1 (decompiled; ../shared/reference/atlassian-api-reference.md
 * §1.1):
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/package-summary.html
 */
public class FailedFastCountException extends Exception {
    private static final long serialVersionUID = 1L;

    public FailedFastCountException(Throwable cause) {
        super(cause);
    }
}
