package org.experimentlog.web.rest;

import jakarta.inject.Named;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer of this API is private to the user who asked (experiments, failure stories, reports and the
 * administrator's export), so none may be kept by a browser or a proxy: {@code Cache-Control: no-store} and
 * {@code X-Content-Type-Options: nosniff}, set by the app itself so they hold on any host.
 */
@Named
@Provider
public class PrivateAnswers implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
