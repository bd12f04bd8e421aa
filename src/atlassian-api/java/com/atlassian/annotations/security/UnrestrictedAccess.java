package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration only: the access level Jira 10+ enforces on a plugin's servlets and filters: everyone, logged in or
 * not, irrespective of the site's anonymous-access setting. The public register's servlet carries it. Artifact {@code com.atlassian.annotations:atlassian-annotations} 5.x (provided by Jira; the release
 * profile {@code -Pjira} compiles against it).
 *
 * <p>Package and name from Atlassian's "Preparing for secure endpoints" guide
 * (https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/) and from
 * Atlassian's Slack integration for Jira 10 (atlassian-labs/atlassian-slack-integration-server, commit 03fbbed), whose
 * servlet filter carries {@code @com.atlassian.annotations.security.UnrestrictedAccess} (../shared/reference/plugin-anatomy.md, "Servlet/filter security"). Targets ({TYPE, METHOD, PACKAGE}) and RUNTIME
 * retention are assumed to match the REST v2 annotation of the same name: UNVERIFIED against the jar.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface UnrestrictedAccess {
}
