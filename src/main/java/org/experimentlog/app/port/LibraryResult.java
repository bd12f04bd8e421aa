package org.experimentlog.app.port;

import static java.util.Objects.requireNonNull;

/**
 * A page of the learning library, with how many learnings and stories matched in all.
 *
 * @param page the page of hits, its total the sum of both counts
 * @param learnings how many learnings matched
 * @param stories how many stories matched
 */
public record LibraryResult(Page<LibraryHit> page, int learnings, int stories) {
    public LibraryResult {
        requireNonNull(page, "page");
    }
}
