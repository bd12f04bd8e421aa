package org.experimentlog.domain.follow;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.UserRef;

/**
 * How a person wants their digest: how often, and in which language (their Jira profile's when none
 * is chosen).
 *
 * @param user whose
 * @param frequency daily or weekly; weekly by default
 * @param language {@code en} or {@code nl}, or empty for the profile's language
 */
public record DigestPreferences(
        UserRef user, DigestFrequency frequency, Optional<String> language) {
    /** The languages the app is written in. */
    public static final Set<String> LANGUAGES = Set.of("en", "nl");

    public DigestPreferences {
        requireNonNull(user, "user");
        requireNonNull(frequency, "frequency");
        requireNonNull(language, "language");
        language =
                language.map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .map(l -> l.toLowerCase(Locale.ROOT));
        if (language.isPresent() && !LANGUAGES.contains(language.get())) {
            throw new InvalidInputException(
                    "language", ErrorKey.DIGEST_LANGUAGE_UNKNOWN, language.get());
        }
    }

    /** What a person gets before they choose: weekly, in their profile's language. */
    public static DigestPreferences defaults(UserRef user) {
        return new DigestPreferences(user, DigestFrequency.WEEKLY, Optional.empty());
    }
}
