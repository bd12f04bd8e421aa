package org.experimentlog.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.web.ui.project.ProjectPageBuilder;

/**
 * Gives the project page's panel (the content area Jira shows beside the project sidebar when the
 * app's sidebar item is selected) its one view object, {@code $view}, for the project of the page
 * and the current user. Jira puts the project in the context as {@code project}; its key as {@code
 * projectKey} is read too (which of the two Jira 11 passes to a project-centric web panel is
 * UNVERIFIED, see docs/install.md). Visitors who are not logged in get no view, and the template
 * renders nothing.
 */
public class ProjectPageContextProvider implements ContextProvider {
    /** The web-resource context of the page's styles. */
    static final String RESOURCE_CONTEXT = "experiment-log-project-page";

    private final ProjectPageBuilder views;
    private final PageBuilderService resources;

    @Inject
    public ProjectPageContextProvider(ProjectPageBuilder views, PageBuilderService resources) {
        this.views = views;
        this.resources = resources;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> panel = new HashMap<>(context);
        String key =
                context.get("project") instanceof Project project
                        ? project.getKey()
                        : context.get("projectKey") instanceof String text ? text : null;
        panel.remove("view");
        if (key != null) {
            try {
                panel.put("view", views.page(key));
                resources.assembler().resources().requireContext(RESOURCE_CONTEXT);
            } catch (NotAuthenticatedException | InvalidInputException e) {
                // an anonymous visitor, or no project key: the panel stays empty
            }
        }
        return panel;
    }
}
