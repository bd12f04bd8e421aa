package org.experimentlog.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;

/**
 * The stored form of an audit summary's key and arguments: the key's code, and the arguments as a
 * JSON array whose elements keep their type, so a reader's language can format them later. Text is
 * a JSON string, a whole number a JSON integer, a decimal a JSON number with a fraction, a day
 * {@code {"day":"2026-03-01"}}, a phrase {@code {"phrase":key,"en":english}} and a list of phrases
 * {@code {"phrases":[…]}}. A value that cannot be read back (a key this version does not know, a
 * damaged array) yields no text, and the entry shows its stored English sentence.
 */
final class AuditArguments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "day";
    private static final String PHRASE = "phrase";
    private static final String ENGLISH = "en";
    private static final String PHRASES = "phrases";

    private AuditArguments() {}

    /** The arguments as stored in {@link AoAuditEntry#SUMMARY_ARGS}. */
    static String write(AuditText text) {
        ArrayNode array = JSON.createArrayNode();
        for (Object argument : text.arguments()) {
            if (argument instanceof String value) {
                array.add(value);
            } else if (argument instanceof Long value) {
                array.add(value);
            } else if (argument instanceof Double value) {
                array.add(value);
            } else if (argument instanceof LocalDate day) {
                array.addObject().put(DAY, day.toString());
            } else if (argument instanceof Phrase phrase) {
                phrase(array.addObject(), phrase);
            } else if (argument instanceof List<?> phrases) {
                ArrayNode items = array.addObject().putArray(PHRASES);
                phrases.forEach(item -> phrase(items.addObject(), (Phrase) item));
            } else {
                throw new IllegalArgumentException("Cannot store the audit argument " + argument);
            }
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store an audit summary's arguments", e);
        }
    }

    /** The text stored as a key's code and its arguments; empty when it cannot be read back. */
    static Optional<AuditText> read(String code, String json) {
        if (code == null || json == null) {
            return Optional.empty();
        }
        Optional<AuditKey> key =
                List.of(AuditKey.values()).stream().filter(k -> k.code().equals(code)).findFirst();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode array = JSON.readTree(json);
            if (array == null || !array.isArray()) {
                return Optional.empty();
            }
            List<Object> arguments = new ArrayList<>();
            for (JsonNode node : array) {
                arguments.add(argument(node));
            }
            return Optional.of(new AuditText(key.get(), arguments));
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty(); // shown as the stored English sentence
        }
    }

    private static void phrase(ObjectNode node, Phrase phrase) {
        node.put(PHRASE, phrase.key()).put(ENGLISH, phrase.english());
    }

    private static Object argument(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.has(DAY)) {
            return LocalDate.parse(node.get(DAY).asText());
        }
        if (node.has(PHRASE)) {
            return phrase(node);
        }
        if (node.has(PHRASES) && node.get(PHRASES).isArray()) {
            List<Phrase> phrases = new ArrayList<>();
            node.get(PHRASES).forEach(item -> phrases.add(phrase(item)));
            return phrases;
        }
        throw new IllegalArgumentException("Not an audit argument: " + node);
    }

    private static Phrase phrase(JsonNode node) {
        if (!node.hasNonNull(PHRASE) || !node.hasNonNull(ENGLISH)) {
            throw new IllegalArgumentException("Not a phrase: " + node);
        }
        return Phrase.of(node.get(PHRASE).asText(), node.get(ENGLISH).asText());
    }
}
