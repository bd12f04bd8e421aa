package org.experimentlog.persistence.upgrade.v0;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The outcome link table ({@code ExpOutcome}) at model version 0, frozen for the upgrade tests;
 * never edit it. Model versions 1 and 2 did not change this table, so this shape is also the one at
 * versions 1 and 2.
 */
@Preload
@Table("ExpOutcome")
public interface AoOutcomeLinkV0 extends Entity {
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
