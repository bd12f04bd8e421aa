package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The registered plan of an experiment: written once, when it first ran, and never updated. */
@Preload
@Table("RegPlan")
public interface AoRegisteredPlan extends Entity {
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String HYP_CHANGE = "HYP_CHANGE";
    String HYP_AUDIENCE = "HYP_AUDIENCE";
    String HYP_RESULT = "HYP_RESULT";
    String HYP_REASON = "HYP_REASON";
    String HYP_SIGNAL = "HYP_SIGNAL";
    String METHOD = "METHOD";
    String METHOD_DETAILS = "METHOD_DETAILS";
    String OUTCOMES = "OUTCOMES";
    String PLANNED_END = "PLANNED_END";
    String PLANNED_SAMPLE = "PLANNED_SAMPLE";
    String REGISTERED_BY = "REGISTERED_BY";
    String REGISTERED_AT = "REGISTERED_AT";
    String LATE = "LATE";

    /** The experiment; one plan per experiment. */
    @NotNull
    @Unique
    long getExperimentId();

    void setExperimentId(long id);

    /** We believe that… */
    @StringLength(StringLength.UNLIMITED)
    String getHypChange();

    void setHypChange(String value);

    /** For… */
    @StringLength(StringLength.UNLIMITED)
    String getHypAudience();

    void setHypAudience(String value);

    /** Will result in… */
    @StringLength(StringLength.UNLIMITED)
    String getHypResult();

    void setHypResult(String value);

    /** Because… */
    @StringLength(StringLength.UNLIMITED)
    String getHypReason();

    void setHypReason(String value);

    /** We will know when… (the success signal). */
    @StringLength(StringLength.UNLIMITED)
    String getHypSignal();

    void setHypSignal(String value);

    /** The method code. */
    @StringLength(40)
    String getMethod();

    void setMethod(String value);

    /** The method details. */
    @StringLength(StringLength.UNLIMITED)
    String getMethodDetails();

    void setMethodDetails(String value);

    /** The linked outcomes as {@code id:direction} pairs joined by commas. */
    @StringLength(StringLength.UNLIMITED)
    String getOutcomes();

    void setOutcomes(String value);

    /**
     * The planned sample size when one was given; a nullable column added after model version 3,
     * which Active Objects adds by itself (plans registered before it have none).
     */
    Long getPlannedSample();

    void setPlannedSample(Long size);

    /** The planned end, ISO-8601, when one was given. */
    @StringLength(10)
    String getPlannedEnd();

    void setPlannedEnd(String value);

    /** The user key of who started the experiment. */
    @NotNull
    String getRegisteredBy();

    void setRegisteredBy(String value);

    /** When. */
    @NotNull
    Date getRegisteredAt();

    void setRegisteredAt(Date value);

    /** Registered after the experiment had started, by the upgrade that introduced registration. */
    @NotNull
    boolean isLate();

    void setLate(boolean value);
}
