package com.atlassian.beehive;

/**
 * Declaration only, complete: hands out locks that hold across the nodes of a Data Center cluster.
 * Lock names are stored in the database, so they should be constants prefixed with the plugin key.
 *
 * <p>From beehive-api 5.0.1 (decompiled; ../shared/reference/atlassian-api-reference.md §5; the
 * parameter is {@code @Nonnull}); Platform 7/8 ship the 6.x line, same API UNVERIFIED. Javadoc:
 * https://docs.atlassian.com/beehive/latest/com/atlassian/beehive/ClusterLockService.html
 */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
