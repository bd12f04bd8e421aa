package org.experimentlog.web.ui.dashboard;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

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
