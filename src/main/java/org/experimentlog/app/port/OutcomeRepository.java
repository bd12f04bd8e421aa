package org.experimentlog.app.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.MeasurementId;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;

/** Stores outcomes and their measurements. */
public interface OutcomeRepository {
    Optional<Outcome> find(OutcomeId id);

    /** The outcomes with these ids that exist, in one query. */
    Map<OutcomeId, Outcome> findAll(Collection<OutcomeId> ids);

    /** Every outcome, by title. */
    List<Outcome> list();

    /**
     * Every outcome, by title, with its latest measurement's value and day as its row holds them:
     * one query.
     */
    List<OutcomeWithLatest> listWithLatest();

    /**
     * The outcomes with these ids that exist, with their latest measurement's value and day as
     * their rows hold them: one query.
     */
    Map<OutcomeId, OutcomeWithLatest> findAllWithLatest(Collection<OutcomeId> ids);

    /**
     * @throws StaleVersionException when the stored version differs from the outcome's version
     */
    Outcome save(Outcome outcome);

    /**
     * Stores a new measurement, at most one per outcome and day.
     *
     * @throws org.experimentlog.domain.ConcurrentWriteException when another writer adds one on the
     *     same day at once
     */
    Measurement add(Measurement measurement);

    /** The measurement, if it exists. */
    Optional<Measurement> findMeasurement(MeasurementId id);

    /** Stores a correction (value, day, note) of a stored measurement. */
    Measurement correct(Measurement measurement);

    /** Deletes a measurement; nothing when it does not exist. */
    void delete(MeasurementId id);

    /**
     * Deletes an outcome with its measurements. The caller makes sure no experiment or result
     * refers to it.
     */
    void delete(OutcomeId id);

    /** How many experiments aim at the outcome or results measure it. */
    int references(OutcomeId id);

    /** The measurements of an outcome, oldest day first. */
    List<Measurement> measurementsOf(OutcomeId id);

    /**
     * Every measurement of every outcome, handed over one at a time as one query reads them,
     * ordered by outcome id and then oldest day first, so the full export neither queries per
     * outcome nor holds them all.
     */
    void eachMeasurement(Consumer<Measurement> each);

    /** The latest measurement of each of these outcomes that has one, in one query. */
    Map<OutcomeId, Measurement> latestMeasurements(Collection<OutcomeId> ids);
}
