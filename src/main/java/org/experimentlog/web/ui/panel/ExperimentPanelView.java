package org.experimentlog.web.ui.panel;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * Everything the experiment panel template shows, decided in Java: the template only loops and
 * tests these getters (STYLE.md rule 14). Text the user reads is an i18n key ({@code …LabelKey}) or
 * the user's own words; numbers are already formatted for the reader's locale. Immutable.
 */
public final class ExperimentPanelView {
    private final String issueKey;
    private final boolean hasExperiment;
    private final boolean canEdit;
    private final boolean open;
    private final long version;
    private final String stageCode;
    private final String stageLabelKey;
    private final String verdictLabelKey;
    private final String closingNote;
    private final HypothesisView hypothesis;
    private final HypothesisPromptsView prompts;
    private final String methodLabelKey;
    private final String methodDetails;
    private final String plannedSampleSize;
    private final String plannedSampleSizeLabel;
    private final List<String> departmentNames;
    private final List<OutcomeProgressView> outcomes;
    private final List<IterationView> iterations;
    private final List<LearningView> generalLearnings;
    private final List<OptionView> nextStages;
    private final boolean canConclude;
    private final boolean concludeHint;
    private final String startedOn;
    private final String startedOnText;
    private final List<OptionView> methodOptions;
    private final List<OptionView> departmentOptions;
    private final List<OptionView> outcomeOptions;
    private final List<OptionView> verdictOptions;
    private final List<OptionView> decisionOptions;
    private final List<OptionView> resultKindOptions;
    private final List<OptionView> factorOptions;
    private final List<OptionView> impactOptions;

    ExperimentPanelView(Builder b) {
        this.issueKey = b.issueKey;
        this.hasExperiment = b.hasExperiment;
        this.canEdit = b.canEdit;
        this.open = b.open;
        this.version = b.version;
        this.stageCode = b.stageCode;
        this.stageLabelKey = b.stageLabelKey;
        this.verdictLabelKey = b.verdictLabelKey;
        this.closingNote = b.closingNote;
        this.hypothesis = b.hypothesis;
        this.prompts = b.prompts;
        this.methodLabelKey = b.methodLabelKey;
        this.methodDetails = b.methodDetails;
        this.plannedSampleSize = b.plannedSampleSize;
        this.plannedSampleSizeLabel = b.plannedSampleSizeLabel;
        this.departmentNames = List.copyOf(b.departmentNames);
        this.outcomes = List.copyOf(b.outcomes);
        this.iterations = List.copyOf(b.iterations);
        this.generalLearnings = List.copyOf(b.generalLearnings);
        this.nextStages = List.copyOf(b.nextStages);
        this.canConclude = b.canConclude;
        this.concludeHint = b.concludeHint;
        this.startedOn = b.startedOn;
        this.startedOnText = b.startedOnText;
        this.methodOptions = List.copyOf(b.methodOptions);
        this.departmentOptions = List.copyOf(b.departmentOptions);
        this.outcomeOptions = List.copyOf(b.outcomeOptions);
        this.verdictOptions = List.copyOf(b.verdictOptions);
        this.decisionOptions = List.copyOf(b.decisionOptions);
        this.resultKindOptions = List.copyOf(b.resultKindOptions);
        this.factorOptions = List.copyOf(b.factorOptions);
        this.impactOptions = List.copyOf(b.impactOptions);
    }

    public String getIssueKey() {
        return issueKey;
    }

    /** False before anyone opened an experiment on the issue: the panel invites the first step. */
    public boolean isHasExperiment() {
        return hasExperiment;
    }

    /** Whether the reader may change the experiment, so the panel offers actions. */
    public boolean isCanEdit() {
        return canEdit;
    }

    /** Whether the experiment still takes iterations and results (not concluded or abandoned). */
    public boolean isOpen() {
        return open;
    }

    /**
     * Whether the reader may reopen the experiment: it is concluded or abandoned and they may edit
     * it.
     */
    public boolean isCanReopen() {
        return canEdit && !open;
    }

    public long getVersion() {
        return version;
    }

    public String getStageCode() {
        return stageCode;
    }

    public String getStageLabelKey() {
        return stageLabelKey;
    }

    public boolean isHasVerdict() {
        return verdictLabelKey != null;
    }

    public String getVerdictLabelKey() {
        return verdictLabelKey == null ? "" : verdictLabelKey;
    }

    public boolean isHasClosingNote() {
        return closingNote != null;
    }

    public String getClosingNote() {
        return closingNote == null ? "" : closingNote;
    }

    public HypothesisView getHypothesis() {
        return hypothesis;
    }

