package org.experimentlog.web.ui.panel;

import java.util.List;

/**
 * A result's correction form, holding what is stored: its version (a change in the meantime is
 * refused, not overwritten), its kind and outcome (kept as they are), the planned share of a
 * proportion test (kept), and the fields a person corrects.
 */
public final class ResultCorrectionView {
    private final long version;
    private final String kind;
    private final String outcomeId;
    private final String plannedVariantShare;
    private final String title;
    private final List<ResultFieldView> fields;
    private final String note;

    ResultCorrectionView(
            long version,
            String kind,
            String outcomeId,
            String plannedVariantShare,
            String title,
            List<ResultFieldView> fields,
            String note) {
        this.version = version;
        this.kind = kind;
        this.outcomeId = outcomeId;
        this.plannedVariantShare = plannedVariantShare;
        this.title = title;
        this.fields = List.copyOf(fields);
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public String getKind() {
        return kind;
    }

    public boolean isHasOutcome() {
        return !outcomeId.isEmpty();
    }

    public String getOutcomeId() {
        return outcomeId;
    }

    public boolean isHasShare() {
        return !plannedVariantShare.isEmpty();
    }

    /**
     * The planned share of a proportion test, as JSON writes it (a hidden field is read as sent).
     */
    public String getPlannedVariantShare() {
        return plannedVariantShare;
    }

    public String getTitle() {
        return title;
    }

    public List<ResultFieldView> getFields() {
        return fields;
    }

    public String getNote() {
        return note;
    }
}
