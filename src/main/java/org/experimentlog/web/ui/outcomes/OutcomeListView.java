package org.experimentlog.web.ui.outcomes;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/** The outcomes page: the filter's choices and one row per outcome, decided in Java. Immutable. */
public final class OutcomeListView {
    private final List<OptionView> departmentOptions;
    private final List<OptionView> statusOptions;
    private final List<OutcomeRowView> rows;
    private final boolean canManage;
    private final boolean filtered;
    private final List<OptionView> kindOptions;
    private final List<OptionView> directionOptions;

    OutcomeListView(
            List<OptionView> departmentOptions,
            List<OptionView> statusOptions,
            List<OutcomeRowView> rows,
            boolean canManage,
            boolean filtered,
            List<OptionView> kindOptions,
            List<OptionView> directionOptions) {
        this.kindOptions = List.copyOf(kindOptions);
        this.directionOptions = List.copyOf(directionOptions);
        this.departmentOptions = List.copyOf(departmentOptions);
        this.statusOptions = List.copyOf(statusOptions);
        this.rows = List.copyOf(rows);
        this.canManage = canManage;
        this.filtered = filtered;
    }

    public List<OptionView> getDepartmentOptions() {
        return departmentOptions;
    }

    public List<OptionView> getStatusOptions() {
        return statusOptions;
    }

    public List<OutcomeRowView> getRows() {
        return rows;
    }

    public boolean isHasRows() {
        return !rows.isEmpty();
    }

    /** How many outcomes are shown, as text for the results summary. */
    public String getCount() {
        return Integer.toString(rows.size());
    }

    public boolean isCanManage() {
        return canManage;
    }

    /** Whether a filter narrows the list, so the empty state says so. */
    public boolean isFiltered() {
        return filtered;
    }

    /** The preset metric kinds, for the form that defines an outcome. */
    public List<OptionView> getKindOptions() {
        return kindOptions;
    }

    /**
     * Which way is better, for the form that defines an outcome; left empty, the kind's default
     * applies.
     */
    public List<OptionView> getDirectionOptions() {
        return directionOptions;
    }
}
