package org.experimentlog.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every message a domain failure can show in the reader's language. The key in the i18n bundles is
 * {@code experimentlog.error.} and the constant's name in lower case with hyphens; the pattern here
 * is the English text in {@link MessageFormat} form (an apostrophe is written {@code ''}), and the
 * English bundle holds the same text, so the message reads the same whether or not the web layer
 * translates it. A test walks these constants and checks both bundles.
 */
public enum ErrorKey {
    LOG_IN("Log in to continue."),
    DEPARTMENT_ID_INVALID("\"{0}\" must be the id of a department, a positive whole number."),
    OUTCOME_ID_INVALID("\"{0}\" must be the id of an outcome, a positive whole number."),
    NO_EXPERIMENT_ISSUE_TYPE(
            "Could not change the project: there is no issue type \"{0}\" in Jira yet."),

    FAILURE_STORY_ID_NOT_POSITIVE("The id of a failure story must be positive."),
    EXPERIMENT_ID_NOT_POSITIVE("The id of an experiment must be positive."),
    LEARNING_ID_NOT_POSITIVE("The id of a learning must be positive."),
    ITERATION_ID_NOT_POSITIVE("The id of an iteration must be positive."),
    RESULT_ID_NOT_POSITIVE("The id of a result must be positive."),
    MEASUREMENT_ID_NOT_POSITIVE("The id of a measurement must be positive."),
    OUTCOME_ID_NOT_POSITIVE("The id of an outcome must be positive."),
    DEPARTMENT_ID_NOT_POSITIVE("The id of a department must be positive."),
    ISSUE_ID_NOT_POSITIVE("An issue id must be positive."),
    ACTION_ID_NOT_POSITIVE("The id of a retrospective action must be positive."),
    RETROSPECTIVE_ID_NOT_POSITIVE("The id of a retrospective must be positive."),
    USER_KEY_REQUIRED("A user key is required."),
    USER_KEY_TOO_LONG("A user key can have at most {0,number,#} characters."),
    EXPERIMENT_STAGE_NOT_NEXT(
            "Could not move the experiment from {0} to {1}: allowed next stages are {2}."),
    POSITIVE_WHOLE_NUMBER("\"{0}\" must be a positive whole number."),

    PROJECT_HAS_EXPERIMENTS(
            "Could not stop offering the Experiment issue type in {0}: the project has {1,choice,1#1 experiment|1<{1} experiments}. Move or delete them first."),
    PROJECT_SHARES_SCHEME_WITH_EXPERIMENTS(
            "Could not stop offering the Experiment issue type in {0}: it shares the "
                    + "default issue type scheme with {1}, which has {2,choice,1#1 experiment|1<{2} experiments}. Give {0} an "
                    + "issue type scheme of its own first."),
    PROJECT_ON_DEFAULT_SCHEME(
            "Could not stop offering the Experiment issue type in {0}: the project uses Jira''s "
                    + "default issue type scheme, which holds every issue type. Give {0} an issue type scheme of its own without "
                    + "Experiment (Issues, Issue type schemes) instead."),
    PROJECT_DOES_NOT_EXIST("Project {0} does not exist."),

    ADMINISTRATORS_ONLY("Could not {0}: only administrators can."),
    OUTCOME_MANAGERS_ONLY("Could not {0}: only administrators and outcome managers can."),
    EDIT_PERMISSION_MISSING("Could not {0}: you do not have permission to edit {1}."),
    EXPERIMENT_CLOSED("Could not {0}: the experiment is {1}."),

