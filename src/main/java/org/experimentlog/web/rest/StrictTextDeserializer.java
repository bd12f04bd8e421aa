package org.experimentlog.web.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a text field that must be sent as a JSON string. Jackson turns {@code 42} or {@code true} into "42" or "true"
 * by default, which would store a client's mistake as text; this refuses it with a field-naming 400 instead.
 */
final class StrictTextDeserializer extends StdScalarDeserializer<String> {
    StrictTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            return parser.getText();
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }
}
