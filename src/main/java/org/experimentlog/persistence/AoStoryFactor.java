package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A contributing factor named by a story. */
@Preload
@Table("StoryFactor")
public interface AoStoryFactor extends Entity {
    String STORY_ID = "STORY_ID";
    String FACTOR = "FACTOR";

    /** The story. */
    @NotNull
    @Indexed
    int getStoryId();

    void setStoryId(int storyId);

    /** The factor code. */
    @NotNull
    @Indexed
    @StringLength(40)
    String getFactor();

    void setFactor(String factorCode);
}
