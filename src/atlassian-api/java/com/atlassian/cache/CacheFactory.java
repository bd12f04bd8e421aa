package com.atlassian.cache;

/**
 * Declaration only: creates or attaches to the host's caches by name.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/CacheFactory.html
 * and
 * https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/class-use/CachedReference.html
 * ({@code <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier,
 * CacheSettings required)}). The javadoc says the reference holds only a weak reference to the
 * supplier, so a caller keeps the supplier itself.
 */
public interface CacheFactory {
    <V> CachedReference<V> getCachedReference(
            String name, Supplier<V> supplier, CacheSettings required);
}
