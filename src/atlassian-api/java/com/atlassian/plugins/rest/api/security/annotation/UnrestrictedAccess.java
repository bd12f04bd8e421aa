package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration only: REST v2 access level for a resource class or method: everyone, including
 * anonymous users, whatever the site setting.
 *
 * <p>Name and package from Atlassian's "Preparing for secure endpoints" guide
 * (https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/)
 * and from open-source plugins compiled against Jira 10
 * (../shared/reference/atlassian-api-reference.md §7.2). Targets and retention follow {@code
 * UnrestrictedAccess}, the one whose declaration was seen ({TYPE, METHOD, PACKAGE}, RUNTIME); for
 * the others they are assumed, not verified.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface UnrestrictedAccess {}
