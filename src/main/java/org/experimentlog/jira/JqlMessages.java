package org.experimentlog.jira;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Locale;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.DomainException;
import org.experimentlog.domain.Phrase;

/**
 * A JQL function's validation messages in the searcher's language: a domain failure's key looked up
 * in the app's i18n bundles with its arguments, the English message where a bundle lacks the key.
 */
final class JqlMessages {
    private final I18nResolver i18n;
    private final UserDirectory users;

    JqlMessages(I18nResolver i18n, UserDirectory users) {
        this.i18n = i18n;
        this.users = users;
    }

    String of(DomainException failure) {
        if (failure.key().isEmpty()) {
            return failure.getMessage();
        }
        Locale locale = users.locale() == null ? Locale.ENGLISH : users.locale();
        Serializable[] words =
                failure.arguments().stream()
                        .map(argument -> word(locale, argument))
                        .toArray(Serializable[]::new);
        String key = failure.key().get().key();
        return found(i18n.getText(locale, key, words), key, failure.getMessage());
    }

    private Serializable word(Locale locale, Object argument) {
        if (argument instanceof Phrase phrase) {
            return found(i18n.getText(locale, phrase.key()), phrase.key(), phrase.english());
        }
        return argument instanceof Serializable serializable
                ? serializable
                : String.valueOf(argument);
    }

    /** SAL answers a key it does not know with the key itself. */
    private static String found(String text, String key, String english) {
        return text == null || text.isBlank() || text.equals(key) ? english : text;
    }
}
