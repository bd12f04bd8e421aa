package com.atlassian.util.profiling;

/**
 * No-op stand-in for the host's profiling metrics, which the Active Objects library calls around
 * every entity operation ({@code
 * Metrics.metric(name).tag(..).withAnalytics().invokerPluginKey(..).startTimer()}). Jira provides
 * the real class (atlassian-profiling); tests and the sandbox run the library outside Jira, so they
 * need this one. Test scope only: never packaged.
 */
public final class Metrics {
    private static final Builder BUILDER = new Builder();

    private Metrics() {}

    public static Builder metric(String name) {
        return BUILDER;
    }

    /** Chained configuration of a metric; every call is ignored. */
    public static final class Builder {
        private static final Ticker NO_TICKER = () -> {};

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return NO_TICKER;
        }
    }
}
