package org.experimentlog.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.AccessDeniedException;
import org.experimentlog.domain.ConcurrentWriteException;
import org.experimentlog.domain.DomainException;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.NotAuthenticatedException;
import org.experimentlog.domain.NotFoundException;
import org.experimentlog.domain.RuleViolationException;
import org.experimentlog.domain.StaleVersionException;
import org.springframework.stereotype.Component;

/**
 * The one place where domain failures become HTTP statuses: 400, 401, 403, 404 or 409, with a JSON
 * body whose message is in the reader's language (English where a bundle lacks the message).
 */
@Component
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    private final ErrorText text;

    @Inject
    public DomainExceptionMapper(I18nResolver i18n, UserDirectory users) {
        this.text = new ErrorText(i18n, users);
    }

    @Override
    public Response toResponse(DomainException exception) {
        int status = statusOf(exception);
        if (exception instanceof InvalidInputException invalid && invalid.problems().size() > 1) {
            // every problem of the request, each naming its field, so a form shows them all at once
            List<ErrorJson.FieldErrorJson> errors =
                    invalid.problems().stream()
                            .map(
                                    p ->
                                            new ErrorJson.FieldErrorJson(
                                                    p.field().orElse(null), text.of(p)))
                            .toList();
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorJson(status, errors))
                    .build();
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(status, exception.field().orElse(null), text.of(exception)))
                .build();
    }

    static int statusOf(DomainException exception) {
        if (exception instanceof InvalidInputException) {
            return 400;
        }
        if (exception instanceof NotAuthenticatedException) {
            return 401;
        }
        if (exception instanceof AccessDeniedException) {
            return 403;
        }
        if (exception instanceof NotFoundException) {
            return 404;
        }
        if (exception instanceof StaleVersionException
                || exception instanceof RuleViolationException
                || exception instanceof ConcurrentWriteException) {
            return 409;
        }
        return 400;
    }
}
