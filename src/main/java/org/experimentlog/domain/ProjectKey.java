package org.experimentlog.domain;

/** A Jira project key, e.g. {@code PERMIT}. */
public record ProjectKey(String value) {
    public ProjectKey {
        if (!IssueKeys.isValidProject(value)) {
            throw new InvalidInputException("projectKey", ErrorKey.PROJECT_KEY_INVALID, value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
