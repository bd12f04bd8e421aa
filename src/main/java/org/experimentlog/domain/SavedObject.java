package org.experimentlog.domain;

import java.util.Locale;

/**
 * The kinds of object a user saves, as messages about saving them name them ("Could not save the
 * story: …").
 */
public enum SavedObject implements Phrase {
    EXPERIMENT,
    ITERATION,
    RESULT,
    LEARNING,
    OUTCOME,
    DEPARTMENT,
    STORY,
    RETROSPECTIVE,
    SETTINGS,
    VERSION,
    MEASUREMENT;

    @Override
    public String key() {
        return "experimentlog.object." + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String english() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this English name; unknown names keep their English words, untranslated. */
    public static Phrase named(String what) {
        for (SavedObject value : values()) {
            if (value.english().equals(what)) {
                return value;
            }
        }
        return Phrase.of("experimentlog.object." + what, what);
    }
}
