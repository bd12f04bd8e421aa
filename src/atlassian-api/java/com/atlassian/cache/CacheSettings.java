package com.atlassian.cache;

/**
 * Declaration only: the settings a cache is created with, built by {@link CacheSettingsBuilder}.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-cache/2.4.1/apidocs/com/atlassian/cache/class-use/CacheSettings.html
 * ({@code CacheSettingsBuilder.build()} returns it; {@code CacheFactory.getCachedReference(String,
 * Supplier, CacheSettings)} takes it). No member of it is used here.
 */
public interface CacheSettings {}
