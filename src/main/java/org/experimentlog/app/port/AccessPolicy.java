package org.experimentlog.app.port;

import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.UserRef;

/** The host's permission decisions this app relies on. */
public interface AccessPolicy {
    /** Whether the user may see the issue (and so its experiment). */
    boolean canBrowse(UserRef user, IssueRef issue);

    /** Whether the user may edit the issue (and so its experiment). */
    boolean canEdit(UserRef user, IssueRef issue);

    /** Whether the user administers the host, and so this app. */
    boolean isAdministrator(UserRef user);
}
