package org.experimentlog.sandbox;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import org.experimentlog.web.rest.ErrorJson;

/**
 * Enforces the REST v2 security annotations the way Jira 10+ does: a method's annotation wins over
 * its class's; {@code @UnrestrictedAccess} and {@code @AnonymousSiteAccess} let anyone in;
 * {@code @AdminOnly} and {@code @SystemAdminOnly} need an administrator; everything else, annotated
 * {@code @LicensedOnly} or not, needs a logged-in (licensed) user.
 */
final class RestSecurityFeature implements DynamicFeature {
    private final SandboxDirectory directory;

    RestSecurityFeature(SandboxDirectory directory) {
        this.directory = directory;
    }

    private enum Level {
        ANYONE,
        LICENSED,
        ADMIN
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Level level = level(resourceInfo.getResourceMethod());
        if (level == null) {
            level = level(resourceInfo.getResourceClass());
        }
        Level required = level == null ? Level.LICENSED : level;
        if (required == Level.ANYONE) {
            return;
        }
        context.register(
                (ContainerRequestFilter)
                        request -> {
                            String user = CurrentUser.name().orElse(null);
                            if (user == null) {
                                request.abortWith(error(401, "Log in to continue."));
                            } else if (required == Level.ADMIN
                                    && !directory.isAdministrator(user)) {
                                request.abortWith(error(403, "Only administrators can do this."));
                            }
                        });
    }

    private static Level level(AnnotatedElement element) {
        if (has(element, UnrestrictedAccess.class) || has(element, AnonymousSiteAccess.class)) {
            return Level.ANYONE;
        }
        if (has(element, AdminOnly.class) || has(element, SystemAdminOnly.class)) {
            return Level.ADMIN;
        }
        if (has(element, LicensedOnly.class) || has(element, UnlicensedSiteAccess.class)) {
            return Level.LICENSED;
        }
        return null;
    }

    private static boolean has(AnnotatedElement element, Class<? extends Annotation> annotation) {
        return element.isAnnotationPresent(annotation);
    }

    private static Response error(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(status, null, message))
                .build();
    }
}
