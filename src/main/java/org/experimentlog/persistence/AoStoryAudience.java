package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A department a story is shared with, when it is not shared with everyone. */
@Preload
@Table("StoryAudience")
public interface AoStoryAudience extends Entity {
    String STORY_ID = "STORY_ID";
    String DEPARTMENT_ID = "DEPARTMENT_ID";

    /** The story. */
    @NotNull
    @Indexed
    int getStoryId();

    void setStoryId(int storyId);

    /** The department. */
    @NotNull
    @Indexed
    int getDepartmentId();

    void setDepartmentId(int departmentId);
}
