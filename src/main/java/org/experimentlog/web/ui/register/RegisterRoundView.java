package org.experimentlog.web.ui.register;

import java.util.List;

/** A published iteration with its results and learnings. */
public final class RegisterRoundView {
    private final int number;
    private final String change;
    private final String period;
    private final String decision;
    private final String rationale;
    private final List<RegisterResultView> results;
    private final List<RegisterPairView> learnings;

    RegisterRoundView(
            int number,
            String change,
            String period,
            String decision,
            String rationale,
            List<RegisterResultView> results,
            List<RegisterPairView> learnings) {
        this.number = number;
        this.change = change;
        this.period = period;
        this.decision = decision;
        this.rationale = rationale == null ? "" : rationale;
        this.results = List.copyOf(results);
        this.learnings = List.copyOf(learnings);
    }

    public int getNumber() {
        return number;
    }

    public String getChange() {
        return change;
    }

    public boolean isHasPeriod() {
        return !period.isEmpty();
    }

    public String getPeriod() {
        return period;
    }

    public boolean isHasDecision() {
        return !decision.isEmpty();
    }

    public String getDecision() {
        return decision;
    }

    public boolean isHasRationale() {
        return !rationale.isEmpty();
    }

    public String getRationale() {
        return rationale;
    }

    public List<RegisterResultView> getResults() {
        return results;
    }

    public boolean isHasResults() {
        return !results.isEmpty();
    }

    /** Each learning's statement (label) and tags (value). */
    public List<RegisterPairView> getLearnings() {
        return learnings;
    }

    public boolean isHasLearnings() {
        return !learnings.isEmpty();
    }
}
