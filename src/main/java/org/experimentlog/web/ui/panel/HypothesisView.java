package org.experimentlog.web.ui.panel;

import java.util.List;

/**
 * The five parts of a hypothesis as the panel shows them, with the advice that would make it
 * testable.
 */
public final class HypothesisView {
    private final String change;
    private final String audience;
    private final String expectedResult;
    private final String reason;
    private final String signal;
    private final List<String> hintKeys;

    HypothesisView(
            String change,
            String audience,
            String expectedResult,
            String reason,
            String signal,
            List<String> hintKeys) {
        this.change = change == null ? "" : change;
        this.audience = audience == null ? "" : audience;
        this.expectedResult = expectedResult == null ? "" : expectedResult;
        this.reason = reason == null ? "" : reason;
        this.signal = signal == null ? "" : signal;
        this.hintKeys = List.copyOf(hintKeys);
    }

    public String getChange() {
        return change;
    }

    public String getAudience() {
        return audience;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public String getReason() {
        return reason;
    }

    public String getSignal() {
        return signal;
    }

    /** Whether no part is written yet. */
    public boolean isEmpty() {
        return change.isEmpty()
                && audience.isEmpty()
                && expectedResult.isEmpty()
                && reason.isEmpty()
                && signal.isEmpty();
    }

    public boolean isHasHints() {
        return !hintKeys.isEmpty();
    }

    /** The i18n keys of the advice, e.g. "no measurable threshold". */
    public List<String> getHintKeys() {
        return hintKeys;
    }
}
