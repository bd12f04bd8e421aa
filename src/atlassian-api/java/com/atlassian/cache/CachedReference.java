package com.atlassian.cache;

/**
 * Declaration only: a resettable reference to one value, held by the host's cache.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-cache/2.4.5/apidocs/com/atlassian/cache/CachedReference.html
 * ({@code V get()}, {@code void reset()}); still implemented by current hosts, e.g.
 * https://docs.atlassian.com/atlassian-bamboo/12.1.3/com/atlassian/bamboo/cluster/atlassiancache/GrpcBackedCachedReference.html
 * ({@code get()}, {@code reset()}).
 */
public interface CachedReference<V> {
    /** The value, computed by the reference's supplier when the cache holds none. */
    V get();

    /** Forgets the value (on every node, for a reference replicated by invalidation). */
    void reset();
}
