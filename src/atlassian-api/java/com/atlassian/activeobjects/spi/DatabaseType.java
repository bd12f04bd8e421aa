package com.atlassian.activeobjects.spi;

/**
 * Declaration only, and partial: the database kind reported by the Active Objects SPI.
 *
 * <p>Only {@code UNKNOWN} is declared: it is the one constant verified from the source of {@code
 * com.atlassian.activeobjects.spi.AbstractDataSourceProvider} ("always returns
 * DatabaseType#UNKNOWN"). The other constants of the real enum were not verified and are not used
 * by this plugin. Package documentation:
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/
 */
public enum DatabaseType {
    UNKNOWN
}
