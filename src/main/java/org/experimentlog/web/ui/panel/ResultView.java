package org.experimentlog.web.ui.panel;

import java.util.List;

/**
 * A result with its figures in words and, where the data supports it, the plain-language finding.
 */
public final class ResultView {
    private final long id;
    private final String title;
    private final String kindLabelKey;
    private final String figures;
    private final boolean weakerEvidence;
    private final String findingKey;
    private final List<String> findingArgs;
    private final String evidenceUrl;
    private final String note;
    private final String undoBody;
    private final ResultCorrectionView correction;

    ResultView(
            long id,
            String title,
            String kindLabelKey,
            String figures,
            boolean weakerEvidence,
            String findingKey,
            List<String> findingArgs,
            String evidenceUrl,
            String note,
            String undoBody,
            ResultCorrectionView correction) {
        this.id = id;
        this.title = title;
        this.kindLabelKey = kindLabelKey;
        this.figures = figures;
        this.weakerEvidence = weakerEvidence;
        this.findingKey = findingKey;
        this.findingArgs = List.copyOf(findingArgs);
        this.evidenceUrl = evidenceUrl;
        this.note = note;
        this.undoBody = undoBody;
        this.correction = correction;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getKindLabelKey() {
        return kindLabelKey;
    }

    /**
     * The figures as the reader's locale writes them, e.g. "610 of 1,000 (control) and 680 of 1,000
     * (variant)".
     */
    public String getFigures() {
        return figures;
    }

    /**
     * Pilots, before/after comparisons and qualitative findings: labelled as weaker evidence than a
     * randomised test.
     */
    public boolean isWeakerEvidence() {
        return weakerEvidence;
    }

    public boolean isHasFinding() {
        return !findingKey.isEmpty();
    }

    /** The i18n key of the plain-language finding; its arguments are {@link #getFindingArgs()}. */
    public String getFindingKey() {
        return findingKey;
    }

    public List<String> getFindingArgs() {
        return findingArgs;
    }

    public boolean isHasEvidence() {
        return !evidenceUrl.isEmpty();
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public boolean isHasNote() {
        return !note.isEmpty();
    }

    public String getNote() {
        return note;
    }

    /** The result as the API records it: the body that undoes its removal. */
    public String getUndoBody() {
        return undoBody;
    }

    /** The correction form's content. */
    public ResultCorrectionView getCorrection() {
        return correction;
    }
}
