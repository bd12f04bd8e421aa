package org.experimentlog.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.experimentlog.app.port.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Errors the JAX-RS runtime raises itself (unknown path, wrong method or media type) in the same
 * JSON shape, in the reader's language.
 */
@Component
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private static final String KEY = "experimentlog.error.http.";

    private final ErrorText text;

    @Inject
    public WebApplicationExceptionMapper(I18nResolver i18n, UserDirectory users) {
        this.text = new ErrorText(i18n, users);
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String message =
                switch (status) {
                    case 404 -> text.text(KEY + "404", "There is nothing at this address.");
                    case 405 -> text.text(KEY + "405", "This address does not accept that method.");
                    case 406 -> text.text(KEY + "406", "This address answers in JSON only.");
                    case 413 -> text.text(KEY + "413", "The request body is too large.");
                    case 415 ->
                            text.text(KEY + "415", "Send the request body as application/json.");
                    default ->
                            exception.getMessage() == null
                                    ? text.text(KEY + "other", "The request could not be handled.")
                                    : exception.getMessage();
                };
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(status, null, message))
                .build();
    }
}
