package org.experimentlog.domain;

import static java.util.Objects.requireNonNull;

/**
 * A Jira issue as this app refers to it: the stable id (survives moves and key changes) and the key
 * last seen.
 *
 * @param id the issue id, positive
 * @param key the issue key, e.g. {@code PERMIT-12}
 */
public record IssueRef(long id, String key) {
    public IssueRef {
        if (id <= 0) {
            throw new InvalidInputException("issue", ErrorKey.ISSUE_ID_NOT_POSITIVE);
        }
        requireNonNull(key, "key");
        if (!IssueKeys.isValid(key)) {
            throw new InvalidInputException("issueKey", ErrorKey.ISSUE_KEY_INVALID, key);
        }
    }

    /** The project part of the key. */
    public ProjectKey projectKey() {
        return new ProjectKey(key.substring(0, key.lastIndexOf('-')));
    }
}
