package org.experimentlog.domain.failure;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/**
 * The blameless account itself.
 *
 * @param title a short title
 * @param whatWeTried what we tried
 * @param whatHappened what happened
 * @param whatWeLearned what we learned
 * @param whatWeWillDoDifferently what we will do differently
 * @param otherFactors contributing factors not on the fixed list; optional
 */
public record StoryText(
        String title,
        String whatWeTried,
        String whatHappened,
        String whatWeLearned,
        String whatWeWillDoDifferently,
        String otherFactors) {
    public static final int OTHER_FACTORS_MAX = 1_000;

    public StoryText {
        title = Fields.requiredName("title", FieldLabel.TITLE, title, Fields.TITLE_MAX);
        whatWeTried =
                Fields.required(
                        "whatWeTried", FieldLabel.WHAT_WE_TRIED, whatWeTried, Fields.TEXT_MAX);
        whatHappened =
                Fields.required(
                        "whatHappened", FieldLabel.WHAT_HAPPENED, whatHappened, Fields.TEXT_MAX);
        whatWeLearned =
                Fields.required(
                        "whatWeLearned",
                        FieldLabel.WHAT_WE_LEARNED,
                        whatWeLearned,
                        Fields.TEXT_MAX);
        whatWeWillDoDifferently =
                Fields.optional(
                        "whatWeWillDoDifferently",
                        FieldLabel.WHAT_WE_WILL_DO_DIFFERENTLY,
                        whatWeWillDoDifferently,
                        Fields.TEXT_MAX);
        otherFactors =
                Fields.optional(
                        "otherFactors", FieldLabel.OTHER_FACTORS, otherFactors, OTHER_FACTORS_MAX);
    }
}
