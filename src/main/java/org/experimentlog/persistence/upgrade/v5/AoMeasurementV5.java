package org.experimentlog.persistence.upgrade.v5;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The measurement table ({@code Measurement}) as model version 5 reads it, frozen for {@link
 * Upgrade5PanelCopies}; never edit it. The table has not changed since model version 0.
 */
@Preload
@Table("Measurement")
public interface AoMeasurementV5 extends Entity {
    String OUTCOME_ID = "OUTCOME_ID";
    String MEASURED_VALUE = "MEASURED_VALUE";
    String MEASURED_ON = "MEASURED_ON";
    String NOTE = "NOTE";
    String RECORDED_BY = "RECORDED_BY";
    String RECORDED_AT = "RECORDED_AT";

    /** The outcome. */
    @NotNull
    @Indexed
    int getOutcomeId();

    void setOutcomeId(int outcomeId);

    /** The value. */
    @NotNull
    double getMeasuredValue();

    void setMeasuredValue(double value);

    /** The day the value describes, ISO yyyy-MM-dd. */
    @NotNull
    @Indexed
    @StringLength(10)
    String getMeasuredOn();

    void setMeasuredOn(String day);

    /** Where the figure came from. */
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    /** The user key of who recorded it. */
    @NotNull
    String getRecordedBy();

    void setRecordedBy(String userKey);

    /** When it was recorded. */
    @NotNull
    Date getRecordedAt();

    void setRecordedAt(Date at);
}
