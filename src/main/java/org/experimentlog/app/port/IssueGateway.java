package org.experimentlog.app.port;

import java.util.Optional;

/**
 * Looks up issues in the host, without any permission check: use cases check with {@link
 * AccessPolicy}.
 */
public interface IssueGateway {
    /** The issue with this key (also an old key of a moved issue), if it exists. */
    Optional<IssueSummary> findByKey(String issueKey);

    /** The issue with this id, if it exists. */
    Optional<IssueSummary> findById(long issueId);
}
