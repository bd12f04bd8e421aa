package org.experimentlog.domain.failure;

import org.experimentlog.domain.Fields;

/**
 * The blameless account itself.
 *
 * @param title                   a short title
 * @param whatWeTried             what we tried
 * @param whatHappened            what happened
 * @param whatWeLearned           what we learned
 * @param whatWeWillDoDifferently what we will do differently
 * @param otherFactors            contributing factors not on the fixed list; optional
 */
public record StoryText(String title, String whatWeTried, String whatHappened, String whatWeLearned,
        String whatWeWillDoDifferently, String otherFactors) {
    public static final int OTHER_FACTORS_MAX = 1_000;

    public StoryText {
        title = Fields.required("title", "The title", title, Fields.TITLE_MAX);
        whatWeTried = Fields.required("whatWeTried", "What we tried", whatWeTried, Fields.TEXT_MAX);
        whatHappened = Fields.required("whatHappened", "What happened", whatHappened, Fields.TEXT_MAX);
        whatWeLearned = Fields.required("whatWeLearned", "What we learned", whatWeLearned, Fields.TEXT_MAX);
        whatWeWillDoDifferently = Fields.optional("whatWeWillDoDifferently", "What we will do differently",
                whatWeWillDoDifferently, Fields.TEXT_MAX);
        otherFactors = Fields.optional("otherFactors", "Other factors", otherFactors, OTHER_FACTORS_MAX);
    }
}
