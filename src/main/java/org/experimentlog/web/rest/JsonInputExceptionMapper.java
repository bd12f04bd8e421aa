package org.experimentlog.web.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * A body that is not the JSON we expect is the client's mistake: 400, naming the field where Jackson knows it
 * (a number sent as text, a list sent as an object), never a 500.
 */
@Named
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException exception) {
        String field = null;
        String message = "The request body is not valid JSON.";
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (exception instanceof InvalidFormatException || exception instanceof MismatchedInputException) {
                message = "\"" + field + "\" has the wrong type: expected " + expected(((MismatchedInputException) exception).getTargetType()) + ".";
            } else {
                message = "\"" + field + "\" could not be read.";
            }
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorJson.of(400, field, message)).build();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
