package org.experimentlog.web.ui.register;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * One experiment in the public register, as published; also the preview a team sees before
 * publishing, which renders exactly the same record with the publish form around it.
 */
public final class RegisterEntryView {
    private final RegisterChromeView chrome;
    private final boolean preview;
    private final String issueKey;
    private final String issueHref;
    private final boolean canPublish;
    private final boolean canWithdraw;
    private final String refusal;
    private final List<OptionView> storyChoices;
    private final long number;
    private final int version;
    private final String publishedOn;
    private final boolean latest;
    private final List<RegisterPairView> versions;
    private final boolean withdrawn;
    private final String withdrawnOn;
    private final String withdrawalReason;
    private final String title;
    private final String outcomeLabel;
    private final String outcomeCode;
    private final String closingNote;
    private final String departments;
    private final String startedOn;
    private final String closedOn;
    private final List<RegisterPairView> hypothesis;
    private final String method;
    private final String methodDetails;
    private final boolean hasPlan;
    private final boolean planLate;
    private final String planRegisteredOn;
    private final String planRegisteredBy;
    private final List<RegisterPairView> plan;
    private final List<RegisterChangeView> deviations;
    private final List<RegisterRoundView> iterations;
    private final List<RegisterPairView> learnings;
    private final List<RegisterTrendView> outcomes;
    private final List<RegisterStoryView> stories;
    private final String confidence;
    private final String entryDataHref;
    private final String publishedVersionsText;
    private final String previewFrameHref;

    private RegisterEntryView(Builder b) {
        this.chrome = b.chrome;
        this.preview = b.preview;
        this.issueKey = b.issueKey == null ? "" : b.issueKey;
        this.issueHref = b.issueHref == null ? "" : b.issueHref;
        this.canPublish = b.canPublish;
        this.canWithdraw = b.canWithdraw;
        this.refusal = b.refusal == null ? "" : b.refusal;
        this.storyChoices = List.copyOf(b.storyChoices);
        this.number = b.number;
        this.version = b.version;
        this.publishedOn = b.publishedOn == null ? "" : b.publishedOn;
        this.latest = b.latest;
        this.versions = List.copyOf(b.versions);
        this.withdrawn = b.withdrawn;
        this.withdrawnOn = b.withdrawnOn == null ? "" : b.withdrawnOn;
        this.withdrawalReason = b.withdrawalReason == null ? "" : b.withdrawalReason;
        this.title = b.title == null ? "" : b.title;
        this.outcomeLabel = b.outcomeLabel == null ? "" : b.outcomeLabel;
        this.outcomeCode = b.outcomeCode == null ? "" : b.outcomeCode;
        this.closingNote = b.closingNote == null ? "" : b.closingNote;
        this.departments = b.departments == null ? "" : b.departments;
        this.startedOn = b.startedOn == null ? "" : b.startedOn;
        this.closedOn = b.closedOn == null ? "" : b.closedOn;
        this.hypothesis = List.copyOf(b.hypothesis);
        this.method = b.method == null ? "" : b.method;
        this.methodDetails = b.methodDetails == null ? "" : b.methodDetails;
        this.hasPlan = b.hasPlan;
        this.planLate = b.planLate;
        this.planRegisteredOn = b.planRegisteredOn == null ? "" : b.planRegisteredOn;
        this.planRegisteredBy = b.planRegisteredBy == null ? "" : b.planRegisteredBy;
        this.plan = List.copyOf(b.plan);
        this.deviations = List.copyOf(b.deviations);
        this.iterations = List.copyOf(b.iterations);
        this.learnings = List.copyOf(b.learnings);
        this.outcomes = List.copyOf(b.outcomes);
        this.stories = List.copyOf(b.stories);
        this.confidence = b.confidence == null ? "" : b.confidence;
        this.entryDataHref = b.entryDataHref == null ? "" : b.entryDataHref;
        this.publishedVersionsText = b.publishedVersionsText == null ? "" : b.publishedVersionsText;
        this.previewFrameHref = b.previewFrameHref == null ? "" : b.previewFrameHref;
    }

    public RegisterChromeView getChrome() {
        return chrome;
    }

