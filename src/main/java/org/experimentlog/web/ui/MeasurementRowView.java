package org.experimentlog.web.ui;

/**
 * One measurement of an outcome, formatted for the page, with what its correct form starts from.
 * Immutable.
 */
public final class MeasurementRowView {
    private final String day;
    private final String value;
    private final String note;
    private final String recordedBy;
    private final String id;
    private final String isoDay;
    private final String input;
    private final String plain;

    MeasurementRowView(String day, String value, String note, String recordedBy) {
        this(day, value, note, recordedBy, new String[] {"", "", "", ""});
    }

    /**
     * @param editing the id, the ISO day, the value as the reader types it and as JSON writes it
     */
    MeasurementRowView(String day, String value, String note, String recordedBy, String[] editing) {
        this.day = day;
        this.value = value;
        this.note = note;
        this.recordedBy = recordedBy;
        this.id = editing[0];
        this.isoDay = editing[1];
        this.input = editing[2];
        this.plain = editing[3];
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

    /** The measurement's id, for its correct and delete controls. */
    public String getId() {
        return id;
    }

    /** The day as a date field holds it (2026-01-31). */
    public String getIsoDay() {
        return isoDay;
    }

    /** The exact value as the reader types it: no grouping, the reader's decimal separator. */
    public String getInput() {
        return input;
    }

    /** The measurement as the API records it: the body that undoes its removal. */
    public String getUndoBody() {
        return "{\"value\":"
                + plain
                + ",\"measuredOn\":"
                + JsonText.string(isoDay)
                + (note.isEmpty() ? "" : ",\"note\":" + JsonText.string(note))
                + "}";
    }
}
