package org.experimentlog.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.IssueKeys;
import org.experimentlog.domain.IssueRef;
import org.springframework.stereotype.Component;

/** {@link IssueGateway} on Jira's {@link IssueManager}. */
@Component
final class JiraIssueGateway implements IssueGateway {
    private final IssueManager issues;

    @Inject
    JiraIssueGateway(IssueManager issues) {
        this.issues = issues;
    }

    @Override
    public Optional<IssueSummary> findByKey(String issueKey) {
        // Only a well-formed key is looked up: an IssueRef cannot hold any other, and Jira need not
        // parse it.
        // getIssueObject(String), unlike getIssueByCurrentKey, also finds a moved issue by a key it
        // had before.
        return IssueKeys.isValid(issueKey)
                ? Optional.ofNullable(issues.getIssueObject(issueKey))
                        .map(JiraIssueGateway::summary)
                : Optional.empty();
    }

    @Override
    public Optional<IssueSummary> findById(long issueId) {
        return Optional.ofNullable(issues.getIssueObject(Long.valueOf(issueId)))
                .map(JiraIssueGateway::summary);
    }

    private static IssueSummary summary(Issue issue) {
        return new IssueSummary(
                new IssueRef(issue.getId(), issue.getKey()),
                Objects.requireNonNullElse(issue.getSummary(), ""),
                ExperimentIssueCondition.isExperiment(issue));
    }
}
