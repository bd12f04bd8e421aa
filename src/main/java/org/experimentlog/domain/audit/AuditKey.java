package org.experimentlog.domain.audit;

import java.util.Locale;
import org.experimentlog.domain.Coded;

/**
 * Every sentence an audit entry can summarise a change with. The key in the i18n bundles is {@code
 * experimentlog.audit.} and the code; the pattern is the English text in MessageFormat form (an
 * apostrophe is written {@code ''}), and the English bundle holds the same text, so the English
 * summary stored with an entry reads as an English reader sees it. The arguments are data (titles,
 * issue keys), numbers and dates formatted in the reader's language, and words of a closed
 * vocabulary translated by their own key (see {@link AuditText}). A test walks these constants and
 * checks both bundles; the stored code is pinned by a test too.
 */
public enum AuditKey implements Coded {
    EXPERIMENT_OPENED("Opened the experiment on {0}."),
    HYPOTHESIS_EDITED("Edited the hypothesis of {0}."),
    PLAN_EDITED("Edited the method, sample size, departments and outcomes of {0}."),
    EXPERIMENT_MOVED("Moved {0} to {1}."),
    EXPERIMENT_CONCLUDED("Concluded {0}."),
    EXPERIMENT_CONCLUDED_AS("Concluded {0} as {1}."),
    EXPERIMENT_ABANDONED("Abandoned {0}."),
    EXPERIMENT_REOPENED("Reopened {0} (back to {1}): {2}"),
    EXPERIMENT_DELETED_WITH_ISSUE(
            "Deleted the experiment of {0} with its issue{1,choice,0#.|1#; 1 failure story keeps"
                    + " its text without the link.|1<; {1,number,integer} failure stories keep their"
                    + " text without the link.}"),
    PLAN_REGISTERED("Registered the plan of {0}."),
    PLAN_DEVIATED(
            "Changed the registered plan of {0} (version {1,number,integer}: {2}). Reason: {3}"),
    ITERATION_ADDED("Added iteration {0,number,integer} to {1}."),
    ITERATION_EDITED("Edited iteration {0,number,integer} of {1}."),
    ITERATION_DECIDED("Edited iteration {0,number,integer} of {1} (decision: {2})."),
    ITERATION_DELETED("Deleted iteration {0,number,integer} of {1} with its results."),
    RESULT_RECORDED("Recorded the {0} result \"{1}\" in iteration {2,number,integer} of {3}."),
    RESULT_REVISED("Revised the result \"{0}\" of {1}."),
    RESULT_DELETED("Deleted the result \"{0}\" of {1}."),
    LEARNING_ADDED("Added a learning to {0}."),
    LEARNING_EDITED("Edited a learning of {0}."),
    LEARNING_DELETED("Deleted a learning of {0}."),
    PUBLISHED("Published {0} in the public register as number {1}."),
    PUBLISHED_VERSION(
            "Published version {0,number,integer} of {1} in the public register as number {2}."),
    PUBLICATION_WITHDRAWN(
            "Withdrew version {0,number,integer} of {1} from the public register. Reason: {2}"),
    PUBLICATION_WITHDRAWN_ISSUE_DELETED(
            "Withdrew version {0,number,integer} of {1} from the public register. Reason: The"
                    + " experiment''s issue was deleted."),
    REGISTER_SETTINGS_CHANGED(
            "Changed the public register settings: publishing {0,choice,0#off|1#on}, licence {1},"
                    + " names {2,choice,0#not published|1#allowed}, departments {3}."),
    STORY_SHARED("Shared the story \"{0}\"."),
    STORY_EDITED("Edited the story \"{0}\"."),
    STORY_DELETED("Deleted the story \"{0}\"."),
    STORY_MARKED_HELPFUL("Marked a story as helpful."),
    STORY_UNMARKED_HELPFUL("Took back a helpful mark."),
    APPLIED_IN_RECORDED("Recorded that a story''s lesson was applied in {0}."),
    APPLIED_IN_RESTORED(
            "Restored (undoing its removal) the record that a story''s lesson was applied in {0}."),
    APPLIED_IN_REMOVED("Removed the record that a story''s lesson was applied in {0}."),
    OUTCOME_DEFINED("Defined the outcome \"{0}\"."),
    OUTCOME_CHANGED("Changed the outcome \"{0}\"."),
    OUTCOME_DELETED("Deleted the outcome \"{0}\" with its measurements."),
    MEASUREMENT_RECORDED("Recorded {0,number,#,##0.##########} {1} on {2} for \"{3}\"."),
    MEASUREMENT_RESTORED(
            "Restored (undoing its deletion) {0,number,#,##0.##########} {1} on {2} for \"{3}\"."),
    MEASUREMENT_CORRECTED(
            "Corrected the measurement of {0} ({1,number,#,##0.##########}) to"
                    + " {2,number,#,##0.##########} {3} on {4} for \"{5}\"."),
    MEASUREMENT_DELETED(
            "Deleted the measurement of {0} ({1,number,#,##0.##########} {2}) of \"{3}\"."),
    RETROSPECTIVE_SAVED(
            "Saved the retrospective \"{0}\" with {1,choice,0#no actions|1#1 action|1<{1,number,integer} actions}."),
    RETROSPECTIVE_DELETED("Deleted the retrospective \"{0}\"."),
    RETROSPECTIVE_ACTION_DONE("Ticked done the action \"{0}\" of the retrospective \"{1}\"."),
    RETROSPECTIVE_ACTION_REOPENED("Reopened the action \"{0}\" of the retrospective \"{1}\"."),
    DEPARTMENT_SAVED("Saved the department \"{0}\"."),
    DEPARTMENT_SAVED_WITH_GROUP("Saved the department \"{0}\" (group {1})."),
    DEFAULT_DEPARTMENT_CREATED("Created the default department \"{0}\"."),
    SETTINGS_SAVED(
            "Saved the settings (anonymous stories {0,choice,0#off|1#allowed}, new stories for"
                    + " {1,choice,0#chosen departments|1#everyone}, outcome managers {2}, confidence"
                    + " {3,number,0.0###}, {4,number,integer} own hypothesis prompts)."),
    PROJECT_OFFERED(
            "Offered the Experiment issue type in project {0}{1,choice,0#.|1# (the default issue"
                    + " type scheme, shared with other projects).}"),
    PROJECT_NOT_OFFERED(
            "Stopped offering the Experiment issue type in project {0}{1,choice,0#.|1# (the default"
                    + " issue type scheme, shared with other projects).}"),
    DATA_EXPORTED("Exported all the app''s data."),
    FOLLOWED("Follows {0} {1}"),
    UNFOLLOWED("Stopped following {0} {1}"),
    DEFAULT_FOLLOW_TURNED_OFF("Turned off following department {0} by default"),
    DEPARTMENT_FOLLOWED_BY_DEFAULT("Members follow {0} by default"),
    DEPARTMENT_NOT_FOLLOWED_BY_DEFAULT("Members no longer follow {0} by default"),
    DIGEST_PREFERENCES_SAVED("Digest {0}, language {1}"),
    DIGEST_PREFERENCES_SAVED_PROFILE_LANGUAGE("Digest {0}, language of the profile"),
    DIGESTS_SENT("Sent the digests now: {0,number,integer} mails to {1,number,integer} people");

    /** The prefix of every key in the i18n bundles. */
    public static final String PREFIX = "experimentlog.audit.";

    private final String english;

    AuditKey(String english) {
        this.english = english;
    }

    /** The stored code: the constant's name in lower case with hyphens. */
    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The key in the i18n bundles. */
    public String key() {
        return PREFIX + code();
    }

    /** The English pattern, as the English bundle holds it. */
    public String pattern() {
        return english;
    }
}
