package org.experimentlog.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.experimentlog.app.port.ExperimentProjects;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * {@link ExperimentProjects} on Jira's issue type schemes: a project offers the Experiment issue
 * type when its issue type scheme lists it, and offering or withdrawing it updates that scheme,
 * keeping the other types in their order. A project on the default scheme shares it with every
 * other project on it: offering reaches them all (the port says so, and the page tells the
 * administrator), and withdrawing is refused, because the default scheme holds every issue type;
 * the administrator gives the project a scheme of its own instead.
 */
@Component
final class JiraExperimentProjects implements ExperimentProjects {
    private final ProjectManager projects;
    private final IssueTypeSchemeManager schemes;
    private final IssueTypeManager issueTypes;

    @Inject
    JiraExperimentProjects(
            ProjectManager projects, IssueTypeSchemeManager schemes, IssueTypeManager issueTypes) {
        this.projects = projects;
        this.schemes = schemes;
        this.issueTypes = issueTypes;
    }

    @Override
    public List<ProjectUse> projects() {
        return projects.getProjectObjects().stream()
                .sorted(Comparator.comparing(Project::getKey))
                .map(this::use)
                .toList();
    }

    @Override
    public ProjectUse offer(ProjectKey key, boolean offered) {
        Project project = projects.getProjectObjByKey(key.value());
        if (project == null) {
            throw new NotFoundException(ErrorKey.PROJECT_DOES_NOT_EXIST, key.toString());
        }
        IssueType experiment = experimentType();
        FieldConfigScheme scheme = schemes.getConfigScheme(project);
        if (!offered && (scheme == null || schemes.isDefaultIssueTypeScheme(scheme))) {
            // Jira's default scheme holds every issue type (Jira keeps adding new types to it, and
            // its UI never lets
            // one be removed); taking Experiment out of it would withdraw it from every project on
            // it.
            throw new RuleViolationException(
                    "offered", ErrorKey.PROJECT_ON_DEFAULT_SCHEME, key.toString());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (IssueType type : schemes.getIssueTypesForProject(project)) {
            ids.add(type.getId());
        }
        boolean changed = offered ? ids.add(experiment.getId()) : ids.remove(experiment.getId());
        if (changed) {
            schemes.update(scheme, ids);
        }
        return use(project);
    }

    private ProjectUse use(Project project) {
        FieldConfigScheme scheme = schemes.getConfigScheme(project);
        boolean offered =
                schemes.getIssueTypesForProject(project).stream()
                        .anyMatch(ExperimentIssueCondition::isExperimentType);
        return new ProjectUse(
                new ProjectKey(project.getKey()),
                project.getName(),
                offered,
                scheme == null || schemes.isDefaultIssueTypeScheme(scheme));
    }

    private IssueType experimentType() {
        return issueTypes.getIssueTypes().stream()
                .filter(ExperimentIssueCondition::isExperimentType)
                .findFirst()
                .orElseThrow(
                        () ->
                                new RuleViolationException(
                                        "offered",
                                        ErrorKey.NO_EXPERIMENT_ISSUE_TYPE,
                                        ExperimentIssueCondition.EXPERIMENT_ISSUE_TYPE));
    }
}
