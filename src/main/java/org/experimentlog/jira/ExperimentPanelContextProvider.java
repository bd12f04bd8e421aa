package org.experimentlog.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.web.ui.panel.ExperimentPanelBuilder;

/**
 * Gives the experiment panel template its one view object, {@code $view}, built for the issue of
 * the page and the current user. Everything the template shows is decided in the view. Visitors who
 * are not logged in, and readers who may not see the issue, get no view, and the template renders
 * nothing.
 */
public class ExperimentPanelContextProvider implements ContextProvider {
    private final ExperimentPanelBuilder views;

    @Inject
    public ExperimentPanelContextProvider(ExperimentPanelBuilder views) {
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
            try {
                panel.put("view", views.build(issue.getKey()));
            } catch (NotAuthenticatedException | NotFoundException e) {
                // An anonymous visitor of a public issue, or an issue the reader may not see: the
                // panel stays empty.
                panel.remove("view");
            }
        }
        return panel;
    }
}
