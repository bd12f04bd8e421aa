package org.experimentlog.domain.audit;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.ResultKind;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.follow.DigestFrequency;
import org.experimentlog.domain.follow.FollowKind;
import org.experimentlog.domain.register.PlanPart;

/**
 * The summary of an audited change as a sentence key and its arguments, so that every reader sees
 * it in their own language. An argument is one of:
 *
 * <ul>
 *   <li>a {@link String}: data as typed or stored (a title, an issue key, a reason), shown as is;
 *   <li>a {@link Long} or {@link Double}: a number, formatted in the reader's language;
 *   <li>a {@link LocalDate}: a day, formatted in the reader's language;
 *   <li>a {@link Phrase}: a word of a closed vocabulary (a stage, a verdict), translated by its key
 *       (see {@link #word});
 *   <li>a list of phrases, translated and joined with commas.
 * </ul>
 *
 * Nothing English is baked into an argument; the author of an anonymous story never is one.
 *
 * @param key the sentence
 * @param arguments what fills it in, in the order of the sentence's {@code {0}}, {@code {1}}, …
 */
public record AuditText(AuditKey key, List<Object> arguments) {
    private static final String WORD = AuditKey.PREFIX + "word.";

    /** The vocabularies whose words may fill in a summary, by the name their keys use. */
    private static final Map<Class<? extends Coded>, String> VOCABULARIES =
            Map.of(
                    Stage.class, "stage",
                    Verdict.class, "verdict",
                    Decision.class, "decision",
                    ResultKind.class, "result-kind",
                    PlanPart.class, "plan-part",
                    FollowKind.class, "follow-kind",
                    DigestFrequency.class, "digest-frequency");

    /** "none", as a value of a setting that is not set. */
    public static final Phrase NONE = Phrase.of(WORD + "none", "none");

    /** "all", as a value of a setting that does not restrict. */
    public static final Phrase ALL = Phrase.of(WORD + "all", "all");

    public AuditText {
        requireNonNull(key, "key");
        List<Object> checked = new ArrayList<>();
        for (Object argument : requireNonNull(arguments, "arguments")) {
            checked.add(checked(argument));
        }
        arguments = List.copyOf(checked);
    }

    /** The sentence with its arguments. */
    public static AuditText of(AuditKey key, Object... arguments) {
        return new AuditText(key, Arrays.asList(arguments));
    }

    /** A word of a closed vocabulary, such as a stage, that the reader's language decides. */
    public static Phrase word(Coded value) {
        String vocabulary = VOCABULARIES.get(vocabularyOf(value));
        if (vocabulary == null) {
            throw new IllegalArgumentException(
                    "Not a vocabulary of audit summaries: " + value.getClass().getName());
        }
        return Phrase.of(WORD + vocabulary + "." + value.code(), value.code().replace('-', ' '));
    }

    /** Every word a summary can use: each value of each vocabulary, "none" and "all". */
    public static List<Phrase> words() {
        List<Phrase> words = new ArrayList<>(List.of(NONE, ALL));
        for (Class<? extends Coded> vocabulary : VOCABULARIES.keySet()) {
            for (Coded value : vocabulary.getEnumConstants()) {
                words.add(word(value));
            }
        }
        return words;
    }

    /** The summary in English, as an English reader sees it and as the log keeps it to search. */
    public String english() {
        return format(key.pattern(), Locale.ENGLISH, Phrase::english);
    }

    /**
     * The arguments for a pattern in the reader's language: numbers as numbers (the pattern formats
     * them), days formatted for the locale, phrases in the words {@code translate} gives.
     */
    public Object[] arguments(Locale locale, Function<Phrase, String> translate) {
        DateTimeFormatter days =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Object[] filled = new Object[arguments.size()];
        for (int i = 0; i < filled.length; i++) {
            Object argument = arguments.get(i);
            if (argument instanceof Phrase phrase) {
                filled[i] = translate.apply(phrase);
            } else if (argument instanceof List<?> phrases) {
                filled[i] =
                        phrases.stream()
                                .map(p -> translate.apply((Phrase) p))
                                .collect(Collectors.joining(", "));
            } else if (argument instanceof LocalDate day) {
                filled[i] = days.format(day);
            } else {
                filled[i] = argument;
            }
        }
        return filled;
    }

    /** The pattern filled in with this text's arguments for the locale. */
    public String format(String pattern, Locale locale, Function<Phrase, String> translate) {
        return new MessageFormat(pattern, locale).format(arguments(locale, translate));
    }

    private static Class<?> vocabularyOf(Coded value) {
        Class<?> type = value.getClass();
        return type.isEnum() ? type : type.getSuperclass();
    }

    private static Object checked(Object argument) {
        if (argument instanceof Integer number) {
            return number.longValue();
        }
        if (argument instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Phrase)) {
                    throw new IllegalArgumentException("A list argument holds phrases only");
                }
            }
            return List.copyOf(list);
        }
        if (argument instanceof String
                || argument instanceof Long
                || argument instanceof Double
                || argument instanceof LocalDate
                || argument instanceof Phrase) {
            return argument;
        }
        throw new IllegalArgumentException(
                "An audit argument is text, a number, a day or a phrase, not " + argument);
    }
}