    public boolean isPreview() {
        return preview;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getIssueHref() {
        return issueHref;
    }

    public boolean isCanPublish() {
        return canPublish;
    }

    public boolean isCanWithdraw() {
        return canWithdraw;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<OptionView> getStoryChoices() {
        return storyChoices;
    }

    public long getNumber() {
        return number;
    }

    public int getVersion() {
        return version;
    }

    public String getPublishedOn() {
        return publishedOn;
    }

    public boolean isLatest() {
        return latest;
    }

    public List<RegisterPairView> getVersions() {
        return versions;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public String getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public String getTitle() {
        return title;
    }

    public String getOutcomeLabel() {
        return outcomeLabel;
    }

    public String getOutcomeCode() {
        return outcomeCode;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public String getDepartments() {
        return departments;
    }

    public String getStartedOn() {
        return startedOn;
    }

    public String getClosedOn() {
        return closedOn;
    }

    public List<RegisterPairView> getHypothesis() {
        return hypothesis;
    }

    public String getMethod() {
        return method;
    }

    public String getMethodDetails() {
        return methodDetails;
    }

    public boolean isHasPlan() {
        return hasPlan;
    }

    public boolean isPlanLate() {
        return planLate;
    }

    public String getPlanRegisteredOn() {
        return planRegisteredOn;
    }

    public String getPlanRegisteredBy() {
        return planRegisteredBy;
    }

    public List<RegisterPairView> getPlan() {
        return plan;
    }

    public List<RegisterChangeView> getDeviations() {
        return deviations;
    }

    public List<RegisterRoundView> getIterations() {
        return iterations;
    }

    public List<RegisterPairView> getLearnings() {
        return learnings;
    }

    public List<RegisterTrendView> getOutcomes() {
        return outcomes;
    }

    public List<RegisterStoryView> getStories() {
        return stories;
    }

    public String getConfidence() {
        return confidence;
    }

    public String getEntryDataHref() {
        return entryDataHref;
    }

    public boolean isHasClosingNote() {
        return !closingNote.isEmpty();
    }

    public boolean isHasDepartments() {
        return !departments.isEmpty();
    }

    public boolean isHasStartedOn() {
        return !startedOn.isEmpty();
    }

    public boolean isHasMethod() {
        return !method.isEmpty();
    }

    public boolean isHasMethodDetails() {
        return !methodDetails.isEmpty();
    }

    public boolean isHasPlanRegisteredBy() {
        return !planRegisteredBy.isEmpty();
    }

    public boolean isHasRefusal() {
        return !refusal.isEmpty();
    }

    public boolean isHasDeviations() {
        return !deviations.isEmpty();
    }

    public boolean isHasIterations() {
        return !iterations.isEmpty();
    }

    public boolean isHasLearnings() {
        return !learnings.isEmpty();
    }

    public boolean isHasOutcomes() {
        return !outcomes.isEmpty();
    }

    public boolean isHasStories() {
        return !stories.isEmpty();
    }

    public boolean isHasStoryChoices() {
        return !storyChoices.isEmpty();
    }

    public boolean isHasVersions() {
        return !versions.isEmpty();
    }

    /** The address of the public page's preview, shown in a frame on the publish page. */
    public String getPreviewFrameHref() {
        return previewFrameHref;
    }

    public String getPublishedVersionsText() {
        return publishedVersionsText;
    }

    /** Fills the view field by field. */
    static final class Builder {
        RegisterChromeView chrome;
        boolean preview;
        String issueKey;
        String issueHref;
        boolean canPublish;
        boolean canWithdraw;
        String refusal;
        List<OptionView> storyChoices = List.of();
        long number;
        int version;
        String publishedOn;
        boolean latest;
        List<RegisterPairView> versions = List.of();
        boolean withdrawn;
        String withdrawnOn;
        String withdrawalReason;
        String title;
        String outcomeLabel;
        String outcomeCode;
        String closingNote;
        String departments;
        String startedOn;
        String closedOn;
        List<RegisterPairView> hypothesis = List.of();
        String method;
        String methodDetails;
        boolean hasPlan;
        boolean planLate;
        String planRegisteredOn;
        String planRegisteredBy;
        List<RegisterPairView> plan = List.of();
        List<RegisterChangeView> deviations = List.of();
        List<RegisterRoundView> iterations = List.of();
        List<RegisterPairView> learnings = List.of();
        List<RegisterTrendView> outcomes = List.of();
        List<RegisterStoryView> stories = List.of();
        String confidence;
        String entryDataHref;
        String publishedVersionsText;
        String previewFrameHref;

        RegisterEntryView build() {
            return new RegisterEntryView(this);
        }
    }
}
