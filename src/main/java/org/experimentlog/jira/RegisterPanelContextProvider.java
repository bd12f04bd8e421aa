package org.experimentlog.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.web.ui.panel.RegisterPanelBuilder;

/**
 * Gives the plan section of the issue view its one view object, {@code $view}: the registered plan,
 * the deviations and the publication. Visitors who are not logged in, readers who may not see the
 * issue, and issues without an experiment get no view, and the template renders nothing.
 */
public class RegisterPanelContextProvider implements ContextProvider {
    private final RegisterPanelBuilder views;

    @Inject
    public RegisterPanelContextProvider(RegisterPanelBuilder views) {
        this.views = views;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> panel = new HashMap<>(context);
        panel.remove("view");
        if (context.get("issue") instanceof Issue issue) {
            try {
                // the panel shows on /browse/KEY, so links relative to it reach the app's pages on
                // any base URL
                panel.put("view", views.build(issue.getKey(), ".."));
            } catch (NotAuthenticatedException | NotFoundException e) {
                // nothing to show: the template renders nothing
            }
        }
        return panel;
    }
}
