package org.experimentlog.web.ui.failures;

import java.util.List;

/** One story in the failures-shared feed, decided in Java. Immutable. */
public final class FailureCardView {
    private final String url;
    private final String title;
    private final boolean toEveryone;
    private final List<String> departmentNames;
    private final List<String> factorLabelKeys;
    private final String otherFactors;
    private final String whatWeLearned;
    private final String helpedKey;
    private final String helpedCount;
    private final String sharedOn;

    FailureCardView(
            String url,
            String title,
            boolean toEveryone,
            List<String> departmentNames,
            List<String> factorLabelKeys,
            String otherFactors,
            String whatWeLearned,
            int helped,
            String sharedOn) {
        this.url = url;
        this.title = title;
        this.toEveryone = toEveryone;
        this.departmentNames = List.copyOf(departmentNames);
        this.factorLabelKeys = List.copyOf(factorLabelKeys);
        this.otherFactors = otherFactors == null ? "" : otherFactors;
        this.whatWeLearned = whatWeLearned;
        this.helpedKey = FailureStoryView.helpedKey(helped);
        this.helpedCount = Integer.toString(helped);
        this.sharedOn = sharedOn;
    }

    /** The story page's address. */
    public String getUrl() {
        return url;
    }

    public String getTitle() {
        return title;
    }

    public boolean isToEveryone() {
        return toEveryone;
    }

    public List<String> getDepartmentNames() {
        return departmentNames;
    }

    public List<String> getFactorLabelKeys() {
        return factorLabelKeys;
    }

    public boolean isHasOtherFactors() {
        return !otherFactors.isEmpty();
    }

    public String getOtherFactors() {
        return otherFactors;
    }

    public String getWhatWeLearned() {
        return whatWeLearned;
    }

    /** The i18n key of "helped N people", chosen for the count (none, one, many). */
    public String getHelpedKey() {
        return helpedKey;
    }

    public String getHelpedCount() {
        return helpedCount;
    }

    public String getSharedOn() {
        return sharedOn;
    }
}
