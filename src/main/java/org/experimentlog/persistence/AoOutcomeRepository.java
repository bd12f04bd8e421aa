package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import net.java.ao.Query;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.OutcomeWithLatest;
import org.experimentlog.domain.ConcurrentWriteException;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.SavedObject;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.MeasurementId;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;
import org.springframework.stereotype.Component;

/** Outcomes and their measurements, in Active Objects. */
@Component
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
     * Sorted here rather than by the database, whose collation decides whether "adoption" comes
     * before or after "Completion" (PostgreSQL in the C locale and H2 put capitals first, MySQL
     * ignores case).
     */
    @Override
    public List<Outcome> list() {
        Comparator<Outcome> byTitle =
                Comparator.comparing(Outcome::title, Collator.getInstance(Locale.ROOT));
        return List.of(ao.find(AoOutcome.class, Query.select())).stream()
                .map(OutcomeMapper::toDomain)
                .sorted(byTitle.thenComparing(o -> o.requireId().value()))
                .toList();
    }

    @Override
    public List<OutcomeWithLatest> listWithLatest() {
        Comparator<OutcomeWithLatest> byTitle =
                Comparator.comparing(o -> o.outcome().title(), Collator.getInstance(Locale.ROOT));
        return List.of(ao.find(AoOutcome.class, Query.select())).stream()
                .map(AoOutcomeRepository::withLatest)
                .sorted(byTitle.thenComparing(o -> o.outcome().requireId().value()))
                .toList();
    }

    @Override
    public Map<OutcomeId, OutcomeWithLatest> findAllWithLatest(Collection<OutcomeId> ids) {
        Map<OutcomeId, OutcomeWithLatest> found = new LinkedHashMap<>();
        for (AoOutcome row : Rows.whereIn(ao, AoOutcome.class, "ID", keys(ids), "ID")) {
            OutcomeWithLatest outcome = withLatest(row);
            found.put(outcome.outcome().requireId(), outcome);
        }
        return found;
    }

    private static OutcomeWithLatest withLatest(AoOutcome row) {
        return new OutcomeWithLatest(
                OutcomeMapper.toDomain(row),
                Optional.ofNullable(row.getLatestValue()),
                Optional.ofNullable(row.getLatestOn()).map(Days::parse));
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
        AoOutcome row =
                claims.lockForUpdate(
                        "outcome:" + id,
                        outcome.version(),
                        "outcome",
                        () -> row(id),
                        AoOutcome::getRowVersion);
        OutcomeMapper.copy(outcome, row);
        row.setRowVersion(next);
        row.save();
        return outcome.storedAs(id, next);
    }

    /**
     * Stores the measurement and, in the same transaction, points the outcome at its latest
     * measurement. The outcome row is written before the latest one is looked up: that write waits
     * for any other transaction that is adding a measurement to the same outcome, so the lookup
     * after it sees that measurement too, and the last writer stores the true latest of both.
     */
    @Override
    public Measurement add(Measurement measurement) {
        if (measurement.storedId().isPresent()) {
            throw new IllegalArgumentException(
                    "Measurement "
                            + measurement.id()
                            + " is stored already; "
                            + "measurements are never edited");
        }
        AoOutcome outcome =
                row(measurement.outcomeId())
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "Could not record the measurement: its outcome was deleted."));
        claimDay(measurement);
        AoMeasurement row = ao.create(AoMeasurement.class, OutcomeMapper.columns(measurement));
        lockThenRefreshLatest(outcome);
        return measurement.storedAs(new MeasurementId(row.getID()));
    }

    /**
     * One measurement per outcome and day: two writers of the same day collide here, and the loser
     * runs again.
     */
    private void claimDay(Measurement measurement) {
        try {
            claims.claim(
                    dayKey(measurement.outcomeId(), measurement.measuredOn()), 1, "measurement");
        } catch (StaleVersionException e) {
            throw new ConcurrentWriteException();
        }
    }

    private static String dayKey(OutcomeId outcome, LocalDate day) {
        return "measurement-day:" + outcome.value() + ":" + Days.format(day);
    }

    @Override
    public Optional<Measurement> findMeasurement(MeasurementId id) {
        return Rows.byId(ao, AoMeasurement.class, id.value()).map(OutcomeMapper::toDomain);
    }

    @Override
    public Measurement correct(Measurement measurement) {
        AoMeasurement row =
                Rows.byId(ao, AoMeasurement.class, measurement.id().value())
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                ErrorKey.DELETED,
                                                SavedObject.named("measurement")));
        LocalDate before = Days.parse(row.getMeasuredOn());
        if (!before.equals(measurement.measuredOn())) {
            claimDay(measurement);
            claims.release(dayKey(measurement.outcomeId(), before));
        }
        row.setMeasuredValue(measurement.value());
        row.setMeasuredOn(Days.format(measurement.measuredOn()));
        row.setNote(measurement.note());
        row.save();
        row(measurement.outcomeId()).ifPresent(this::lockThenRefreshLatest);
        return OutcomeMapper.toDomain(row);
    }

    @Override
    public void delete(MeasurementId id) {
        Rows.byId(ao, AoMeasurement.class, id.value())
                .ifPresent(
                        row -> {
                            OutcomeId outcome = new OutcomeId(row.getOutcomeId());
                            claims.release(dayKey(outcome, Days.parse(row.getMeasuredOn())));
                            ao.deleteWithSQL(AoMeasurement.class, "ID = ?", row.getID());
                            row(outcome).ifPresent(this::lockThenRefreshLatest);
                        });
    }

    @Override
    public void delete(OutcomeId id) {
        ao.deleteWithSQL(AoMeasurement.class, AoMeasurement.OUTCOME_ID + " = ?", (int) id.value());
        ao.deleteWithSQL(
                AoVersionClaim.class,
                AoVersionClaim.OBJECT_KEY + " LIKE ?",
                "measurement-day:" + id.value() + ":%");
        ao.deleteWithSQL(AoOutcome.class, "ID = ?", (int) id.value());
        claims.release("outcome:" + id);
    }

    @Override
    public int references(OutcomeId id) {
        return ao.count(
                        AoOutcomeLink.class,
                        Query.select().where(AoOutcomeLink.OUTCOME_ID + " = ?", (int) id.value()))
                + ao.count(
                        AoResult.class,
                        Query.select().where(AoResult.OUTCOME_ID + " = ?", (int) id.value()));
    }

    /**
     * Writes the outcome row before its latest measurement is looked up: that write waits for any
     * other transaction that is adding, correcting or deleting a measurement of the same outcome
     * (each of them writes the row first too), so the lookup after it sees that transaction's
     * measurement as committed, and the last writer stores the true latest id, value and day.
     */
    private void lockThenRefreshLatest(AoOutcome outcome) {
        outcome.setLatestMeasurementId(null);
        outcome.setLatestValue(null);
        outcome.setLatestOn(null);
        outcome.save();
        refreshLatest(ao, outcome);
    }

    /**
     * Points the outcome at its latest measurement (latest day, then highest id), with its value
     * and day, or at none.
     */
    static void refreshLatest(ActiveObjects ao, AoOutcome outcome) {
        AoMeasurement[] latest =
                ao.find(
                        AoMeasurement.class,
                        Query.select()
                                .where(AoMeasurement.OUTCOME_ID + " = ?", outcome.getID())
                                .order(AoMeasurement.MEASURED_ON + " DESC, ID DESC")
                                .limit(1));
        Integer id = latest.length == 0 ? null : latest[0].getID();
        Double value = latest.length == 0 ? null : latest[0].getMeasuredValue();
        String on = latest.length == 0 ? null : latest[0].getMeasuredOn();
        if (!Objects.equals(id, outcome.getLatestMeasurementId())
                || !Objects.equals(value, outcome.getLatestValue())
                || !Objects.equals(on, outcome.getLatestOn())) {
            outcome.setLatestMeasurementId(id);
            outcome.setLatestValue(value);
            outcome.setLatestOn(on);
            outcome.save();
        }
    }

    @Override
    public List<Measurement> measurementsOf(OutcomeId id) {
        return List.of(
                        ao.find(
                                AoMeasurement.class,
                                Query.select()
                                        .where(AoMeasurement.OUTCOME_ID + " = ?", (int) id.value())
                                        .order(AoMeasurement.MEASURED_ON + ", ID")))
                .stream()
                .map(OutcomeMapper::toDomain)
                .toList();
    }

    /**
     * Streams the rows, so Active Objects keeps no entity per measurement while the export writes
     * them.
     */
    @Override
    public void eachMeasurement(Consumer<Measurement> each) {
        ao.stream(
                AoMeasurement.class,
                Query.select(
                                "ID, "
                                        + AoMeasurement.OUTCOME_ID
                                        + ", "
                                        + AoMeasurement.MEASURED_VALUE
                                        + ", "
                                        + AoMeasurement.MEASURED_ON
                                        + ", "
                                        + AoMeasurement.NOTE
                                        + ", "
                                        + AoMeasurement.RECORDED_BY
                                        + ", "
                                        + AoMeasurement.RECORDED_AT)
                        .order(
                                AoMeasurement.OUTCOME_ID
                                        + ", "
                                        + AoMeasurement.MEASURED_ON
                                        + ", ID"),
                row -> each.accept(OutcomeMapper.toDomain(row)));
    }

    /**
     * One query whatever the number of measurements: the measurements each outcome row points at as
     * its latest (kept on the outcome row, because Active Objects' query API cannot express "latest
     * per outcome": that needs a self-join or a correlated subquery), joined to those outcome rows.
     */
    @Override
    public Map<OutcomeId, Measurement> latestMeasurements(Collection<OutcomeId> ids) {
        List<Integer> keys = keys(ids).stream().distinct().sorted().toList();
        Map<OutcomeId, Measurement> byOutcome = new HashMap<>();
        if (!keys.isEmpty()) {
            Query query =
                    Query.select()
                            .alias(AoMeasurement.class, "m")
                            .join(
                                    AoOutcome.class,
                                    "o." + AoOutcome.LATEST_MEASUREMENT_ID + " = m.ID")
                            .alias(AoOutcome.class, "o")
                            .where(InClause.of("o.ID", keys.size()), keys.toArray());
            for (AoMeasurement row : ao.find(AoMeasurement.class, query)) {
                byOutcome.put(new OutcomeId(row.getOutcomeId()), OutcomeMapper.toDomain(row));
            }
        }
        Map<OutcomeId, Measurement> latest = new LinkedHashMap<>();
        ids.stream()
                .distinct()
                .filter(byOutcome::containsKey)
                .forEach(id -> latest.put(id, byOutcome.get(id)));
        return latest;
    }

    private static List<Integer> keys(Collection<OutcomeId> ids) {
        return ids.stream().map(id -> (int) id.value()).toList();
    }
}
