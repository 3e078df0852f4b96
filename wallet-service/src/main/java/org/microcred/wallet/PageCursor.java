package org.microcred.wallet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.microcred.support.problem.ProblemException;

/**
 * Where a keyset-paged list goes on: the sort key of the last row a page held, (time, id), for lists ordered newest
 * first and then by id. The next page starts strictly after it, so rows written meanwhile never shift a page (an
 * offset would repeat or skip rows). Clients get it opaque, base64url of {@code <instant>,<id>}; they only echo it.
 */
public record PageCursor(Instant at, UUID id) {

    /** Far more than a cursor this service writes (about 60 characters): longer input is not worth decoding. */
    static final int MAX_CHARS = 200;

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at + "," + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor of a {@code cursor} parameter; null when there is none, or it is empty (the first page).
     * 400 {@code bad-cursor} for anything this class did not write.
     */
    public static PageCursor decode(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            if (text.length() > MAX_CHARS) {
                throw new IllegalArgumentException("too long");
            }
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int comma = plain.indexOf(',');
            if (comma < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new PageCursor(Instant.parse(plain.substring(0, comma)),
                    UUID.fromString(plain.substring(comma + 1)));
        } catch (RuntimeException e) {
            throw new ProblemException(400, "bad-cursor", "Bad cursor",
                    "The cursor parameter is not one this API gave out; start again without it");
        }
    }

    /**
     * One page out of {@code limit + 1} rows fetched: the extra row only says that there may be more, and the next
     * page starts after the last row kept.
     */
    public static <T> Page<T> page(List<T> fetched, int limit, Function<T, PageCursor> keyOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, keyOf.apply(items.get(limit - 1)));
    }

    /** The rows of one page, and where the next starts (null: this was the last). */
    public record Page<T>(List<T> items, PageCursor next) {
    }
}
