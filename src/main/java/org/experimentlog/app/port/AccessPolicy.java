package org.experimentlog.app.port;

import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;

/** The host's permission decisions this app relies on. */
public interface AccessPolicy {
    /** Whether the user may see the issue (and so its experiment). */
    boolean canBrowse(UserRef user, IssueRef issue);

    /**
     * Whether the user may browse the project's issues (Jira's Browse Projects permission), so that
     * a list across projects can be restricted inside its query rather than issue by issue.
     */
    boolean canBrowseProject(UserRef user, ProjectKey project);

    /** Whether the user may edit issues in the project (Jira's Edit Issues permission there). */
    boolean canEditProject(UserRef user, ProjectKey project);

    /** Whether the user may edit the issue (and so its experiment). */
    boolean canEdit(UserRef user, IssueRef issue);

    /** Whether the user administers the host, and so this app. */
    boolean isAdministrator(UserRef user);
}
