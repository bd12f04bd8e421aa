package org.experimentlog.persistence.upgrade.v5;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The outcome table ({@code Outcome}) as model version 5 leaves it, frozen: {@link
 * Upgrade5PanelCopies} reads and writes this shape, so a later change to the live {@code AoOutcome}
 * cannot change what that upgrade does. Never edit it; a later model version gets its own copy.
 * Version 5 adds {@code LATEST_VALUE} and {@code LATEST_ON}.
 */
@Preload
@Table("Outcome")
public interface AoOutcomeV5 extends Entity {
    String TITLE = "TITLE";
    String DESCRIPTION = "DESCRIPTION";
    String METRIC_KIND = "METRIC_KIND";
    String UNIT = "UNIT";
    String DIRECTION = "DIRECTION";
    String BASELINE_VALUE = "BASELINE_VALUE";
    String BASELINE_DATE = "BASELINE_DATE";
    String TARGET_VALUE = "TARGET_VALUE";
    String TARGET_DATE = "TARGET_DATE";
    String OWNER_DEPARTMENT_ID = "OWNER_DEPARTMENT_ID";
    String STATUS = "STATUS";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String ROW_VERSION = "ROW_VERSION";
    String LATEST_MEASUREMENT_ID = "LATEST_MEASUREMENT_ID";
    String LATEST_VALUE = "LATEST_VALUE";
    String LATEST_ON = "LATEST_ON";

    /** The title. */
    @NotNull
    String getTitle();

    void setTitle(String title);

    /** What the outcome means for the people served. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** The metric kind code. */
    @NotNull
    @StringLength(40)
    String getMetricKind();

    void setMetricKind(String kindCode);

    /** The unit of the metric. */
    @NotNull
    @StringLength(40)
    String getUnit();

    void setUnit(String unit);

    /** The direction code. */
    @NotNull
    @StringLength(40)
    String getDirection();

    void setDirection(String directionCode);

    /** The baseline value. */
    @NotNull
    double getBaselineValue();

    void setBaselineValue(double value);

    /** The baseline day, ISO yyyy-MM-dd. */
    @NotNull
    @StringLength(10)
    String getBaselineDate();

    void setBaselineDate(String day);

    /** The target value. */
    @NotNull
    double getTargetValue();

    void setTargetValue(double value);

    /** The target day, ISO yyyy-MM-dd. */
    @NotNull
    @StringLength(10)
    String getTargetDate();

    void setTargetDate(String day);

    /** The owning department. */
    @NotNull
    @Indexed
    int getOwnerDepartmentId();

    void setOwnerDepartmentId(int departmentId);

    /** The status code. */
    @NotNull
    @Indexed
    @StringLength(40)
    String getStatus();

    void setStatus(String statusCode);

    /** The user key of who defined it. */
    @NotNull
    String getCreatedBy();

    void setCreatedBy(String userKey);

    /** When it was defined. */
    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date at);

    /** The optimistic-locking version. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);

    /**
     * The id of the latest measurement (latest day, then latest recorded), or null when there is
     * none: kept by {@code AoOutcomeRepository.add} in the measurement's transaction, filled for
     * older rows by {@code upgrade.v1.Upgrade1LatestMeasurement}, so lists of outcomes read one
     * measurement each instead of all of them.
     */
    Integer getLatestMeasurementId();

    void setLatestMeasurementId(Integer measurementId);

    /**
     * The value of the latest measurement (the one {@link #getLatestMeasurementId} names), or null
     * when there is none: kept with that id by {@code AoOutcomeRepository}, in the measurement's
     * transaction, filled for older rows by {@code upgrade.v5.Upgrade5PanelCopies}, so the issue
     * panel reads outcomes and their latest values in one query.
     */
    Double getLatestValue();

    void setLatestValue(Double value);

    /** The day of the latest measurement ({@code yyyy-MM-dd}), or null when there is none. */
    @StringLength(10)
    String getLatestOn();

    void setLatestOn(String day);
}
