package org.experimentlog.sandbox;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import org.experimentlog.app.port.IssueSummary;

/** A sandbox issue as Jira hands it to web panels: the {@code issue} of their context. */
final class SandboxJiraIssue implements Issue {
    private final IssueSummary issue;

    SandboxJiraIssue(IssueSummary issue) {
        this.issue = issue;
    }

    @Override
    public Long getId() {
        return issue.ref().id();
    }

    @Override
    public String getKey() {
        return issue.ref().key();
    }

    @Override
    public String getSummary() {
        return issue.summary();
    }

    @Override
    public IssueType getIssueType() {
        String name = issue.experiment() ? SandboxIssueGateway.EXPERIMENT_TYPE : "Task";
        return new IssueType() {
            @Override
            public String getId() {
                return issue.experiment() ? "10100" : "10002";
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean isSubTask() {
                return false;
            }

            @Override
            public Avatar getAvatar() {
                return null; // web panels never show the type's icon
            }
        };
    }
}
