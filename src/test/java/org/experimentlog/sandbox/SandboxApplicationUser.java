package org.experimentlog.sandbox;

import com.atlassian.jira.user.ApplicationUser;

/**
 * A sandbox user as Jira's {@link ApplicationUser}, for the host calls that pass one (the JQL
 * functions).
 */
record SandboxApplicationUser(String name) implements ApplicationUser {
    @Override
    public String getKey() {
        return name;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDisplayName() {
        return name;
    }

    @Override
    public String getEmailAddress() {
        return name + "@example.org";
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public long getDirectoryId() {
        return 1;
    }

    @Override
    public Long getId() {
        return null;
    }
}
