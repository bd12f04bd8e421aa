package org.experimentlog.web.ui.panel;

/**
 * The example under each part of the hypothesis dialog, in the reader's language: the
 * administrator's text where there is one, otherwise the app's built-in example. Immutable.
 */
public final class HypothesisPromptsView {
    private final String change;
    private final String audience;
    private final String expectedResult;
    private final String reason;
    private final String signal;

    HypothesisPromptsView(
            String change, String audience, String expectedResult, String reason, String signal) {
        this.change = change;
        this.audience = audience;
        this.expectedResult = expectedResult;
        this.reason = reason;
        this.signal = signal;
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
}
