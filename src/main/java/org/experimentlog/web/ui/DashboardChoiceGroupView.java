package org.experimentlog.web.ui;

import java.util.List;

/** A group of choices in the configuration form (departments, outcomes, projects). */
public final class DashboardChoiceGroupView {
    private final String labelKey;
    private final List<OptionView> options;

    DashboardChoiceGroupView(String labelKey, List<OptionView> options) {
        this.labelKey = labelKey;
        this.options = List.copyOf(options);
    }

    public String getLabelKey() {
        return labelKey;
    }

    public List<OptionView> getOptions() {
        return options;
    }
}