    VERSION_NEGATIVE("The version cannot be negative."),
    STALE_VERSION(
            "Could not save the {0}: someone else changed it in the meantime. Reload it to see "
                    + "their change, then apply yours again."),
    DELETED("Could not save the {0}: it was deleted."),
    LEARNING_EXPERIMENT_DELETED("Could not save the learning: its experiment was deleted."),
    FIELD_REQUIRED("{0} is required."),
    FIELD_TOO_LONG(
            "{0} can have at most {1,number,integer} characters; this has {2,number,integer}."),
    FIELD_UNSTORABLE("{0} contains a character that cannot be stored."),
    FIELD_NOT_WEB_ADDRESS("{0} must be a web address starting with http:// or https://."),
    FIELD_INVALID_WEB_ADDRESS("{0} is not a valid web address."),
    FIELD_NOT_A_NUMBER("{0} must be a number."),
    FIELD_NEGATIVE("{0} cannot be negative."),
    FIELD_BEFORE_START("{0} cannot be before the start date."),
    CODE_NOT_ONE_OF("\"{0}\" is not one of: {1}."),
    ISSUE_KEY_INVALID("\"{0}\" is not an issue key such as PERMIT-12."),
    PROJECT_KEY_INVALID("\"{0}\" is not a project key such as PERMIT."),
    PERIOD_END_BEFORE_START("The end of the period cannot be before its start."),
    PERIOD_TOO_LONG("A period can span at most ten years."),
    EXPERIMENT_ALREADY_IN_STAGE("Could not move the experiment: it is already {0}."),
    EXPERIMENT_CONCLUDE_INSTEAD(
            "Could not move the experiment: conclude it with a verdict and a learning."),
    EXPERIMENT_ABANDON_INSTEAD("Could not move the experiment: abandon it with a reason."),
    EXPERIMENT_START_NEEDS_HYPOTHESIS(
            "Could not start the experiment: complete the hypothesis first (change, audience, "
                    + "expected result and how you will know)."),
    EXPERIMENT_CONCLUDE_ALREADY("Could not conclude the experiment: it is already {0}."),
    EXPERIMENT_VERDICT_REQUIRED("Could not conclude the experiment: a verdict is required."),
    EXPERIMENT_LEARNING_REQUIRED("Could not conclude the experiment: a learning is required."),
    EXPERIMENT_ABANDON_ALREADY("Could not abandon the experiment: it is already {0}."),
    EXPERIMENT_HYPOTHESIS_KEPT(
            "Could not edit the hypothesis: a running experiment keeps a complete hypothesis."),
    EXPERIMENT_DEPARTMENTS_MAX("An experiment can involve at most {0,number,#} departments."),
    EXPERIMENT_OUTCOMES_MAX("An experiment can aim at most at {0,number,#} outcomes."),
    EXPERIMENT_OUTCOME_ONCE("Each outcome can be linked to an experiment once."),
    LEARNING_TAGS_MAX("A learning can have at most {0,number,#} tags."),
    TAG_INVALID("\"{0}\" is not a tag: use 1 to {1,number,#} letters, digits and hyphens."),
    ITERATION_RATIONALE_REQUIRED("Could not record the decision: say why the team decided to {0}."),
    ITERATIONS_MAX("An experiment can have at most {0,number,#} iterations."),
    PLANNED_SHARE_RANGE(
            "The planned share of the variant must be between 0 and 1, such as 0.5 for an even split."),
    GROUP_NEEDS_ONE("The {0} group needs at least one participant."),
    GROUP_TOO_LARGE("The size of the {0} group is implausibly large."),
    GROUP_MORE_SUCCESSES(
            "The {0} group cannot have more successes ({1,number,#}) than participants ({2,number,#})."),
    GROUP_NEEDS_TWO("The {0} group needs at least 2 participants to compare means."),
    GROUP_SD_NEGATIVE("The standard deviation of the {0} group cannot be negative."),
    OUTCOME_TARGET_DATE_ORDER("The target date must be after the baseline date."),
    OUTCOME_TARGET_HIGHER(
            "The target must be higher than the baseline, because higher is better for this metric."),
    OUTCOME_TARGET_LOWER(
            "The target must be lower than the baseline, because lower is better for this metric."),
    MEASUREMENT_IN_FUTURE("Could not record the measurement: its date is in the future."),
    STORY_FACTORS_REQUIRED(
            "Name at least one contributing factor, or describe one in your own words."),
    STORY_EDIT_DENIED("Could not edit the story: only its author and administrators can."),
    STORY_ANONYMOUS_OFF(
            "Could not share the story anonymously: your administrator has turned anonymous stories off."),
    STORY_HELPED_OWN("Could not mark the story: you shared it yourself."),
    STORY_HELPED_ALREADY("Could not mark the story: you marked it already."),
    STORY_DELETE_DENIED("Could not delete the story: only its author and administrators can."),
    STORY_NOT_FOUND("Story {0} does not exist or you do not have permission to see it."),
    AUDIENCE_DEPARTMENTS_REQUIRED(
            "Choose at least one department, or share the story with everyone."),
    AUDIENCE_DEPARTMENTS_MAX("A story can be shared with at most {0,number,#} departments."),
    AUDIENCE_NOT_BOTH("Share the story with everyone or with chosen departments, not both."),
    SCOPE_EVERYTHING_NO_VALUE("The scope \"everything\" takes no value."),
    SCOPE_CHOOSE_PROJECT("Choose a project for the retrospective."),
    SCOPE_CHOOSE_DEPARTMENT("Choose a department for the retrospective."),
    SCOPE_CHOOSE_OUTCOME("Choose an outcome for the retrospective."),
    SCOPE_NOT_AN_ID("\"{0}\" is not an id."),
    RETROSPECTIVE_ACTIONS_MAX("A retrospective can have at most {0,number,#} actions."),
    PROMPT_LANGUAGES("The hypothesis prompts can be set in English (en) and Dutch (nl) only."),
    ISSUE_NOT_FOUND("Issue {0} does not exist or you do not have permission to see it."),
    ISSUE_HAS_NO_EXPERIMENT("Issue {0} has no experiment yet."),
    ISSUE_NOT_AN_EXPERIMENT(
            "Could not open the experiment: {0} is not an issue of type Experiment."),
    EXPERIMENT_ALREADY_OPEN("Could not open an experiment: issue {0} already has one."),
    PROJECT_NOT_FOUND("Project {0} does not exist or you do not have permission to see it."),
    EXPERIMENTS_PROJECT_NOT_FOUND(
            "Could not list the experiments: project {0} does not exist or you do not have "
                    + "permission to see it."),
    ITERATION_NOT_PART("Iteration {0} is not part of {1}."),
    RESULT_NOT_PART("Result {0} is not part of {1}."),
    LEARNING_NOT_PART("Learning {0} is not part of {1}."),
    LEARNING_KEEP_ONE(
            "Could not delete the learning: a concluded experiment keeps at least one learning."),
    DEPARTMENT_NOT_FOUND("Department {0} does not exist."),
    OUTCOME_NOT_FOUND("Outcome {0} does not exist."),
    RETROSPECTIVE_NOT_FOUND("Retrospective {0} does not exist."),
    DEPARTMENT_EXISTS("Could not save the department: \"{0}\" already exists."),
    DEPARTMENT_NO_GROUP("Could not save the department: there is no group \"{0}\"."),
    SETTINGS_NO_GROUP("Could not save the settings: there is no group \"{0}\"."),
    LESSON_NO_EXPERIMENT("Issue {0} has no experiment to record the lesson in."),
    LINK_NO_EXPERIMENT("Issue {0} has no experiment to link the story to."),
    LINK_ITERATION_WITHOUT_EXPERIMENT(
            "An iteration can only be linked together with its experiment."),
    RETROSPECTIVE_CHANGE_DENIED(
            "Could not save the retrospective: only the person who recorded it and administrators "
                    + "can change it."),
    RETROSPECTIVE_OWNER_UNKNOWN("Could not save the retrospective: no user logs in as \"{0}\"."),
    EXPORT_DENIED("Could not export the data: only administrators can."),
    SEARCH_TEXT_TOO_LONG(
            "Could not search the learnings: the text can have at most {0,number,#} characters."),
    SEARCH_PERIOD_ORDER("Could not search the learnings: the period ends before it starts."),
    FILTER_TEXT_TOO_LONG(
            "Could not filter the stories: the text can have at most {0,number,#} characters."),
    TAG_PREFIX_TOO_LONG(
            "Could not suggest tags: the prefix can have at most {0,number,#} characters."),
    PAGE_START_NEGATIVE("startAt cannot be negative."),
    PAGE_SIZE_RANGE("maxResults must be between 1 and {0,number,#}."),
    VALUE_REQUIRED("\"{0}\" is required."),
    VALUE_NOT_A_DATE("\"{0}\" must be a date such as 2026-03-02."),
    VALUE_NOT_A_WHOLE_NUMBER("\"{0}\" must be a whole number."),
    PERIOD_BOTH_OR_NEITHER("Give both \"from\" and \"to\", or neither for the current quarter."),
    REPORT_FORMAT("\"format\" must be json, markdown or csv."),

