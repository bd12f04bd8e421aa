package org.experimentlog.domain.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;

/**
 * <em>We believe that</em> (change) <em>for</em> (audience) <em>will result in</em> (expected
 * result) <em>because</em> (reason); <em>we will know when</em> (signal, with a threshold).
 *
 * <p>Every part may be empty while the experiment is being designed; {@link #missingForStart()}
 * says what must be filled before it runs, and {@link #hints()} what would make it better.
 */
public record Hypothesis(
        String change, String audience, String expectedResult, String reason, String signal) {
    public static final int PART_MAX = 2_000;
    private static final Pattern NUMBER = Pattern.compile("\\d");

    public Hypothesis {
        change =
                Fields.optional(
                        "hypothesis.change", FieldLabel.HYPOTHESIS_CHANGE, change, PART_MAX);
        audience =
                Fields.optional(
                        "hypothesis.audience", FieldLabel.HYPOTHESIS_AUDIENCE, audience, PART_MAX);
        expectedResult =
                Fields.optional(
                        "hypothesis.expectedResult",
                        FieldLabel.HYPOTHESIS_EXPECTED_RESULT,
                        expectedResult,
                        PART_MAX);
        reason =
                Fields.optional(
                        "hypothesis.reason", FieldLabel.HYPOTHESIS_REASON, reason, PART_MAX);
        signal =
                Fields.optional(
                        "hypothesis.signal", FieldLabel.HYPOTHESIS_SIGNAL, signal, PART_MAX);
    }

    public static Hypothesis empty() {
        return new Hypothesis(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return change == null
                && audience == null
                && expectedResult == null
                && reason == null
                && signal == null;
    }

    /**
     * The fields an experiment needs before it can run; the reason is encouraged but not required.
     */
    public List<String> missingForStart() {
        List<String> missing = new ArrayList<>();
        if (change == null) {
            missing.add("hypothesis.change");
        }
        if (audience == null) {
            missing.add("hypothesis.audience");
        }
        if (expectedResult == null) {
            missing.add("hypothesis.expectedResult");
        }
        if (signal == null) {
            missing.add("hypothesis.signal");
        }
        return missing;
    }

    /** Advice that makes the hypothesis easier to test, shown next to it. */
    public List<HypothesisHint> hints() {
        List<HypothesisHint> hints = new ArrayList<>();
        if (reason == null) {
            hints.add(HypothesisHint.NO_REASON);
        }
        if (signal == null) {
            hints.add(HypothesisHint.NO_SIGNAL);
        } else if (!NUMBER.matcher(signal).find()) {
            hints.add(HypothesisHint.NO_THRESHOLD);
        }
        return hints;
    }
}
