package org.experimentlog.app;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.experimentlog.app.command.SaveRetrospective;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.RetrospectiveRepository;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.Scope;

/**
 * The retrospectives teams hold: any logged-in user may record one; its author and administrators may revise it.
 * The computed report itself belongs to the retrospective issue.
 */
@Named
public class RetrospectiveService {
    private final RetrospectiveRepository retrospectives;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;
    private final Caller caller;

    @Inject
    public RetrospectiveService(RetrospectiveRepository retrospectives, DepartmentRepository departments,
            AccessPolicy access, UserDirectory users, AuditLog audit, Clock clock, Transactions transactions) {
        this.retrospectives = retrospectives;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.caller = new Caller(users, access, departments);
    }

    public List<Retrospective> heldOn(Scope scope) {
        caller.user();
        return retrospectives.listFor(scope);
    }

    /**
     * @throws AccessDeniedException when a revision comes from neither the author nor an administrator
     * @throws StaleVersionException when someone else changed it since the caller read it
     */
    public Retrospective save(SaveRetrospective command) {
        UserRef user = caller.user();
        return transactions.inTransaction(() -> {
            Retrospective saved;
            if (command.retrospective() == null) {
                saved = retrospectives.save(Retrospective.hold(command.scope(), command.period(), command.title(),
                        command.notes(), command.actions(), user, clock.now()));
            } else {
                Retrospective current = retrospectives.find(command.retrospective()).orElseThrow(
                        () -> new NotFoundException("Retrospective " + command.retrospective() + " does not exist."));
                if (!current.createdBy().equals(user) && !access.isAdministrator(user)) {
                    throw new AccessDeniedException("Could not save the retrospective: only the person who recorded it "
                            + "and administrators can change it.");
                }
                if (current.version() != command.version()) {
                    throw new StaleVersionException("retrospective");
                }
                saved = retrospectives.save(current.revise(command.title(), command.notes(), command.actions(), clock.now()));
            }
            audit.record(new AuditEntry(user, clock.now(), AuditedType.RETROSPECTIVE, saved.requireId().value(),
                    command.retrospective() == null ? AuditAction.CREATED : AuditAction.UPDATED,
                    "Saved the retrospective \"" + saved.title() + "\" with " + saved.actions().size() + " actions."));
            return saved;
        });
    }
}
