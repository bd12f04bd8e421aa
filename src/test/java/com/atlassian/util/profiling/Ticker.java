package com.atlassian.util.profiling;

/** No-op stand-in for the host's profiling timer handle; see {@link Metrics}. Test scope only. */
public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
