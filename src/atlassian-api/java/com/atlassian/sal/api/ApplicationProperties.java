package com.atlassian.sal.api;

/**
 * Declaration only: the host application's properties; only the base URL is used, for the links in
 * digests.
 *
 * <p>Implemented by the products' SAL plugins with {@code String
 * getBaseUrl(com.atlassian.sal.api.UrlMode urlMode)}
 * (https://docs.atlassian.com/atlassian-crowd/2.8.4/com/atlassian/sal/crowd/ClientPropertiesBasedApplicationProperties.html,
 * https://docs.atlassian.com/atlassian-confluence/5.7/com/atlassian/confluence/api/impl/sal/ConfluenceApplicationProperties.html);
 * interface javadoc:
 * https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/ApplicationProperties.html
 */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
