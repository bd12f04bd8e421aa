package org.experimentlog.web.ui.register;

/** A published result: its kind, figures and the statistics sentence. */
public final class RegisterResultView {
    private final String title;
    private final String kind;
    private final String outcome;
    private final String figures;
    private final boolean weakerEvidence;
    private final String sentence;
    private final String evidence;

    RegisterResultView(
            String title,
            String kind,
            String outcome,
            String figures,
            boolean weakerEvidence,
            String sentence,
            String evidence) {
        this.title = title;
        this.kind = kind;
        this.outcome = outcome == null ? "" : outcome;
        this.figures = figures;
        this.weakerEvidence = weakerEvidence;
        this.sentence = sentence;
        this.evidence = evidence == null ? "" : evidence;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public boolean isHasOutcome() {
        return !outcome.isEmpty();
    }

    public String getOutcome() {
        return outcome;
    }

    public String getFigures() {
        return figures;
    }

    public boolean isWeakerEvidence() {
        return weakerEvidence;
    }

    public boolean isHasSentence() {
        return !sentence.isEmpty();
    }

    public String getSentence() {
        return sentence;
    }

    public boolean isHasEvidence() {
        return !evidence.isEmpty();
    }

    public String getEvidence() {
        return evidence;
    }
}
