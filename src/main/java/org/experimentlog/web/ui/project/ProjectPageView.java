package org.experimentlog.web.ui.project;

import org.experimentlog.web.ui.dashboard.DashboardItemView;

/**
 * The app's page in a project's frame: where the project's experiments stand and what it learned
 * lately (the dashboard items' views for the project), with the ways on to its retrospective.
 */
public final class ProjectPageView {
    private final String projectKey;
    private final boolean visible;
    private final DashboardItemView stages;
    private final DashboardItemView learned;
    private final String retrospectiveHref;

    ProjectPageView(
            String projectKey,
            boolean visible,
            DashboardItemView stages,
            DashboardItemView learned,
            String retrospectiveHref) {
        this.projectKey = projectKey;
        this.visible = visible;
        this.stages = stages;
        this.learned = learned;
        this.retrospectiveHref = retrospectiveHref;
    }

    public String getProjectKey() {
        return projectKey;
    }

    /** Whether the viewer may browse the project; nothing else is shown when not. */
    public boolean isVisible() {
        return visible;
    }

    public DashboardItemView getStages() {
        return stages;
    }

    public DashboardItemView getLearned() {
        return learned;
    }

    public String getRetrospectiveHref() {
        return retrospectiveHref;
    }
}
