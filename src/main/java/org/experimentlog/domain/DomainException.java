package org.experimentlog.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A rule of the product was not met. The message is written for the person who caused it: "Could
 * not &lt;action&gt;: &lt;reason&gt;." Subclasses say which kind of failure it is, so the web layer
 * can map each kind to one HTTP status in one place.
 *
 * <p>A message built from an {@link ErrorKey} can be shown in the reader's language: the web layer
 * looks the key up in the i18n bundles with the {@link #arguments()}, translating each {@link
 * Phrase} among them. The English text stays the exception's message, for logs, tests and as the
 * fallback when a bundle lacks the key.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final ErrorKey key;
    private final transient Object[] arguments;

    /** A message in English only; the web layer shows it as it is. */
    protected DomainException(String field, String message) {
        super(message);
        this.field = field;
        this.key = null;
        this.arguments = new Object[0];
    }

    /** A message the web layer can translate; its English comes from the key's pattern. */
    protected DomainException(String field, ErrorKey key, Object... arguments) {
        super(key.english(arguments));
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The input field the message is about, in dotted form ({@code hypothesis.change}), if any. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The message's key in the i18n bundles, if it has one. */
    public Optional<ErrorKey> key() {
        return Optional.ofNullable(key);
    }

    /**
     * The values the message's pattern fills in, in order; a {@link Phrase} is translated before it
     * is filled in.
     */
    public List<Object> arguments() {
        return arguments == null
                ? List.of()
                : Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }
}
