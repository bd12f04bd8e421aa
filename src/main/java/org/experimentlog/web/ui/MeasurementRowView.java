package org.experimentlog.web.ui;

/** One measurement of an outcome, formatted for the page. Immutable. */
public final class MeasurementRowView {
    private final String day;
    private final String isoDay;
    private final String value;
    private final String rawValue;
    private final String note;
    private final String recordedBy;

    MeasurementRowView(String[] day, String[] value, String note, String recordedBy) {
        this.day = day[0];
        this.isoDay = day[1];
        this.value = value[0];
        this.rawValue = value[1];
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public String getDay() {
        return day;
    }

    /** The day as ISO-8601, to sort the table by. */
    public String getIsoDay() {
        return isoDay;
    }

    public String getValue() {
        return value;
    }

    /** The value as a plain number ({@code 1250.5}), to sort the table by. */
    public String getRawValue() {
        return rawValue;
    }

    public boolean isHasNote() {
        return !note.isEmpty();
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
