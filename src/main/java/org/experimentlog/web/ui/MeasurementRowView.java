package org.experimentlog.web.ui;

/** One measurement of an outcome, formatted for the page. Immutable. */
public final class MeasurementRowView {
    private final String day;
    private final String value;
    private final String note;
    private final String recordedBy;

    MeasurementRowView(String day, String value, String note, String recordedBy) {
        this.day = day;
        this.value = value;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public String getDay() {
        return day;
    }

    public String getValue() {
        return value;
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
