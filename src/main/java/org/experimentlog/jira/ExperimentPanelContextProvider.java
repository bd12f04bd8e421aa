package org.experimentlog.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.experimentlog.web.ui.ExperimentPanelViews;

/**
 * Gives the experiment panel template its one view object, {@code $view}, built for the issue of the page and the
 * current user. Everything the template shows is decided in the view.
 */
public class ExperimentPanelContextProvider implements ContextProvider {
    private final ExperimentPanelViews views;

    @Inject
    public ExperimentPanelContextProvider(ExperimentPanelViews views) {
        this.views = views;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> panel = new HashMap<>(context);
        if (context.get("issue") instanceof Issue issue) {
            panel.put("view", views.build(issue.getKey()));
        }
        return panel;
    }
}
