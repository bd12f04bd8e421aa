package org.experimentlog.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.experimentlog.app.port.IssueGateway;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueRef;

/**
 * {@link IssueGateway} on the sandbox's own issue table, and the one place that creates and deletes
 * issues.
 */
public final class SandboxIssueGateway implements IssueGateway {
    public static final String EXPERIMENT_TYPE = "Experiment";

    private final ActiveObjects ao;
    private final SandboxDirectory directory;

    SandboxIssueGateway(ActiveObjects ao, SandboxDirectory directory) {
        this.ao = ao;
        this.directory = directory;
    }

    @Override
    public Optional<IssueSummary> findByKey(String issueKey) {
        return first(
                ao.find(
                        AoSandboxIssue.class,
                        Query.select().where(AoSandboxIssue.ISSUE_KEY + " = ?", issueKey)));
    }

    @Override
    public Optional<IssueSummary> findById(long issueId) {
        return first(ao.find(AoSandboxIssue.class, Query.select().where("ID = ?", (int) issueId)));
    }

    private static Optional<IssueSummary> first(AoSandboxIssue[] rows) {
        return rows.length == 0 ? Optional.empty() : Optional.of(summary(rows[0]));
    }

    private static IssueSummary summary(AoSandboxIssue row) {
        return new IssueSummary(
                new IssueRef(row.getID(), row.getIssueKey()),
                row.getSummary(),
                EXPERIMENT_TYPE.equals(row.getIssueType()));
    }

    /** The issues of a project, newest first. */
    public List<IssueSummary> issuesOf(String projectKey) {
        return List.of(
                        ao.find(
                                AoSandboxIssue.class,
                                Query.select()
                                        .where(AoSandboxIssue.PROJECT_KEY + " = ?", projectKey)
                                        .order(AoSandboxIssue.SEQ_NO + " DESC")))
                .stream()
                .map(SandboxIssueGateway::summary)
                .toList();
    }

    /** Creates an issue with the next key of the project. */
    public synchronized IssueSummary create(String projectKey, String summary, String type) {
        if (directory.project(projectKey).isEmpty()) {
            throw new InvalidInputException(
                    "project", "There is no project " + projectKey + " in the sandbox.");
        }
        if (summary == null || summary.isBlank() || summary.length() > 255) {
            throw new InvalidInputException(
                    "summary", "A summary of 1 to 255 characters is required.");
        }
        int next =
                ao.count(
                                AoSandboxIssue.class,
                                Query.select()
                                        .where(AoSandboxIssue.PROJECT_KEY + " = ?", projectKey))
                        + 1;
        AoSandboxIssue row =
                ao.create(
                        AoSandboxIssue.class,
                        Map.of(
                                AoSandboxIssue.ISSUE_KEY,
                                projectKey + "-" + next,
                                AoSandboxIssue.PROJECT_KEY,
                                projectKey,
                                AoSandboxIssue.SEQ_NO,
                                next,
                                AoSandboxIssue.SUMMARY,
                                summary.strip(),
                                AoSandboxIssue.ISSUE_TYPE,
                                type == null || type.isBlank() ? "Task" : type));
        return summary(row);
    }

    /** Deletes an issue; the caller tells the app, as Jira's issue-deleted event does. */
    public void delete(long issueId) {
        ao.deleteWithSQL(AoSandboxIssue.class, "ID = ?", (int) issueId);
    }
}
