package org.experimentlog.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.springframework.stereotype.Component;

/**
 * Every answer of this API is private to the user who asked (experiments, failure stories, reports
 * and the administrator's export), so none may be kept by a browser or a proxy: {@code
 * Cache-Control: no-store} and {@code X-Content-Type-Options: nosniff}, set by the app itself so
 * they hold on any host. The one exception decides it for itself: the public register's open data
 * sets its own {@code Cache-Control} (public, a few minutes), which this filter leaves as it is.
 */
@Component
@Provider
public class PrivateAnswers implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey("Cache-Control")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
