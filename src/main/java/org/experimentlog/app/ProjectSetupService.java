package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.List;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.ExperimentProjects;
import org.experimentlog.app.port.ExperimentProjects.ProjectUse;
import org.experimentlog.app.port.ExperimentQuery;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.Attempt;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.springframework.stereotype.Component;

/**
 * Which projects offer the Experiment issue type: administrators list them and switch it on or off.
 */
@Component
public class ProjectSetupService {
    private final ExperimentProjects projects;
    private final ExperimentRepository experiments;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;
    private final Caller caller;

    @Inject
    public ProjectSetupService(
            ExperimentProjects projects,
            ExperimentRepository experiments,
            AccessPolicy access,
            AuditLog audit,
            Clock clock,
            Transactions transactions,
            Caller caller) {
        this.projects = projects;
        this.experiments = experiments;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.caller = caller;
    }

    /**
     * Every project with whether it offers the Experiment issue type.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     */
    public List<ProjectUse> projects() {
        administrator(Attempt.LIST_THE_PROJECTS);
        return projects.projects();
    }

    /**
     * Offers the Experiment issue type in a project, or stops offering it. A project that holds
     * experiments keeps it: without the type its experiments would lose their panel.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     * @throws NotFoundException when there is no such project
     * @throws RuleViolationException when the type is to be withdrawn from a project that has
     *     experiments
     */
    public ProjectUse offer(ProjectKey project, boolean offered) {
        UserRef admin =
                administrator(
                        offered
                                ? Attempt.OFFER_THE_EXPERIMENT_ISSUE_TYPE
                                : Attempt.STOP_OFFERING_THE_EXPERIMENT_ISSUE_TYPE);
        if (!offered) {
            int held =
                    experiments
                            .list(ExperimentQuery.inProject(project), PageRequest.first(1))
                            .total();
            if (held > 0) {
                throw new RuleViolationException(
                        "offered", ErrorKey.PROJECT_HAS_EXPERIMENTS, project.toString(), held);
            }
            requireNoExperimentsSharingTheScheme(project);
        }
        ProjectUse changed = projects.offer(project, offered);
        transactions.inTransaction(
                () -> {
                    audit.record(
                            new AuditEntry(
                                    admin,
                                    clock.now(),
                                    AuditedType.SETTINGS,
                                    1,
                                    AuditAction.UPDATED,
                                    AuditText.of(
                                            offered
                                                    ? AuditKey.PROJECT_OFFERED
                                                    : AuditKey.PROJECT_NOT_OFFERED,
                                            project.toString(),
                                            changed.sharedScheme() ? 1 : 0)));
                    return null;
                });
        return changed;
    }

    /**
     * On the host's default scheme the type is withdrawn from every project on that scheme, so none
     * of them may hold experiments either.
     */
    private void requireNoExperimentsSharingTheScheme(ProjectKey project) {
        List<ProjectUse> all = projects.projects();
        boolean shared =
                all.stream().anyMatch(use -> use.key().equals(project) && use.sharedScheme());
        if (!shared) {
            return;
        }
        for (ProjectUse other : all) {
            if (!other.sharedScheme() || other.key().equals(project)) {
                continue;
            }
            int held =
                    experiments
                            .list(ExperimentQuery.inProject(other.key()), PageRequest.first(1))
                            .total();
            if (held > 0) {
                throw new RuleViolationException(
                        "offered",
                        ErrorKey.PROJECT_SHARES_SCHEME_WITH_EXPERIMENTS,
                        project.toString(),
                        other.key().toString(),
                        held);
            }
        }
    }

    private UserRef administrator(Attempt action) {
        UserRef user = caller.user();
        if (!access.isAdministrator(user)) {
            throw new AccessDeniedException(ErrorKey.ADMINISTRATORS_ONLY, action);
        }
        return user;
    }
}
