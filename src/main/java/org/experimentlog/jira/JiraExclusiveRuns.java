package org.experimentlog.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import org.experimentlog.app.port.ExclusiveRuns;
import org.springframework.stereotype.Component;

/**
 * {@link ExclusiveRuns} on a cluster lock: the scheduled digest job runs once per cluster anyway,
 * but an administrator's "run now" on another node must not run beside it.
 */
@Component
final class JiraExclusiveRuns implements ExclusiveRuns {
    private final ClusterLockService locks;

    @Inject
    JiraExclusiveRuns(ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public <T> Optional<T> tryRun(String name, Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(name);
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            lock.unlock();
        }
    }
}
