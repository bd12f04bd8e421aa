package org.experimentlog.domain;

import java.util.Optional;

/**
 * A rule of the product was not met. The message is written for the person who caused it:
 * "Could not &lt;action&gt;: &lt;reason&gt;." Subclasses say which kind of failure it is, so the web layer can
 * map each kind to one HTTP status in one place.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    protected DomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the message is about, in dotted form ({@code hypothesis.change}), if any. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
