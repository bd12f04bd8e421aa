package org.experimentlog.persistence.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The outcome link table ({@code ExpOutcome}) as model version 3 left it, frozen: {@link
 * Upgrade3RegisteredLate} reads this shape, so a later change to the live {@code AoOutcomeLink}
 * cannot change what that upgrade does. Never edit it; a later model version gets its own copy. The
 * table has not changed since model version 0.
 */
@Preload
@Table("ExpOutcome")
public interface AoOutcomeLinkV3 extends Entity {
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
