package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.app.report.DashboardFigures;
import org.experimentlog.app.report.LearnedSummary;
import org.experimentlog.app.report.ReportQuery;
import org.experimentlog.app.report.RetrospectiveFigures;
import org.experimentlog.app.report.StageCounts;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.failure.Reader;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.retrospective.ScopeKind;
import org.springframework.stereotype.Component;

/**
 * What the dashboard items show a viewer: what a department, outcome or project learned lately, and
 * where its experiments stand. Only experiments in projects the viewer may browse count; a project
 * scope the viewer may not browse is answered as missing.
 */
@Component
public class DashboardService {
    private final DashboardFigures figures;
    private final RetrospectiveFigures projects;
    private final DepartmentRepository departments;
    private final OutcomeRepository outcomes;
    private final AccessPolicy access;
    private final Clock clock;
    private final Caller caller;

    /**
     * What a dashboard item can be configured with.
     *
     * @param departments every department, by name
     * @param outcomes every outcome, by title
     * @param projects the projects with experiments the viewer may browse, by key
     */
    public record Choices(
            List<Department> departments, List<Outcome> outcomes, List<ProjectKey> projects) {
        public Choices {
            departments = List.copyOf(departments);
            outcomes = List.copyOf(outcomes);
            projects = List.copyOf(projects);
        }
    }

    @Inject
    public DashboardService(
            DashboardFigures figures,
            RetrospectiveFigures projects,
            DepartmentRepository departments,
            OutcomeRepository outcomes,
            AccessPolicy access,
            UserDirectory users,
            Clock clock) {
        this.figures = figures;
        this.projects = projects;
        this.departments = departments;
        this.outcomes = outcomes;
        this.access = access;
        this.clock = clock;
        this.caller = new Caller(users, access, departments);
    }

    /**
     * The latest learnings and concluded experiments of the scope in the last {@code days} days,
     * today included, in the host's time zone.
     *
     * @throws NotFoundException when the scope is a project the viewer may not browse
     */
    public LearnedSummary learned(Scope scope, int days) {
        Reader reader = caller.reader();
        Set<ProjectKey> visible = visibleProjects(reader.user(), scope);
        Period period = new Period(clock.today().minusDays(days - 1L), clock.today());
        return figures.learned(new ReportQuery(scope, period, clock.zone(), visible, reader));
    }

    /**
     * How many of the scope's experiments are in each stage now.
     *
     * @throws NotFoundException when the scope is a project the viewer may not browse
     */
    public StageCounts stages(Scope scope) {
        return figures.stages(scope, visibleProjects(caller.user(), scope));
    }

    /** The departments, outcomes and projects a viewer can choose for a dashboard item. */
    public Choices choices() {
        UserRef user = caller.user();
        return new Choices(
                departments.list().stream()
                        .sorted(
                                Comparator.comparing(
                                        Department::name, String.CASE_INSENSITIVE_ORDER))
                        .toList(),
                outcomes.list().stream()
                        .sorted(Comparator.comparing(Outcome::title, String.CASE_INSENSITIVE_ORDER))
                        .toList(),
                projects.projectsWithExperiments().stream()
                        .filter(project -> access.canBrowseProject(user, project))
                        .sorted(Comparator.comparing(ProjectKey::value))
                        .toList());
    }

    /**
     * What a scope is called: the department's name, the outcome's title or the project's key;
     * empty when it names no department or outcome, or a project the viewer may not browse.
     */
    public Optional<String> scopeName(Scope scope) {
        return switch (scope.kind()) {
            case PROJECT ->
                    access.canBrowseProject(caller.user(), new ProjectKey(scope.value()))
                            ? Optional.of(scope.value())
                            : Optional.empty();
            case DEPARTMENT ->
                    departments
                            .find(new DepartmentId(Long.parseLong(scope.value())))
                            .map(Department::name);
            case OUTCOME ->
                    outcomes.find(new OutcomeId(Long.parseLong(scope.value()))).map(Outcome::title);
            case EVERYTHING -> Optional.empty();
        };
    }

    private Set<ProjectKey> visibleProjects(UserRef user, Scope scope) {
        if (scope.kind() == ScopeKind.PROJECT) {
            ProjectKey project = new ProjectKey(scope.value());
            if (!access.canBrowseProject(user, project)) {
                throw new NotFoundException(ErrorKey.PROJECT_NOT_FOUND, scope.value());
            }
            return Set.of(project);
        }
        return projects.projectsWithExperiments().stream()
                .filter(project -> access.canBrowseProject(user, project))
                .collect(Collectors.toSet());
    }
}
