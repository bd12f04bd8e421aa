package org.experimentlog.domain.settings;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;

/**
 * The example text an administrator sets for each hypothesis part, per language (English and
 * Dutch). A part without a text of its own uses the app's built-in example for that language.
 */
public final class HypothesisPrompts {
    /** The languages the app speaks, by ISO 639-1 code. */
    public static final List<String> LANGUAGES = List.of("en", "nl");

    /** The longest prompt: one or two sentences of help, not a manual. */
    public static final int PROMPT_MAX = 300;

    private static final HypothesisPrompts NONE = new HypothesisPrompts(Map.of());

    private final Map<String, Map<HypothesisPart, String>> prompts;

    private HypothesisPrompts(Map<String, Map<HypothesisPart, String>> prompts) {
        this.prompts = prompts;
    }

    /** No texts of its own: every part uses the built-in examples. */
    public static HypothesisPrompts none() {
        return NONE;
    }

    /**
     * The prompts given, by language code and part; a blank text means the built-in example.
     *
     * @throws InvalidInputException naming {@code hypothesisPrompts.<language>.<part>} when a
     *     language is not offered or a text is too long
     */
    public static HypothesisPrompts of(Map<String, Map<HypothesisPart, String>> texts) {
        Map<String, Map<HypothesisPart, String>> kept = new LinkedHashMap<>();
        texts.forEach(
                (language, parts) -> {
                    if (!LANGUAGES.contains(language)) {
                        throw new InvalidInputException(
                                "hypothesisPrompts." + language, ErrorKey.PROMPT_LANGUAGES);
                    }
                    Map<HypothesisPart, String> byPart = new EnumMap<>(HypothesisPart.class);
                    parts.forEach(
                            (part, text) -> {
                                String field = "hypothesisPrompts." + language + "." + part.field();
                                String value =
                                        Fields.optional(field, FieldLabel.PROMPT, text, PROMPT_MAX);
                                if (value != null) {
                                    byPart.put(part, value);
                                }
                            });
                    if (!byPart.isEmpty()) {
                        kept.put(language, Map.copyOf(byPart));
                    }
                });
        return kept.isEmpty() ? NONE : new HypothesisPrompts(Map.copyOf(kept));
    }

    /** The administrator's text for a part in a language, if there is one. */
    public Optional<String> prompt(String language, HypothesisPart part) {
        return Optional.ofNullable(prompts.getOrDefault(language, Map.of()).get(part));
    }

    /** Every text the administrator set, by language and part. */
    public Map<String, Map<HypothesisPart, String>> asMap() {
        return prompts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HypothesisPrompts that && prompts.equals(that.prompts);
    }

    @Override
    public int hashCode() {
        return prompts.hashCode();
    }

    @Override
    public String toString() {
        return "HypothesisPrompts" + prompts;
    }
}
