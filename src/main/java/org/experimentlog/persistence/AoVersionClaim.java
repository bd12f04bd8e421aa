package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A claim to write one version of one object. The unique CLAIM column is what makes optimistic
 * locking hold under concurrency on every database Jira supports: two writers of the same version
 * cannot both insert it.
 */
@Preload
@Table("VersionClaim")
public interface AoVersionClaim extends Entity {
    String OBJECT_KEY = "OBJECT_KEY";
    String CLAIM = "CLAIM";

    /** The object, e.g. {@code experiment:12}. */
    @NotNull
    @Indexed
    @StringLength(100)
    String getObjectKey();

    void setObjectKey(String key);

    /** The object and the version claimed, e.g. {@code experiment:12#3}. */
    @NotNull
    @Unique
    @StringLength(120)
    String getClaim();

    void setClaim(String claim);
}
