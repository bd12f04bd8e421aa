package org.experimentlog.persistence.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The outcome link table ({@code ExpOutcome}) as model version 5 reads it, frozen for {@link
 * Upgrade5PanelCopies}; never edit it. The table has not changed since model version 0.
 */
@Preload
@Table("ExpOutcome")
public interface AoOutcomeLinkV5 extends Entity {
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
