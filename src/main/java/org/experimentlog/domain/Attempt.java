package org.experimentlog.domain;

import java.util.Locale;

/**
 * What a user tried when a rule or a permission stopped them, as the message names it: "Could not
 * edit the hypothesis: …". The web layer translates it with its key ({@code
 * experimentlog.attempt.edit-the-hypothesis}).
 */
public enum Attempt implements Phrase {
    OPEN_THE_EXPERIMENT("open the experiment"),
    EDIT_THE_HYPOTHESIS("edit the hypothesis"),
    EDIT_THE_PLAN("edit the plan"),
    MOVE_THE_EXPERIMENT("move the experiment"),
    CONCLUDE_THE_EXPERIMENT("conclude the experiment"),
    ABANDON_THE_EXPERIMENT("abandon the experiment"),
    ADD_AN_ITERATION("add an iteration"),
    EDIT_THE_ITERATION("edit the iteration"),
    RECORD_THE_RESULT("record the result"),
    RECORD_A_RESULT("record a result"),
    REVISE_THE_RESULT("revise the result"),
    DELETE_THE_RESULT("delete the result"),
    ADD_THE_LEARNING("add the learning"),
    EDIT_THE_LEARNING("edit the learning"),
    DELETE_THE_LEARNING("delete the learning"),
    CHANGE_THE_METHOD("change the method"),
    CHANGE_THE_DEPARTMENTS("change the departments"),
    CHANGE_THE_LINKED_OUTCOMES("change the linked outcomes"),
    LIST_THE_PROJECTS("list the projects"),
    OFFER_THE_EXPERIMENT_ISSUE_TYPE("offer the Experiment issue type"),
    STOP_OFFERING_THE_EXPERIMENT_ISSUE_TYPE("stop offering the Experiment issue type"),
    SAVE_THE_DEPARTMENT("save the department"),
    CREATE_THE_DEFAULT_DEPARTMENTS("create the default departments"),
    OPEN_THE_ADMINISTRATION_PAGE("open the administration page"),
    READ_THE_SETTINGS("read the settings"),
    SAVE_THE_SETTINGS("save the settings"),
    READ_THE_HISTORY("read the history"),
    READ_THE_AUDIT_LOG("read the audit log"),
    DEFINE_THE_OUTCOME("define the outcome"),
    CHANGE_THE_OUTCOME("change the outcome"),
    RECORD_THE_MEASUREMENT("record the measurement"),
    // Registered plans and the public register
    PUBLISH_THE_EXPERIMENT("publish the experiment"),
    WITHDRAW_THE_PUBLICATION("withdraw the publication"),
    CHANGE_THE_REGISTER_SETTINGS("change the register settings"),
    SEND_THE_DIGESTS("send the digests"),
    CHANGE_THE_DEFAULT_FOLLOWERS("change who follows a department by default"),
    SEE_THE_FOLLOWER_COUNTS("see how many people follow what"),
    RECORD_WHERE_THE_LESSON_WAS_APPLIED("record where the lesson was applied"),
    REOPEN_THE_EXPERIMENT("reopen the experiment"),
    DELETE_THE_ITERATION("delete the iteration"),
    CORRECT_THE_MEASUREMENT("correct the measurement"),
    DELETE_THE_MEASUREMENT("delete the measurement"),
    DELETE_THE_OUTCOME("delete the outcome");

    private final String english;

    Attempt(String english) {
        this.english = english;
    }

    @Override
    public String key() {
        return "experimentlog.attempt." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String english() {
        return english;
    }
}
