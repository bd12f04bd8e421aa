package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One tag of a learning; a row per tag so the library can search by tag with an index. The index on
 * (tag, learning) holds a tag's learnings in id order, so a tag search reads them from the index
 * alone and a join from a learning to its tag is one index lookup.
 */
@Preload
@Table("LearningTag")
@Indexes({
    @Index(
            name = "tag_learning",
            methodNames = {"getTag", "getLearningId"})
})
public interface AoLearningTag extends Entity {
    String LEARNING_ID = "LEARNING_ID";
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String TAG = "TAG";

    /** The learning. */
    @NotNull
    @Indexed
    int getLearningId();

    void setLearningId(int learningId);

    /** The experiment of the learning, so tags load in one query per list of experiments. */
    @NotNull
    @Indexed
    int getExperimentId();

    void setExperimentId(int experimentId);

    /** The tag, lower case. */
    @NotNull
    @Indexed
    @StringLength(40)
    String getTag();

    void setTag(String tag);
}
