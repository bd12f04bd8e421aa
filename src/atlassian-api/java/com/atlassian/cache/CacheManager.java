package com.atlassian.cache;

/**
 * Declaration only: the host's cache manager, a {@link CacheFactory} (Jira offers it as a component
 * plugins import). Compiled against, never packaged; the release build uses the real {@code
 * atlassian-cache-api} that {@code jira-api} brings.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/CacheFactory.html
 * ("All Known Subinterfaces: CacheManager"). No member of its own is used here.
 */
public interface CacheManager extends CacheFactory {}
