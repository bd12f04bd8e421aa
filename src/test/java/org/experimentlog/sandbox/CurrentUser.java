package org.experimentlog.sandbox;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who the current request (or the demo-data loader) acts as; what Jira's authentication context
 * holds.
 */
public final class CurrentUser {
    private static final ThreadLocal<String> USER = new ThreadLocal<>();
    private static final ThreadLocal<Locale> LOCALE = ThreadLocal.withInitial(() -> Locale.ENGLISH);

    private CurrentUser() {}

    public static Optional<String> name() {
        return Optional.ofNullable(USER.get());
    }

    static void set(String name) {
        USER.set(name);
    }

    static void clear() {
        USER.remove();
        LOCALE.remove();
    }

    /**
     * The language of the current request: Dutch or English, as the browser or {@code ?lang=} asks.
     */
    public static Locale locale() {
        return LOCALE.get();
    }

    static void setLocale(Locale locale) {
        LOCALE.set(locale);
    }

    /** Runs the work as this user, restoring whoever it was before. */
    public static <T> T as(String name, Supplier<T> work) {
        String before = USER.get();
        USER.set(name);
        try {
            return work.get();
        } finally {
            if (before == null) {
                USER.remove();
            } else {
                USER.set(before);
            }
        }
    }
}
