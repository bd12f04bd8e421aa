package org.experimentlog.web.ui.project;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.web.ui.dashboard.DashboardItemBuilder;
import org.springframework.stereotype.Component;

/**
 * Builds the app's page in a project's frame for the current user: the project's experiments by
 * stage and what it learned in the last 90 days, as the dashboard items show them. Its links are
 * relative to Jira's project page ({@code <context>/projects/<KEY>}), so they need no base URL.
 */
@Component
public class ProjectPageBuilder {
    /** From {@code /projects/<KEY>} up to Jira's context path. */
    private static final String FROM_PROJECT_PAGE = "..";

    private final DashboardItemBuilder items;

    @Inject
    public ProjectPageBuilder(DashboardItemBuilder items) {
        this.items = items;
    }

    /** The page of a project; one the user may not browse shows nothing of it. */
    public ProjectPageView page(String projectKey) {
        String key = new ProjectKey(projectKey).value();
        DashboardItemBuilder.Item stages =
                items.item(
                        DashboardItemBuilder.STAGES,
                        name -> "scope".equals(name) ? "project:" + key : null,
                        FROM_PROJECT_PAGE);
        DashboardItemBuilder.Item learned =
                items.item(
                        DashboardItemBuilder.LEARNED,
                        name -> "scope".equals(name) ? "project:" + key : null,
                        FROM_PROJECT_PAGE);
        boolean visible = stages.status() == 200 && learned.status() == 200;
        return new ProjectPageView(
                key,
                visible,
                stages.view(),
                learned.view(),
                FROM_PROJECT_PAGE
                        + "/plugins/servlet/experiment-log/retrospective?scope=project&value="
                        + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }
}
