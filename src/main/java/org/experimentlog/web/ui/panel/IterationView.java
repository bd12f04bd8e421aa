package org.experimentlog.web.ui.panel;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/** One iteration in the panel's timeline. */
public final class IterationView {
    private final boolean last;
    private final long id;
    private final int number;
    private final long version;
    private final String change;
    private final String startDate;
    private final String endDate;
    private final String period;
    private final String decisionLabelKey;
    private final String rationale;
    private final List<OptionView> decisionOptions;
    private final List<ResultView> results;
    private final List<LearningView> learnings;

    IterationView(
            long id,
            int number,
            long version,
            String change,
            String startDate,
            String endDate,
            String period,
            String decisionLabelKey,
            String rationale,
            List<OptionView> decisionOptions,
            List<ResultView> results,
            List<LearningView> learnings,
            boolean last) {
        this.last = last;
        this.id = id;
        this.number = number;
        this.version = version;
        this.change = change;
        this.startDate = startDate;
        this.endDate = endDate;
        this.period = period;
        this.decisionLabelKey = decisionLabelKey;
        this.rationale = rationale;
        this.decisionOptions = List.copyOf(decisionOptions);
        this.results = List.copyOf(results);
        this.learnings = List.copyOf(learnings);
    }

    /** Whether this is the experiment's last iteration, the only one that can be deleted. */
    public boolean isLast() {
        return last;
    }

    public long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public long getVersion() {
        return version;
    }

    public String getChange() {
        return change;
    }

    /** ISO start day for the edit form; empty when not planned. */
    public String getStartDate() {
        return startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    /** The dates as the reader's locale writes them; empty when not planned. */
    public String getPeriod() {
        return period;
    }

    public boolean isHasPeriod() {
        return !period.isEmpty();
    }

    public boolean isHasDecision() {
        return !decisionLabelKey.isEmpty();
    }

    public String getDecisionLabelKey() {
        return decisionLabelKey;
    }

    /**
     * The decision's code, for the forms that keep it as it is (the edit form); empty when none.
     */
    public String getDecisionCode() {
        return decisionLabelKey.substring(decisionLabelKey.lastIndexOf('.') + 1);
    }

    public String getRationale() {
        return rationale;
    }

    /** The decisions for the edit form, this iteration's own one selected. */
    public List<OptionView> getDecisionOptions() {
        return decisionOptions;
    }

    public boolean isHasResults() {
        return !results.isEmpty();
    }

    public List<ResultView> getResults() {
        return results;
    }

    public boolean isHasLearnings() {
        return !learnings.isEmpty();
    }

    public List<LearningView> getLearnings() {
        return learnings;
    }
}
