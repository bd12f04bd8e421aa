package org.experimentlog.web.ui.failures;

/** A failures-shared page with nothing but text: the guide, or "not found". Immutable. */
public final class FailurePageView {
    private final String baseUrl;

    public FailurePageView(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The feed's address, to go back to. */
    public String getBaseUrl() {
        return baseUrl;
    }
}
