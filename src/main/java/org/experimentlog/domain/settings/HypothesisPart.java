package org.experimentlog.domain.settings;

import java.util.Arrays;
import java.util.Optional;
import org.experimentlog.domain.Coded;

/**
 * The five parts of a hypothesis that the hypothesis dialog prompts for, each with its stored code.
 */
public enum HypothesisPart implements Coded {
    /** We believe that … */
    CHANGE("change", "change"),
    /** … for … */
    AUDIENCE("audience", "audience"),
    /** … will result in … */
    EXPECTED_RESULT("expected-result", "expectedResult"),
    /** … because … */
    REASON("reason", "reason"),
    /** We will know when … */
    SIGNAL("signal", "signal");

    private final String code;
    private final String field;

    HypothesisPart(String code, String field) {
        this.code = code;
        this.field = field;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The part's name as the hypothesis fields are named in the API and the forms, e.g. {@code
     * expectedResult}.
     */
    public String field() {
        return field;
    }

    /** The part a field name names. */
    public static Optional<HypothesisPart> ofField(String field) {
        return Arrays.stream(values()).filter(p -> p.field.equals(field)).findFirst();
    }
}
