package org.experimentlog.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.DomainException;
import org.experimentlog.domain.Phrase;

/**
 * The sentences of the API's error bodies in the reader's language, as the pages use it: a domain
 * failure's key and arguments looked up in the i18n bundles, each {@link Phrase} argument (a
 * field's label, a stage) translated first and a list of them joined by commas. Where a bundle
 * lacks a key, the English text is used, so an error always has a message.
 */
final class ErrorText {
    private final I18nResolver i18n;
    private final UserDirectory users;

    ErrorText(I18nResolver i18n, UserDirectory users) {
        this.i18n = i18n;
        this.users = users;
    }

    /**
     * The failure's message for the current reader; its English message when it has no key or the
     * key is missing.
     */
    String of(DomainException exception) {
        return exception
                .key()
                .map(key -> text(key.key(), exception.getMessage(), exception.arguments()))
                .orElse(exception.getMessage());
    }

    /**
     * The text of a key of the web layer for the current reader, or {@code english} when the
     * bundles lack it.
     */
    String text(String key, String english, Object... arguments) {
        return text(key, english, List.of(arguments));
    }

    private String text(String key, String english, List<Object> arguments) {
        Locale locale = reader();
        Serializable[] words =
                arguments.stream()
                        .map(argument -> word(locale, argument))
                        .toArray(Serializable[]::new);
        return found(i18n.getText(locale, key, words), key, english);
    }

    private Serializable word(Locale locale, Object argument) {
        if (argument instanceof Phrase phrase) {
            return found(i18n.getText(locale, phrase.key()), phrase.key(), phrase.english());
        }
        if (argument instanceof List<?> list) {
            return list.stream()
                    .map(item -> String.valueOf(word(locale, item)))
                    .collect(Collectors.joining(", "));
        }
        return argument instanceof Serializable serializable
                ? serializable
                : String.valueOf(argument);
    }

    /** SAL answers a key it does not know with the key itself. */
    private static String found(String text, String key, String english) {
        return text == null || text.isBlank() || text.equals(key) ? english : text;
    }

    private Locale reader() {
        Locale locale = users.locale();
        return locale == null ? Locale.ENGLISH : locale;
    }
}
