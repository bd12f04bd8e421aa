package com.atlassian.cache;

/**
 * Declaration only: computes the value of a {@link CachedReference}.
 *
 * <p>Listed in the package {@code com.atlassian.cache}:
 * https://docs.atlassian.com/atlassian-cache/2.11.0/xref/com/atlassian/cache/package-frame.html;
 * used as {@code com.atlassian.cache.Supplier<V>} by current hosts, e.g. the constructor of
 * https://docs.atlassian.com/atlassian-bamboo/12.1.3/com/atlassian/bamboo/cluster/atlassiancache/GrpcBackedCachedReference.html.
 * Its single method {@code V get()} is UNVERIFIED against the Jira 11 jar (see docs/install.md).
 */
public interface Supplier<V> {
    V get();
}
