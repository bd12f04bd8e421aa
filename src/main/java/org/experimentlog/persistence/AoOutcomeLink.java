package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An outcome an experiment aims to move, with the expected direction. */
@Preload
@Table("ExpOutcome")
public interface AoOutcomeLink extends Entity {
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String OUTCOME_ID = "OUTCOME_ID";
    String DIRECTION = "DIRECTION";
    String POSITION = "POSITION";

    /** The experiment. */
    @NotNull
    @Indexed
    int getExperimentId();

    void setExperimentId(int experimentId);

    /** The outcome. */
    @NotNull
    @Indexed
    int getOutcomeId();

    void setOutcomeId(int outcomeId);

    /** The expected direction code. */
    @NotNull
    @StringLength(40)
    String getDirection();

    void setDirection(String directionCode);

    /** The order in which the team listed the outcomes. */
    @NotNull
    int getPosition();

    void setPosition(int position);
}
