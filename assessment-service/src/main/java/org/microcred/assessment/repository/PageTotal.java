package org.microcred.assessment.repository;

import java.util.OptionalLong;

/**
 * How many rows a filter matches in all, when one page of it already says so: a page that came back short
 * ended the rows, so the total is the offset plus what it holds. Only a full page, or an empty page past the
 * start, leaves the total unknown (then a count query must answer). The queue is polled page by page with
 * filters that match a few tasks, and the count query is one more translation and round trip at every poll.
 */
final class PageTotal {

    private PageTotal() {
    }

    static OptionalLong fromPage(int offset, int limit, int returned) {
        boolean shortPage = returned < limit;
        boolean endedHere = returned > 0 || offset == 0;
        return shortPage && endedHere ? OptionalLong.of((long) offset + returned) : OptionalLong.empty();
    }
}
