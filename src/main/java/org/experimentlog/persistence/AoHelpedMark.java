package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A reader's "this helped me" on a story. MARK_KEY makes it one per reader and story, also under
 * concurrency.
 */
@Preload
@Table("HelpedMark")
public interface AoHelpedMark extends Entity {
    String STORY_ID = "STORY_ID";
    String READER = "READER";
    String MARK_KEY = "MARK_KEY";
    String MARKED_AT = "MARKED_AT";

    /** The story. */
    @NotNull
    @Indexed
    int getStoryId();

    void setStoryId(int storyId);

    /** The user key of the reader. */
    @NotNull
    @Indexed
    String getReader();

    void setReader(String userKey);

    /** Story id and reader joined, unique. */
    @NotNull
    @Unique
    String getMarkKey();

    void setMarkKey(String key);

    /** When the reader marked it. */
    @NotNull
    Date getMarkedAt();

    void setMarkedAt(Date at);
}
