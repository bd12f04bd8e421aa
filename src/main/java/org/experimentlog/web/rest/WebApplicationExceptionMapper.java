package org.experimentlog.web.rest;

import jakarta.inject.Named;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors the JAX-RS runtime raises itself (unknown path, wrong method or media type) in the same JSON shape. */
@Named
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String message = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address answers in JSON only.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the request body as application/json.";
            default -> exception.getMessage() == null ? "The request could not be handled." : exception.getMessage();
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorJson.of(status, null, message))
                .build();
    }
}
