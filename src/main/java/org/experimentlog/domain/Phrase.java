package org.experimentlog.domain;

import java.util.Objects;

/**
 * Words the reader's language decides, used inside an error message (a field's label, a stage): the
 * bundle key the web layer translates and the English words the message falls back to.
 */
public interface Phrase {
    /** The key in the i18n bundles. */
    String key();

    /** The words in English, as they read inside an English message. */
    String english();

    /**
     * A phrase whose key is built from a stored code, such as {@code experimentlog.stage.running}.
     */
    static Phrase of(String key, String english) {
        return new Simple(key, english);
    }

    /** The plain implementation of {@link #of}. */
    record Simple(String key, String english) implements Phrase {
        public Simple {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(english, "english");
        }
    }
}
