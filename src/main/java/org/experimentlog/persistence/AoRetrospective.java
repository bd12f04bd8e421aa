package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A retrospective a team held, with its notes. */
@Preload
@Table("Retrospective")
public interface AoRetrospective extends Entity {
    String SCOPE_KIND = "SCOPE_KIND";
    String SCOPE_VALUE = "SCOPE_VALUE";
    String PERIOD_FROM = "PERIOD_FROM";
    String PERIOD_TO = "PERIOD_TO";
    String TITLE = "TITLE";
    String NOTES = "NOTES";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String ROW_VERSION = "ROW_VERSION";

    /** The scope kind code. */
    @NotNull
    @Indexed
    @StringLength(40)
    String getScopeKind();

    void setScopeKind(String kindCode);

    /** The project key, department id or outcome id; null for everything. */
    @Indexed
    @StringLength(40)
    String getScopeValue();

    void setScopeValue(String value);

    /** The first day reviewed, ISO yyyy-MM-dd. */
    @NotNull
    @StringLength(10)
    String getPeriodFrom();

    void setPeriodFrom(String day);

    /** The last day reviewed, ISO yyyy-MM-dd. */
    @NotNull
    @StringLength(10)
    String getPeriodTo();

    void setPeriodTo(String day);

    /** The title. */
    @NotNull
    String getTitle();

    void setTitle(String title);

    /** The notes the team kept. */
    @StringLength(StringLength.UNLIMITED)
    String getNotes();

    void setNotes(String notes);

    /** The user key of who saved it. */
    @NotNull
    String getCreatedBy();

    void setCreatedBy(String userKey);

    /** When it was first saved. */
    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date at);

    /** When it was last saved. */
    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date at);

    /** The optimistic-locking version. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