    /** The examples under the parts of the hypothesis dialog, in the reader's language. */
    public HypothesisPromptsView getPrompts() {
        return prompts;
    }

    public boolean isHasMethod() {
        return methodLabelKey != null;
    }

    public String getMethodLabelKey() {
        return methodLabelKey == null ? "" : methodLabelKey;
    }

    public String getMethodDetails() {
        return methodDetails == null ? "" : methodDetails;
    }

    /** The planned sample size as digits; empty when none was given. */
    public String getPlannedSampleSize() {
        return plannedSampleSize == null ? "" : plannedSampleSize;
    }

    public boolean isHasPlannedSampleSize() {
        return plannedSampleSize != null;
    }

    /** The planned sample size as the reader's language writes numbers (12,500 or 12.500). */
    public String getPlannedSampleSizeLabel() {
        return plannedSampleSizeLabel == null ? "" : plannedSampleSizeLabel;
    }

    public boolean isHasDepartments() {
        return !departmentNames.isEmpty();
    }

    public List<String> getDepartmentNames() {
        return departmentNames;
    }

    public boolean isHasOutcomes() {
        return !outcomes.isEmpty();
    }

    public List<OutcomeProgressView> getOutcomes() {
        return outcomes;
    }

    public boolean isHasIterations() {
        return !iterations.isEmpty();
    }

    public List<IterationView> getIterations() {
        return iterations;
    }

    public boolean isHasGeneralLearnings() {
        return !generalLearnings.isEmpty();
    }

    public List<LearningView> getGeneralLearnings() {
        return generalLearnings;
    }

    /**
     * The stages the experiment may move to next (without concluding and abandoning, which have
     * forms).
     */
    public List<OptionView> getNextStages() {
        return nextStages;
    }

    /** Whether concluding is possible now: the experiment is being analysed and has a learning. */
    public boolean isCanConclude() {
        return canConclude;
    }

    /**
     * Whether the panel says what concluding still needs: only where concluding is the next step
     * (the experiment is being analysed) and a learning is missing.
     */
    public boolean isConcludeHint() {
        return concludeHint;
    }

    /**
     * The day the experiment started (ISO, {@code 2026-03-02}), or the day it was opened when it
     * has not run yet: an iteration dated earlier asks for confirmation first.
     */
    public String getStartedOn() {
        return startedOn;
    }

    /** {@link #getStartedOn()} in the reader's format, for the confirmation's sentence. */
    public String getStartedOnText() {
        return startedOnText;
    }

    public List<OptionView> getMethodOptions() {
        return methodOptions;
    }

    public List<OptionView> getDepartmentOptions() {
        return departmentOptions;
    }

    /**
     * Every outcome to link in the plan form, the linked ones selected with their expected
     * direction.
     */
    public List<OptionView> getOutcomeOptions() {
        return outcomeOptions;
    }

    public List<OptionView> getVerdictOptions() {
        return verdictOptions;
    }

    public List<OptionView> getDecisionOptions() {
        return decisionOptions;
    }

    public List<OptionView> getResultKindOptions() {
        return resultKindOptions;
    }

    /** The contributing factors a failure story can name. */
    public List<OptionView> getFactorOptions() {
        return factorOptions;
    }

    public List<OptionView> getImpactOptions() {
        return impactOptions;
    }

    /** Fills a view; only the factory uses it. */
    static final class Builder {
        String issueKey;
        boolean hasExperiment;
        boolean canEdit;
        boolean open;
        long version;
        String stageCode = "";
        String stageLabelKey = "";
        String verdictLabelKey;
        String closingNote;
        HypothesisView hypothesis;
        HypothesisPromptsView prompts;
        String methodLabelKey;
        String methodDetails;
        String plannedSampleSize;
        String plannedSampleSizeLabel;
        List<String> departmentNames = List.of();
        List<OutcomeProgressView> outcomes = List.of();
        List<IterationView> iterations = List.of();
        List<LearningView> generalLearnings = List.of();
        List<OptionView> nextStages = List.of();
        boolean canConclude;
        boolean concludeHint;
        String startedOn = "";
        String startedOnText = "";
        List<OptionView> methodOptions = List.of();
        List<OptionView> departmentOptions = List.of();
        List<OptionView> outcomeOptions = List.of();
        List<OptionView> verdictOptions = List.of();
        List<OptionView> decisionOptions = List.of();
        List<OptionView> resultKindOptions = List.of();
        List<OptionView> factorOptions = List.of();
        List<OptionView> impactOptions = List.of();

        ExperimentPanelView build() {
            return new ExperimentPanelView(this);
        }
    }
}
