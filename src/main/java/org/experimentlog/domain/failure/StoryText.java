package org.experimentlog.domain.failure;

import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.Problems;

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
        // every part is checked before any refusal, so a form gets all its errors at once
        Problems problems = new Problems();
        String givenTitle = title;
        String givenTried = whatWeTried;
        String givenHappened = whatHappened;
        String givenLearned = whatWeLearned;
        String givenDifferently = whatWeWillDoDifferently;
        String givenOther = otherFactors;
        title =
                problems.check(
                        () ->
                                Fields.requiredName(
                                        "title", FieldLabel.TITLE, givenTitle, Fields.TITLE_MAX));
        whatWeTried =
                problems.check(
                        () ->
                                Fields.required(
                                        "whatWeTried",
                                        FieldLabel.WHAT_WE_TRIED,
                                        givenTried,
                                        Fields.TEXT_MAX));
        whatHappened =
                problems.check(
                        () ->
                                Fields.required(
                                        "whatHappened",
                                        FieldLabel.WHAT_HAPPENED,
                                        givenHappened,
                                        Fields.TEXT_MAX));
        whatWeLearned =
                problems.check(
                        () ->
                                Fields.required(
                                        "whatWeLearned",
                                        FieldLabel.WHAT_WE_LEARNED,
                                        givenLearned,
                                        Fields.TEXT_MAX));
        whatWeWillDoDifferently =
                problems.check(
                        () ->
                                Fields.optional(
                                        "whatWeWillDoDifferently",
                                        FieldLabel.WHAT_WE_WILL_DO_DIFFERENTLY,
                                        givenDifferently,
                                        Fields.TEXT_MAX));
        otherFactors =
                problems.check(
                        () ->
                                Fields.optional(
                                        "otherFactors",
                                        FieldLabel.OTHER_FACTORS,
                                        givenOther,
                                        OTHER_FACTORS_MAX));
        problems.done();
    }
}
