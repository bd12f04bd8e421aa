package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import net.java.ao.Query;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.MeasurementId;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;

/** Outcomes and their measurements, in Active Objects. */
@Named
public final class AoOutcomeRepository implements OutcomeRepository {
    private final ActiveObjects ao;
    private final VersionClaims claims;

    @Inject
    public AoOutcomeRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new VersionClaims(ao);
    }

    @Override
    public Optional<Outcome> find(OutcomeId id) {
        return row(id).map(OutcomeMapper::toDomain);
    }

    private Optional<AoOutcome> row(OutcomeId id) {
        return Rows.byId(ao, AoOutcome.class, id.value());
    }

    @Override
    public Map<OutcomeId, Outcome> findAll(Collection<OutcomeId> ids) {
        Map<OutcomeId, Outcome> found = new LinkedHashMap<>();
        for (AoOutcome row : Rows.whereIn(ao, AoOutcome.class, "ID", keys(ids), "ID")) {
            Outcome outcome = OutcomeMapper.toDomain(row);
            found.put(outcome.requireId(), outcome);
        }
        return found;
    }

    /**
     * Sorted here rather than by the database, whose collation decides whether "adoption" comes before or after
     * "Completion" (PostgreSQL in the C locale and H2 put capitals first, MySQL ignores case).
     */
    @Override
    public List<Outcome> list() {
        Comparator<Outcome> byTitle = Comparator.comparing(Outcome::title, Collator.getInstance(Locale.ROOT));
        return List.of(ao.find(AoOutcome.class, Query.select())).stream()
                .map(OutcomeMapper::toDomain)
                .sorted(byTitle.thenComparing(o -> o.requireId().value()))
                .toList();
    }

    @Override
    public Outcome save(Outcome outcome) {
        if (outcome.id().isEmpty()) {
            Map<String, Object> columns = OutcomeMapper.columns(outcome);
            columns.put(AoOutcome.ROW_VERSION, 1L);
            AoOutcome row = ao.create(AoOutcome.class, columns);
            return outcome.storedAs(new OutcomeId(row.getID()), 1);
        }
        OutcomeId id = outcome.requireId();
        long next = outcome.version() + 1;
        AoOutcome row = claims.lockForUpdate("outcome:" + id, outcome.version(), "outcome",
                () -> row(id), AoOutcome::getRowVersion);
        OutcomeMapper.copy(outcome, row);
        row.setRowVersion(next);
        row.save();
        return outcome.storedAs(id, next);
    }

    @Override
    public Measurement add(Measurement measurement) {
        if (measurement.storedId().isPresent()) {
            throw new IllegalArgumentException("Measurement " + measurement.id() + " is stored already; "
                    + "measurements are never edited");
        }
        AoMeasurement row = ao.create(AoMeasurement.class, OutcomeMapper.columns(measurement));
        return measurement.storedAs(new MeasurementId(row.getID()));
    }

    @Override
    public List<Measurement> measurementsOf(OutcomeId id) {
        return List.of(ao.find(AoMeasurement.class, Query.select()
                        .where(AoMeasurement.OUTCOME_ID + " = ?", (int) id.value())
                        .order(AoMeasurement.MEASURED_ON + ", ID")))
                .stream().map(OutcomeMapper::toDomain).toList();
    }

    /** Streams the rows, so Active Objects keeps no entity per measurement while the export writes them. */
    @Override
    public void eachMeasurement(Consumer<Measurement> each) {
        ao.stream(AoMeasurement.class, Query.select("ID, " + AoMeasurement.OUTCOME_ID + ", " + AoMeasurement.MEASURED_VALUE
                        + ", " + AoMeasurement.MEASURED_ON + ", " + AoMeasurement.NOTE + ", " + AoMeasurement.RECORDED_BY
                        + ", " + AoMeasurement.RECORDED_AT)
                        .order(AoMeasurement.OUTCOME_ID + ", " + AoMeasurement.MEASURED_ON + ", ID"),
                row -> each.accept(OutcomeMapper.toDomain(row)));
    }

    /**
     * Reads every measurement of the outcomes, latest first per outcome, and keeps the first of each. A set-based
     * "latest per outcome" query needs a self-join or a correlated subquery, which Active Objects' query API cannot
     * express (one alias per entity, no table names); outcomes are measured monthly or quarterly, so the rows are few.
     */
    @Override
    public Map<OutcomeId, Measurement> latestMeasurements(Collection<OutcomeId> ids) {
        Map<OutcomeId, Measurement> latest = new LinkedHashMap<>();
        for (AoMeasurement row : Rows.whereIn(ao, AoMeasurement.class, AoMeasurement.OUTCOME_ID, keys(ids),
                AoMeasurement.OUTCOME_ID + ", " + AoMeasurement.MEASURED_ON + " DESC, ID DESC")) {
            latest.computeIfAbsent(new OutcomeId(row.getOutcomeId()), outcome -> OutcomeMapper.toDomain(row));
        }
        return latest;
    }

    private static List<Integer> keys(Collection<OutcomeId> ids) {
        return ids.stream().map(id -> (int) id.value()).toList();
    }
}
