package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A result measured in an iteration; which figures are set depends on the kind. */
@Preload
@Table("ExpResult")
public interface AoResult extends Entity {
    String EXPERIMENT_ID = "EXPERIMENT_ID";
    String ITERATION_ID = "ITERATION_ID";
    String OUTCOME_ID = "OUTCOME_ID";
    String TITLE = "TITLE";
    String KIND = "KIND";
    String BEFORE_VALUE = "BEFORE_VALUE";
    String AFTER_VALUE = "AFTER_VALUE";
    String UNIT = "UNIT";
    String CONTROL_SIZE = "CONTROL_SIZE";
    String CONTROL_CONVERSIONS = "CONTROL_CONVERSIONS";
    String VARIANT_SIZE = "VARIANT_SIZE";
    String VARIANT_CONVERSIONS = "VARIANT_CONVERSIONS";
    String PLANNED_SHARE = "PLANNED_SHARE";
    String CONTROL_MEAN = "CONTROL_MEAN";
    String CONTROL_SD = "CONTROL_SD";
    String VARIANT_MEAN = "VARIANT_MEAN";
    String VARIANT_SD = "VARIANT_SD";
    String FINDING = "FINDING";
    String EVIDENCE_URL = "EVIDENCE_URL";
    String NOTE = "NOTE";
    String RECORDED_BY = "RECORDED_BY";
    String RECORDED_AT = "RECORDED_AT";
    String ROW_VERSION = "ROW_VERSION";

    /** The experiment, so results load in one query per list of experiments. */
    @NotNull
    @Indexed
    int getExperimentId();

    void setExperimentId(int experimentId);

    /** The iteration. */
    @NotNull
    @Indexed
    int getIterationId();

    void setIterationId(int iterationId);

    /** The outcome whose metric this measures, if any. */
    @Indexed
    Integer getOutcomeId();

    void setOutcomeId(Integer outcomeId);

    /** What was measured. */
    @NotNull
    String getTitle();

    void setTitle(String title);

    /** The result kind code. */
    @NotNull
    @StringLength(40)
    String getKind();

    void setKind(String kindCode);

    /** Observed: the value before. */
    Double getBeforeValue();

    void setBeforeValue(Double value);

    /** Observed: the value after. */
    Double getAfterValue();

    void setAfterValue(Double value);

    /** Observed: the unit. */
    @StringLength(40)
    String getUnit();

    void setUnit(String unit);

    /** Proportion, mean: participants in the control group. */
    Long getControlSize();

    void setControlSize(Long size);

    /** Proportion: successes in the control group. */
    Long getControlConversions();

    void setControlConversions(Long conversions);

    /** Proportion, mean: participants in the variant group. */
    Long getVariantSize();

    void setVariantSize(Long size);

    /** Proportion: successes in the variant group. */
    Long getVariantConversions();

    void setVariantConversions(Long conversions);

    /** Proportion: the planned share of the variant. */
    Double getPlannedShare();

    void setPlannedShare(Double share);

    /** Mean: the control mean. */
    Double getControlMean();

    void setControlMean(Double mean);

    /** Mean: the control standard deviation. */
    Double getControlSd();

    void setControlSd(Double sd);

    /** Mean: the variant mean. */
    Double getVariantMean();

    void setVariantMean(Double mean);

    /** Mean: the variant standard deviation. */
    Double getVariantSd();

    void setVariantSd(Double sd);

    /** Qualitative: the finding. */
    @StringLength(StringLength.UNLIMITED)
    String getFinding();

    void setFinding(String finding);

    /** Qualitative: the evidence link. */
    @StringLength(StringLength.UNLIMITED)
    String getEvidenceUrl();

    void setEvidenceUrl(String url);

    /** A note on the result. */
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

    /** The optimistic-locking version. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
