package org.experimentlog.persistence.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The iteration table ({@code Iteration}) as model version 3 left it, frozen: {@link
 * Upgrade3RegisteredLate} reads this shape, so a later change to the live {@code AoIteration}
 * cannot change what that upgrade does. Never edit it; a later model version gets its own copy. The
 * table has not changed since model version 0.
 */
@Preload
@Table("Iteration")
public interface AoIterationV3 extends Entity {
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String SEQ_NO = "SEQ_NO";
    String CHANGE_MADE = "CHANGE_MADE";
    String START_DATE = "START_DATE";
    String END_DATE = "END_DATE";
    String DECISION = "DECISION";
    String RATIONALE = "RATIONALE";
    String ROW_VERSION = "ROW_VERSION";

    /** The experiment. */
    @NotNull
    @Indexed
    int getExperimentId();

    void setExperimentId(int experimentId);

    /** The iteration number, 1, 2, 3… per experiment. */
    @NotNull
    int getSeqNo();

    void setSeqNo(int number);

    /** What changed in this iteration. */
    @StringLength(StringLength.UNLIMITED)
    String getChangeMade();

    void setChangeMade(String change);

    /** The first day, ISO yyyy-MM-dd. */
    @StringLength(10)
    String getStartDate();

    void setStartDate(String day);

    /** The last day, ISO yyyy-MM-dd. */
    @StringLength(10)
    String getEndDate();

    void setEndDate(String day);

    /** The decision code. */
    @StringLength(40)
    String getDecision();

    void setDecision(String decisionCode);

    /** Why the team decided so. */
    @StringLength(StringLength.UNLIMITED)
    String getRationale();

    void setRationale(String rationale);

    /** The optimistic-locking version. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
