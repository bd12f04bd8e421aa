package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration only: the access level Jira 10+ enforces on a plugin's servlets and filters (and REST
 * resources): Jira administrators only. Artifact {@code
 * com.atlassian.annotations:atlassian-annotations} 5.x (provided by Jira; the release profile
 * {@code -Pjira} compiles against it).
 *
 * <p>Package and name from Atlassian's "Preparing for secure endpoints" guide
 * (https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/)
 * and from open-source Jira DC plugins that import {@code
 * com.atlassian.annotations.security.AdminOnly} on servlets and REST resources
 * (../shared/reference/plugin-anatomy.md, "Servlet/filter security"). Targets and retention are
 * assumed to match {@code UnrestrictedAccess} ({TYPE, METHOD, PACKAGE}, RUNTIME): UNVERIFIED
 * against the jar.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface AdminOnly {}
