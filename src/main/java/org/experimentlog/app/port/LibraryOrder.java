package org.experimentlog.app.port;

import org.experimentlog.domain.Coded;

/** How the learning library orders what it found. */
public enum LibraryOrder implements Coded {
    /** Newest first. */
    NEWEST("newest"),
    /**
     * Most of the search words first, then newest first; without words the same as {@link #NEWEST}.
     */
    RELEVANCE("relevance");

    private final String code;

    LibraryOrder(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
