package org.experimentlog.web.ui.outcomes;

import org.experimentlog.web.ui.JsonText;

/**
 * One measurement of an outcome, formatted for the page, with what its correct form starts from.
 * Immutable.
 */
public final class MeasurementRowView {
    private final String day;
    private final String isoDay;
    private final String value;
    private final String rawValue;
    private final String note;
    private final String recordedBy;
    private final String id;
    private final String input;
    private final String plain;

    /**
     * @param day the day in the reader's format and as ISO-8601
     * @param value the value in the reader's format and as a plain number (to sort by)
     * @param editing the id, the ISO day, the value as the reader types it and as JSON writes it
     */
    public MeasurementRowView(
            String[] day, String[] value, String note, String recordedBy, String[] editing) {
        this.day = day[0];
        this.isoDay = day[1];
        this.value = value[0];
        this.rawValue = value[1];
        this.note = note;
        this.recordedBy = recordedBy;
        this.id = editing[0];
        this.input = editing[2];
        this.plain = editing[3];
    }

    public String getDay() {
        return day;
    }

    /** The day as ISO-8601 (2026-01-31): to sort the table by, and as a date field holds it. */
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

    /** The measurement's id, for its correct and delete controls. */
    public String getId() {
        return id;
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
