package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration only: the access level Jira 10+ enforces on a plugin's servlets and filters (and REST
 * resources): anyone, logged in or not. Artifact {@code
 * com.atlassian.annotations:atlassian-annotations} 5.x (provided by Jira). The public register's
 * servlets carry it, and the digests' unsubscribe page: its signed token, not a login, authorises
 * the one change it makes.
 *
 * <p>Package and name from Atlassian's "Preparing for secure endpoints" guide
 * (https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/),
 * which lists {@code UnrestrictedAccess} with {@code LicensedOnly} and {@code AdminOnly} in {@code
 * com.atlassian.annotations.security}; targets {TYPE, METHOD, PACKAGE} and RUNTIME retention as the
 * other two declarations assume: UNVERIFIED against the jar.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface UnrestrictedAccess {}
