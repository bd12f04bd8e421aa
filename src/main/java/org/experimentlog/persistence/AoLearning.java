package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A learning of an experiment, optionally from one iteration. */
@Preload
@Table("Learning")
public interface AoLearning extends Entity {
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String ITERATION_ID = "ITERATION_ID";
    String STATEMENT = "STATEMENT";
    String AUTHOR = "AUTHOR";
    String CREATED_AT = "CREATED_AT";
    String ROW_VERSION = "ROW_VERSION";

    /** The experiment. */
    @NotNull
    @Indexed
    int getExperimentId();

    void setExperimentId(int experimentId);

    /** The iteration, if the learning came from one. */
    @Indexed
    Integer getIterationId();

    void setIterationId(Integer iterationId);

    /** What was learned. */
    @StringLength(StringLength.UNLIMITED)
    String getStatement();

    void setStatement(String statement);

    /** The user key of the author. */
    @NotNull
    String getAuthor();

    void setAuthor(String userKey);

    /** When it was written. */
    @NotNull
    @Indexed
    Date getCreatedAt();

    void setCreatedAt(Date at);

    /** The optimistic-locking version. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
