package org.experimentlog.jira;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import jakarta.inject.Inject;
import java.util.Map;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.UserDirectory;

/**
 * Shows the administration menu entry only to Jira administrators, by the same rule the
 * administration page and the admin REST API apply. (The page checks again: a hidden link is not a
 * permission check.)
 */
public class AdministratorCondition implements Condition {
    private final UserDirectory users;
    private final AccessPolicy access;

    @Inject
    public AdministratorCondition(UserDirectory users, AccessPolicy access) {
        this.users = users;
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return users.currentUser().map(access::isAdministrator).orElse(false);
    }
}
