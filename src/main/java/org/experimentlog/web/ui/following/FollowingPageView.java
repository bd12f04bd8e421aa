package org.experimentlog.web.ui.following;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * The personal following page: what the reader follows, their digest settings, and what they can
 * follow next.
 */
public final class FollowingPageView {
    private final List<FollowedView> follows;
    private final List<OptionView> frequencyOptions;
    private final List<OptionView> languageOptions;
    private final List<OptionView> departmentOptions;
    private final List<OptionView> outcomeOptions;

    FollowingPageView(
            List<FollowedView> follows,
            List<OptionView> frequencyOptions,
            List<OptionView> languageOptions,
            List<OptionView> departmentOptions,
            List<OptionView> outcomeOptions) {
        this.follows = List.copyOf(follows);
        this.frequencyOptions = List.copyOf(frequencyOptions);
        this.languageOptions = List.copyOf(languageOptions);
        this.departmentOptions = List.copyOf(departmentOptions);
        this.outcomeOptions = List.copyOf(outcomeOptions);
    }

    public List<FollowedView> getFollows() {
        return follows;
    }

    public boolean isHasFollows() {
        return !follows.isEmpty();
    }

    public List<OptionView> getFrequencyOptions() {
        return frequencyOptions;
    }

    public List<OptionView> getLanguageOptions() {
        return languageOptions;
    }

    public List<OptionView> getDepartmentOptions() {
        return departmentOptions;
    }

    public List<OptionView> getOutcomeOptions() {
        return outcomeOptions;
    }
}
