package org.experimentlog.app.port;

import java.util.Optional;
import java.util.function.Supplier;

/** Runs work on one node of the cluster at a time. */
public interface ExclusiveRuns {
    /** Runs the work if no node is running work of this name; empty when one is. */
    <T> Optional<T> tryRun(String name, Supplier<T> work);
}
