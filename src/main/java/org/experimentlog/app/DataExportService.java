package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentRepository;
import org.experimentlog.app.port.FailureStoryRepository;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.RetrospectiveRepository;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.app.port.Transactions;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.failure.FailureStory;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.settings.AppSettings;
import org.springframework.stereotype.Component;

/**
 * The full export of the app's data for administrators: settings, departments, outcomes with their
 * measurements, experiments with everything recorded on them, every failure story, never with an
 * anonymous story's author, and the retrospectives teams held with their notes and actions. It
 * reads page by page, and every measurement in one streamed query, and hands each object to the
 * sink as soon as it is complete.
 *
 * <p>The pages are not read in one transaction, so people keep working meanwhile. Each page
 * therefore asks for the rows after the last id the previous page ended with, by id, never for an
 * offset: a row created or deleted between two pages would shift an offset and make the export
 * repeat or skip another row. So every row that exists from the start to the end of the export
 * appears exactly once; a row created meanwhile may or may not appear, and one deleted meanwhile
 * may or may not.
 */
@Component
public class DataExportService {
    /** How many experiments or stories one read fetches. */
    static final int BATCH = 100;

    private final SettingsRepository settings;
    private final DepartmentRepository departments;
    private final OutcomeRepository outcomes;
    private final ExperimentRepository experiments;
    private final FailureStoryRepository stories;
    private final RetrospectiveRepository retrospectives;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final Transactions transactions;
    private final Caller caller;

    @Inject
    public DataExportService(
            SettingsRepository settings,
            DepartmentRepository departments,
            OutcomeRepository outcomes,
            ExperimentRepository experiments,
            FailureStoryRepository stories,
            RetrospectiveRepository retrospectives,
            AccessPolicy access,
            AuditLog audit,
            Clock clock,
            Transactions transactions,
            Caller caller) {
        this.settings = settings;
        this.departments = departments;
        this.outcomes = outcomes;
        this.experiments = experiments;
        this.stories = stories;
        this.retrospectives = retrospectives;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.caller = caller;
    }

    /**
     * Checks that the caller may export, before anything is written: a refused export must not
     * start a download.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     */
    public void checkAllowed() {
        administrator();
    }

    /**
     * Writes everything to the sink and records in the audit log who exported, and when.
     *
     * @throws AccessDeniedException when the caller is not an administrator
     */
    public void export(ExportSink sink) {
        UserRef admin = administrator();
        transactions.inTransaction(
                () -> {
                    audit.record(
                            new AuditEntry(
                                    admin,
                                    clock.now(),
                                    AuditedType.SETTINGS,
                                    1,
                                    AuditAction.EXPORTED,
                                    AuditText.of(AuditKey.DATA_EXPORTED)));
                    return null;
                });
        AppSettings configured = settings.load();
        sink.settings(configured);
        sink.departments(departments.list());
        outcomesWithMeasurements(sink);
        long after = 0;
        List<ExperimentRecord> records;
        do {
            records = experiments.exportPage(after, BATCH);
            for (ExperimentRecord record : records) {
                sink.experiment(record, configured.confidenceLevel());
            }
            after =
                    records.isEmpty()
                            ? after
                            : records.get(records.size() - 1).experiment().requireId().value();
        } while (records.size() == BATCH);
        after = 0;
        List<FailureStory> shared;
        do {
            shared = stories.exportPage(after, BATCH);
            sink.stories(
                    shared,
                    shared.isEmpty()
                            ? Map.of()
                            : stories.helpedCounts(
                                    shared.stream().map(FailureStory::requireId).toList()));
            after = shared.isEmpty() ? after : shared.get(shared.size() - 1).requireId().value();
        } while (shared.size() == BATCH);
        after = 0;
        List<Retrospective> held;
        do {
            held = retrospectives.exportPage(after, BATCH);
            sink.retrospectives(held);
            after = held.isEmpty() ? after : held.get(held.size() - 1).requireId().value();
        } while (held.size() == BATCH);
        sink.finish();
    }

    /**
     * Every outcome by id with its measurements, from one query that streams all measurements
     * ordered by outcome: an outcome is written once the stream has moved past it, so only one
     * outcome's measurements are held at a time. A measurement of an outcome the list does not know
     * (deleted meanwhile) is left out.
     */
    private void outcomesWithMeasurements(ExportSink sink) {
        List<Outcome> all = new ArrayList<>(outcomes.list());
        all.sort(Comparator.comparingLong(outcome -> outcome.requireId().value()));
        Iterator<Outcome> pending = all.iterator();
        Outcome[] current = {pending.hasNext() ? pending.next() : null};
        List<Measurement> measured = new ArrayList<>();
        outcomes.eachMeasurement(
                measurement -> {
                    OutcomeId of = measurement.outcomeId();
                    while (current[0] != null && current[0].requireId().value() < of.value()) {
                        sink.outcome(current[0], List.copyOf(measured));
                        measured.clear();
                        current[0] = pending.hasNext() ? pending.next() : null;
                    }
                    if (current[0] != null && current[0].requireId().equals(of)) {
                        measured.add(measurement);
                    }
                });
        while (current[0] != null) {
            sink.outcome(current[0], List.copyOf(measured));
            measured.clear();
            current[0] = pending.hasNext() ? pending.next() : null;
        }
    }

    private UserRef administrator() {
        UserRef user = caller.user();
        if (!access.isAdministrator(user)) {
            throw new AccessDeniedException(ErrorKey.EXPORT_DENIED);
        }
        return user;
    }
}
