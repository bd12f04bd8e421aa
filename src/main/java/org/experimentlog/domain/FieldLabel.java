package org.experimentlog.domain;

import java.util.Locale;

/**
 * How a message names an input field: "The title is required." The web layer translates the label
 * with its key ({@code experimentlog.field.title}); the English words are used in the English
 * message and as the fallback.
 */
public enum FieldLabel implements Phrase {
    ISSUE_KEY("The issue key"),
    OUTCOME("The outcome"),
    DEPARTMENTS("The departments"),
    OUTCOMES("The outcomes"),
    TAGS("The tags"),
    RESULT("The result"),
    STORY("The story"),
    FACTORS("The contributing factors"),
    LEARNING("The learning"),
    ITERATION("The iteration"),
    RETROSPECTIVE("The retrospective"),
    TARGET_STAGE("The target stage"),
    HYPOTHESIS("The hypothesis"),
    SCOPE("The scope"),
    PERIOD("The period"),
    IMPACT("The impact"),
    AUDIENCE("The audience"),
    TITLE("The title"),
    WHAT_WE_TRIED("What we tried"),
    WHAT_HAPPENED("What happened"),
    WHAT_WE_LEARNED("What we learned"),
    WHAT_WE_WILL_DO_DIFFERENTLY("What we will do differently"),
    OTHER_FACTORS("Other factors"),
    NOTE("The note"),
    HYPOTHESIS_CHANGE("The change (we believe that\u2026)"),
    HYPOTHESIS_AUDIENCE("The audience (for\u2026)"),
    HYPOTHESIS_EXPECTED_RESULT("The expected result (will result in\u2026)"),
    HYPOTHESIS_REASON("The reason (because\u2026)"),
    HYPOTHESIS_SIGNAL("The signal (we will know when\u2026)"),
    ITERATION_CHANGE("What changed in this iteration"),
    END_DATE("The end date"),
    START_DATE("The start date"),
    REOPEN_REASON("The reason for reopening"),
    RATIONALE("The rationale"),
    RESULT_TITLE("What was measured"),
    RESULT_KIND("The kind of result"),
    VALUE_BEFORE("The value before"),
    VALUE_AFTER("The value after"),
    UNIT("The unit"),
    PLANNED_VARIANT_SHARE("The planned share of the variant"),
    CONTROL_SIZE("The size of the control group"),
    VARIANT_SIZE("The size of the variant group"),
    CONTROL_CONVERSIONS("The successes in the control group"),
    VARIANT_CONVERSIONS("The successes in the variant group"),
    CONTROL_MEAN("The mean of the control group"),
    VARIANT_MEAN("The mean of the variant group"),
    CONTROL_SD("The standard deviation of the control group"),
    VARIANT_SD("The standard deviation of the variant group"),
    FINDING("The finding"),
    EVIDENCE_LINK("The evidence link"),
    METHOD_DETAILS("The method details"),
    CLOSING_NOTE("The closing note"),
    ABANDON_REASON("Could not abandon the experiment: the reason"),
    STATEMENT("What was learned"),
    PROMPT("The prompt"),
    OUTCOME_MANAGER_GROUP("The outcome manager group"),
    OUTCOME_TITLE("The outcome title"),
    DESCRIPTION("The description"),
    METRIC("The metric"),
    BASELINE("The baseline"),
    TARGET("The target"),
    BASELINE_DATE("The date of the baseline"),
    TARGET_DATE("The target date"),
    OWNER_DEPARTMENT("The owning department"),
    STATUS("The status"),
    VALUE("The value"),
    MEASURED_ON("The date of the measurement"),
    DEPARTMENT_NAME("The department name"),
    GROUP_NAME("The Jira group"),
    ACTION("The action"),
    NOTES("The notes"),
    // Registered plans and the public register
    DEVIATION_REASON("The reason for changing the registered plan"),
    PLANNED_SAMPLE_SIZE("The planned sample size"),
    WITHDRAWAL_REASON("The reason for withdrawing"),
    LICENCE("The licence"),
    ORGANISATION("The organisation name"),
    LOGO_TEXT("The logo text"),
    STORIES("The failure stories"),
    WORDS("The words");

    private final String english;

    FieldLabel(String english) {
        this.english = english;
    }

    @Override
    public String key() {
        return "experimentlog.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String english() {
        return english;
    }
}
