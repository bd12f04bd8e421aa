package org.experimentlog.app.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.outcome.Measurement;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.outcome.OutcomeId;

/** Stores outcomes and their measurements. */
public interface OutcomeRepository {
    Optional<Outcome> find(OutcomeId id);

    /** The outcomes with these ids that exist, in one query. */
    Map<OutcomeId, Outcome> findAll(Collection<OutcomeId> ids);

    /** Every outcome, by title. */
    List<Outcome> list();

    /** @throws StaleVersionException when the stored version differs from the outcome's version */
    Outcome save(Outcome outcome);

    /** Stores a measurement; measurements are never edited, only added or deleted. */
    Measurement add(Measurement measurement);

    /** The measurements of an outcome, oldest day first. */
    List<Measurement> measurementsOf(OutcomeId id);

    /**
     * Every measurement of every outcome, handed over one at a time as one query reads them, ordered by outcome id and
     * then oldest day first, so the full export neither queries per outcome nor holds them all.
     */
    void eachMeasurement(Consumer<Measurement> each);

    /** The latest measurement of each of these outcomes that has one, in one query. */
    Map<OutcomeId, Measurement> latestMeasurements(Collection<OutcomeId> ids);
}
