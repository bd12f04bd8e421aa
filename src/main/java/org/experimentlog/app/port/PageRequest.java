package org.experimentlog.app.port;

import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/**
 * Which part of a long list to return, as Jira's REST API pages: skip {@code startAt} items, return
 * at most {@code maxResults}.
 *
 * @param startAt items to skip, zero or more
 * @param maxResults items to return, 1 to {@value #MAX_RESULTS}
 */
public record PageRequest(int startAt, int maxResults) {
    public static final int MAX_RESULTS = 500;
    public static final int DEFAULT_RESULTS = 50;

    public PageRequest {
        if (startAt < 0) {
            throw new InvalidInputException("startAt", ErrorKey.PAGE_START_NEGATIVE);
        }
        if (maxResults < 1 || maxResults > MAX_RESULTS) {
            throw new InvalidInputException("maxResults", ErrorKey.PAGE_SIZE_RANGE, MAX_RESULTS);
        }
    }

    public static PageRequest first(int maxResults) {
        return new PageRequest(0, maxResults);
    }
}
