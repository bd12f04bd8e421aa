package org.experimentlog.web.ui.dashboard;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * One of the app's dashboard items as its template draws it: "What we learned" or "Experiments by
 * stage", showing its figures, asking to be configured, or its configuration form. Every text that
 * depends on data is prepared here; the template only places it.
 */
public final class DashboardItemView {

    String item = "";
    String idPrefix = "";
    boolean edit;
    boolean configured;
    String errorText = "";
    String errorField = "";
    String heading = "";
    String learningsTitle = "";
    String concludedTitle = "";
    List<DashboardLearningRowView> learnings = List.of();
    List<DashboardConcludedRowView> concluded = List.of();
    List<DashboardStageRowView> stages = List.of();
    String totalText = "";
    List<DashboardChoiceGroupView> choices = List.of();
    List<OptionView> periods = List.of();
    boolean hasPeriod;
    String libraryHref = "";

    /** {@code learned} or {@code stages}. */
    public String getItem() {
        return item;
    }

    /** What makes this instance's element ids unique on a dashboard with several items. */
    public String getIdPrefix() {
        return idPrefix;
    }

    /** Whether this is the configuration form. */
    public boolean isEdit() {
        return edit;
    }

    /** Whether the item has been told what to show. */
    public boolean isConfigured() {
        return configured;
    }

    /** Why the configuration could not be read, naming the field; empty when it could. */
    public String getErrorText() {
        return errorText;
    }

    public boolean isInvalid() {
        return !errorText.isEmpty();
    }

    /** {@code scope} or {@code days}: the field the error is about. */
    public String getErrorField() {
        return errorField;
    }

    public boolean isScopeInvalid() {
        return "scope".equals(errorField);
    }

    public boolean isDaysInvalid() {
        return "days".equals(errorField);
    }

    /** What it shows, e.g. "Policy, last 90 days". */
    public String getHeading() {
        return heading;
    }

    public String getLearningsTitle() {
        return learningsTitle;
    }

    public String getConcludedTitle() {
        return concludedTitle;
    }

    public List<DashboardLearningRowView> getLearnings() {
        return learnings;
    }

    public List<DashboardConcludedRowView> getConcluded() {
        return concluded;
    }

    public boolean isNoLearnings() {
        return learnings.isEmpty();
    }

    public boolean isNoConcluded() {
        return concluded.isEmpty();
    }

    /** Whether nothing was learned or concluded in the period. */
    public boolean isNothingLearned() {
        return learnings.isEmpty() && concluded.isEmpty();
    }

    public List<DashboardStageRowView> getStages() {
        return stages;
    }

    /** Whether the scope has no experiment the viewer may see. */
    public boolean isNoExperiments() {
        return stages.stream().allMatch(s -> s.getCount() == 0);
    }

    public String getTotalText() {
        return totalText;
    }

    public List<DashboardChoiceGroupView> getChoices() {
        return choices;
    }

    public List<OptionView> getPeriods() {
        return periods;
    }

    /** Whether the item is configured with a period ("What we learned"). */
    public boolean isHasPeriod() {
        return hasPeriod;
    }

    /** The learning library, for more than the item lists. */
    public String getLibraryHref() {
        return libraryHref;
    }
}
