package org.experimentlog.domain.failure;

import org.experimentlog.domain.Coded;

/**
 * The fixed list of contributing factors a failure story can name. They describe conditions, never
 * people: the list is blameless by design.
 */
public enum ContributingFactor implements Coded {
    UNCLEAR_PROBLEM("unclear-problem"),
    UNTESTED_ASSUMPTION("untested-assumption"),
    USER_NEEDS_MISUNDERSTOOD("user-needs-misunderstood"),
    SCOPE_TOO_LARGE("scope-too-large"),
    TIME_PRESSURE("time-pressure"),
    MISSING_SKILLS_OR_CAPACITY("missing-skills-or-capacity"),
    TECHNICAL_CONSTRAINT("technical-constraint"),
    DATA_QUALITY("data-quality"),
    POLICY_OR_LEGAL_CONSTRAINT("policy-or-legal-constraint"),
    DEPENDENCY_OR_SUPPLIER("dependency-or-supplier"),
    COMMUNICATION_GAP("communication-gap"),
    CHANGING_PRIORITIES("changing-priorities");

    private final String code;

    ContributingFactor(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
