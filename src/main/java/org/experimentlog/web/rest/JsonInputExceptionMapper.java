package org.experimentlog.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.FieldLabel;
import org.springframework.stereotype.Component;

/**
 * A body that is not the JSON we expect is the client's mistake: 400, naming the field where
 * Jackson knows it (a number sent as text, a list sent as an object), never a 500. The message is
 * in the reader's language.
 */
@Component
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    private static final String KEY = "experimentlog.error.body.";

    /**
     * What each kind of expected value is called in English; the bundles have {@code
     * …body.expected.<kind>}.
     */
    private static final Map<String, String> ENGLISH =
            Map.of(
                    "other",
                    "another value",
                    "number",
                    "a number",
                    "boolean",
                    "true or false",
                    "text",
                    "text",
                    "list",
                    "a list",
                    "object",
                    "an object");

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private final ErrorText text;

    @Inject
    public JsonInputExceptionMapper(I18nResolver i18n, UserDirectory users) {
        this.text = new ErrorText(i18n, users);
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String field = null;
        String message = text.text(KEY + "not-json", "The request body is not valid JSON.");
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(exception.getOriginalMessage()));
        if (duplicate.find()) {
            // STRICT_DUPLICATE_DETECTION: {"title":"a","title":"b"} is ambiguous, so it is refused,
            // not read as "b".
            field = duplicate.group(1);
            message =
                    text.text(
                            "experimentlog.error.json-duplicate-key",
                            "\""
                                    + field
                                    + "\" appears twice in the request body; send each field once.",
                            field);
        } else if (exception instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            field =
                    mapping.getPath().stream()
                            .map(
                                    ref ->
                                            ref.getFieldName() != null
                                                    ? ref.getFieldName()
                                                    : "[" + ref.getIndex() + "]")
                            .collect(Collectors.joining("."))
                            .replace(".[", "[");
            if (exception instanceof InvalidFormatException
                    || exception instanceof MismatchedInputException) {
                String expected = expected(((MismatchedInputException) exception).getTargetType());
                String kind = text.text(KEY + "expected." + expected, ENGLISH.get(expected));
                Optional<FieldLabel> label = JsonInput.label(field);
                message =
                        label.isPresent()
                                ? text.text(
                                        "experimentlog.error.field-wrong-type",
                                        label.get().english()
                                                + " has the wrong "
                                                + "type: expected "
                                                + ENGLISH.get(expected)
                                                + ".",
                                        label.get(),
                                        kind)
                                : text.text(
                                        KEY + "wrong-type",
                                        "\""
                                                + field
                                                + "\" has the wrong type: expected "
                                                + ENGLISH.get(expected)
                                                + ".",
                                        field,
                                        kind);
            } else {
                message =
                        text.text(
                                KEY + "unreadable", "\"" + field + "\" could not be read.", field);
            }
        }
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorJson.of(400, field, message))
                .build();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "other";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "object";
    }
}