    // The JQL functions: a value that names no stage, verdict, outcome, department or tag, or the
    // wrong number of them.
    JQL_STAGE_UNKNOWN("Could not search the experiments: \"{0}\" is not a stage. Use one of: {1}."),
    JQL_VERDICT_UNKNOWN(
            "Could not search the experiments: \"{0}\" is not a verdict. Use one of: {1}."),
    JQL_OUTCOME_UNKNOWN(
            "Could not search the experiments: there is no outcome with the id or title \"{0}\"."),
    JQL_DEPARTMENT_UNKNOWN("Could not search the experiments: there is no department \"{0}\"."),
    JQL_TAG_INVALID(
            "Could not search the experiments: \"{0}\" is not a tag. Use 1 to {1,number,#} letters, digits "
                    + "and hyphens."),
    JQL_ONE_VALUE(
            "Could not search the experiments: {0} takes exactly one value, such as {0}(\"{1}\")."),
    // Registered plans and the public register
    SAMPLE_SIZE_RANGE("{0} must be a whole number from 1 to {1,number,#}."),
    DEVIATION_REASON_REQUIRED(
            "Could not change the registered plan: give the reason for the change."),
    PUBLICATION_ALREADY_WITHDRAWN("Could not withdraw the publication: it was withdrawn already."),
    PUBLISHING_OFF(
            "Could not publish the experiment: publishing is switched off by the administrator."),
    PUBLISH_NOT_CLOSED(
            "Could not publish the experiment: it is {0}; only a concluded or abandoned experiment can be published."),
    PUBLISH_DEPARTMENT_NOT_ALLOWED(
            "Could not publish the experiment: none of its departments may publish."),
    PUBLISH_STORY_NOT_ALLOWED(
            "Could not publish the failure story {0}: only a story about this experiment that is shared with everyone can be published."),
    PUBLICATION_NONE("Could not withdraw: {0} has no publication that is still public."),
    REGISTER_ENTRY_NOT_FOUND("There is no published experiment {0}."),
    REGISTER_FORMAT("\"format\" must be json or csv."),
    FOLLOW_ID_INVALID(
            "\"{0}\" must be the id of a department or an outcome, a positive whole number."),
    FOLLOW_DEPARTMENT_UNKNOWN("Could not follow the department: there is no department {0}."),
    FOLLOW_OUTCOME_UNKNOWN("Could not follow the outcome: there is no outcome {0}."),
    FOLLOW_PROJECT_HIDDEN("Could not follow the project: there is no project {0} you may browse."),
    FOLLOW_LIMIT("Could not follow it: you can follow at most {0,number,#} things."),
    DIGEST_LANGUAGE_UNKNOWN(
            "\"{0}\" is not a language of the app: choose en or nl, or none for your profile''s."),
    UNSUBSCRIBE_LINK_INVALID(
            "This unsubscribe link is not valid: it may have been cut off. Open the following page to stop following."),
    DIGESTS_ALREADY_RUNNING(
            "Could not send the digests: they are being sent right now. Try again in a minute."),
    // Trust in the record (issue 11)
    CONCURRENT_WRITE(
            "Could not save: others were saving the same record at the same moment. Try again."),
    JSON_DUPLICATE_KEY("\"{0}\" appears twice in the request body; send each field once."),
    LIST_TOO_LONG("{0} can have at most {1,number,integer} entries; this has {2,number,integer}."),
    LIST_REPEATS("{0} names \"{1}\" more than once."),
    FIELD_BIDI_CONTROL(
            "{0} contains an invisible character that changes the direction of the text; remove it."),
    FIELD_TOO_LARGE("{0} is too large to store: use a number between -{1} and {1}."),
    FIELD_PERCENTAGE_RANGE("{0} is a percentage: use a number from 0 to 100."),
    FIELD_DATE_TOO_EARLY("{0} cannot be before {1}."),
    MEASUREMENT_SAME_DAY(
            "Could not record the measurement: there is already one on {0} (value {1}). Correct that "
                    + "measurement instead."),
    MEASUREMENT_NOT_FOUND("There is no measurement {0} of this outcome."),
    OUTCOME_LINKED(
            "Could not delete the outcome: {0,choice,1#1 experiment aims|1<{0} experiments aim} to move it. "
                    + "Archive it instead."),
    EXPERIMENT_NOT_CLOSED(
            "Could not reopen the experiment: it is {0}, not concluded or abandoned."),
    REOPEN_REASON_REQUIRED("Could not reopen the experiment: say why it is reopened."),
    ITERATION_NOT_LAST("Could not delete iteration {0}: only the last iteration can be deleted."),
    APPLIED_IN_TWICE("The lesson is already recorded as applied in {0}."),
    APPLIED_IN_NOT_FOUND("There is no record that the lesson was applied in {0}."),
    APPLIED_IN_DELETE_DENIED(
            "Could not remove the record: only the person who recorded it and administrators can."),
    RETROSPECTIVE_HOLD_DENIED(
            "Could not save the retrospective: on this scope only {0} may hold retrospectives."),
    RETROSPECTIVE_ACTION_DENIED(
            "Could not change the action: only its owner, the person who recorded the "
                    + "retrospective and administrators can."),
    ACTION_NOT_FOUND("There is no action {0} in this retrospective."),
    FIELD_NOT_A_DATE("{0} must be a date such as 2026-03-02."),
    FIELD_WRONG_TYPE("{0} has the wrong type: expected {1}.");

    private final String english;

    ErrorKey(String english) {
        this.english = english;
    }

    /** The key in the i18n bundles. */
    public String key() {
        return "experimentlog.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The English pattern, as the English bundle holds it. */
    public String pattern() {
        return english;
    }

    /** A phrase's English words; a list of values as their English joined with commas. */
    private static Object englishOf(Object argument) {
        if (argument instanceof Phrase phrase) {
            return phrase.english();
        }
        if (argument instanceof List<?> list) {
            return list.stream()
                    .map(item -> String.valueOf(englishOf(item)))
                    .collect(Collectors.joining(", "));
        }
        return argument;
    }

    /**
     * The English message with these arguments filled in; a {@link Phrase} is filled in with its
     * English words, a list with its items' English joined by commas.
     */
    public String english(Object... arguments) {
        Object[] words = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            words[i] = englishOf(arguments[i]);
        }
        return new MessageFormat(english, Locale.ENGLISH).format(words);
    }
}
