package org.experimentlog.web.ui.failures;

import java.util.List;

/** A story page: the blameless account and what readers did with it, decided in Java. Immutable. */
public final class FailureStoryView {
    private final String baseUrl;
    private final String apiUrl;
    private final String id;
    private final String title;
    private final String whatWeTried;
    private final String whatHappened;
    private final String whatWeLearned;
    private final String whatWeWillDoDifferently;
    private final String otherFactors;
    private final List<String> factorLabelKeys;
    private final String impactLabelKey;
    private final String issueKey;
    private final String issueUrl;
    private final boolean issueHidden;
    private final String authorName;
    private final String authorAvatarUrl;
    private final String sharedOn;
    private final boolean toEveryone;
    private final List<String> departmentNames;
    private final String helpedKey;
    private final String helpedCount;
    private final boolean canMarkHelped;
    private final boolean canEdit;
    private final boolean marked;
    private final List<AppliedInView> applied;

    private FailureStoryView(Builder b) {
        this.baseUrl = b.baseUrl;
        this.apiUrl = b.apiUrl;
        this.id = b.id;
        this.title = b.title;
        this.whatWeTried = b.whatWeTried;
        this.whatHappened = b.whatHappened;
        this.whatWeLearned = b.whatWeLearned;
        this.whatWeWillDoDifferently = orEmpty(b.whatWeWillDoDifferently);
        this.otherFactors = orEmpty(b.otherFactors);
        this.factorLabelKeys = List.copyOf(b.factorLabelKeys);
        this.impactLabelKey = b.impactLabelKey;
        this.issueKey = orEmpty(b.issueKey);
        this.issueUrl = orEmpty(b.issueUrl);
        this.issueHidden = b.issueHidden;
        this.authorName = orEmpty(b.authorName);
        this.authorAvatarUrl = orEmpty(b.authorAvatarUrl);
        this.sharedOn = b.sharedOn;
        this.toEveryone = b.toEveryone;
        this.departmentNames = List.copyOf(b.departmentNames);
        this.helpedKey = helpedKey(b.helped);
        this.helpedCount = Integer.toString(b.helped);
        this.canMarkHelped = b.canMarkHelped;
        this.canEdit = b.canEdit;
        this.marked = b.marked;
        this.applied = List.copyOf(b.applied);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The i18n key of "helped N people" for this count. */
    static String helpedKey(int helped) {
        return helped == 0
                ? "experimentlog.failures.helped.none"
                : helped == 1
                        ? "experimentlog.failures.helped.one"
                        : "experimentlog.failures.helped.many";
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The story's REST address; "helpful" and "applied" are under it. */
    public String getApiUrl() {
        return apiUrl;
    }

    public String getTitle() {
        return title;
    }

    public String getWhatWeTried() {
        return whatWeTried;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public String getWhatWeLearned() {
        return whatWeLearned;
    }

    public boolean isHasWhatWeWillDoDifferently() {
        return !whatWeWillDoDifferently.isEmpty();
    }

    public String getWhatWeWillDoDifferently() {
        return whatWeWillDoDifferently;
    }

    public boolean isHasOtherFactors() {
        return !otherFactors.isEmpty();
    }

    public String getOtherFactors() {
        return otherFactors;
    }

    public List<String> getFactorLabelKeys() {
        return factorLabelKeys;
    }

    public String getImpactLabelKey() {
        return impactLabelKey;
    }

    public boolean isHasIssue() {
        return !issueKey.isEmpty();
    }

    /** The story is about an experiment the reader may not see: say so, without its key. */
    public boolean isIssueHidden() {
        return issueHidden;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getIssueUrl() {
        return issueUrl;
    }

    /** Whether an author is shown: never for an anonymous story. */
    public boolean isHasAuthor() {
        return !authorName.isEmpty();
    }

    /**
     * The address of the author's avatar; empty for an anonymous story or an author the host no
     * longer knows.
     */
    public String getAuthorAvatarUrl() {
        return authorAvatarUrl;
    }

    /** Whether the shown author has an avatar to show. */
    public boolean isHasAuthorAvatar() {
        return !authorAvatarUrl.isEmpty();
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getSharedOn() {
        return sharedOn;
    }

    public boolean isToEveryone() {
        return toEveryone;
    }

    public List<String> getDepartmentNames() {
        return departmentNames;
    }

    public String getHelpedKey() {
        return helpedKey;
    }

    public String getHelpedCount() {
        return helpedCount;
    }

    /** Whether "this helped me" is offered: to every reader but the author. */
    public boolean isCanMarkHelped() {
        return canMarkHelped;
    }

    /** The toggle's aria-pressed value. */
    public String getPressed() {
        return Boolean.toString(marked);
    }

    /** The story's id, for the REST paths the page's controls send to. */
    public String getId() {
        return id;
    }

    /** Whether the reader may edit and delete the story: its author or an administrator. */
    public boolean isCanEdit() {
        return canEdit;
    }

    public List<AppliedInView> getApplied() {
        return applied;
    }

    public boolean isHasApplied() {
        return !applied.isEmpty();
    }

    static final class Builder {
        String baseUrl;
        String apiUrl;
        String id;
        String title;
        String whatWeTried;
        String whatHappened;
        String whatWeLearned;
        String whatWeWillDoDifferently;
        String otherFactors;
        List<String> factorLabelKeys = List.of();
        String impactLabelKey;
        String issueKey;
        String issueUrl;
        boolean issueHidden;
        String authorName;
        String authorAvatarUrl;
        String sharedOn;
        boolean toEveryone;
        List<String> departmentNames = List.of();
        int helped;
        boolean canMarkHelped;
        boolean canEdit;
        boolean marked;
        List<AppliedInView> applied = List.of();

        FailureStoryView build() {
            return new FailureStoryView(this);
        }
    }
}
