package com.atlassian.sal.api.websudo;

/**
 * Declaration only, complete: thrown when a request is marked as a web sudo request without a web
 * sudo session.
 *
 * <p>From sal-api 5.1.4 (decompiled; ../shared/reference/atlassian-api-reference.md §2); javadoc:
 * https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/websudo/WebSudoSessionException.html
 */
public class WebSudoSessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WebSudoSessionException() {}

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
