package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * Declaration only, complete: a cluster-wide lock; {@code newCondition()} throws
 * UnsupportedOperationException in practice.
 *
 * <p>From beehive-api 5.0.1 (decompiled; ../shared/reference/atlassian-api-reference.md §5);
 * javadoc: https://docs.atlassian.com/beehive/latest/com/atlassian/beehive/ClusterLock.html
 */
public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();

    @Override
    Condition newCondition();

    @Override
    void lockInterruptibly() throws InterruptedException;
}
