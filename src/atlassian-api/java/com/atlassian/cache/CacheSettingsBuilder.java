package com.atlassian.cache;

/**
 * Declaration only: builds {@link CacheSettings}.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/CacheSettingsBuilder.html
 * (public no-argument constructor; {@code remote()}: the cache is shared by the cluster's nodes;
 * {@code replicateViaInvalidation()} (listed in the same builder; the page cut its description): a
 * change on one node invalidates the value on the others, which then compute it again; {@code
 * build()}). That these three are unchanged in Jira 11 is UNVERIFIED (see docs/install.md). The
 * body only records the two choices, for tests; Jira's own class is used at run time.
 */
public class CacheSettingsBuilder {
    private boolean remote;
    private boolean replicateViaInvalidation;

    public CacheSettingsBuilder() {}

    public CacheSettingsBuilder remote() {
        remote = true;
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        replicateViaInvalidation = true;
        return this;
    }

    public CacheSettings build() {
        return new Built(remote, replicateViaInvalidation);
    }

    /** What was chosen: not part of the real API. */
    private record Built(boolean remote, boolean replicateViaInvalidation)
            implements CacheSettings {}
}
