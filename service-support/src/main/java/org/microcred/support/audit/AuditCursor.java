package org.microcred.support.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.microcred.support.problem.ProblemException;

/**
 * Where the next page of an audit list starts: below the last record's sequence number. Opaque to clients
 * (base64url of {@code audit:<seq>}); they only echo it.
 */
final class AuditCursor {

    private static final String PREFIX = "audit:";
    private static final int MAX_CHARS = 100;

    private AuditCursor() {
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for none (the first page); 400 {@code bad-cursor} for anything {@link #encode} did not write. */
    static Long decode(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            if (text.length() > MAX_CHARS) {
                throw new IllegalArgumentException("too long");
            }
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            if (!plain.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not an audit cursor");
            }
            long seq = Long.parseLong(plain.substring(PREFIX.length()));
            if (seq < 1) {
                throw new IllegalArgumentException("no such record");
            }
            return seq;
        } catch (RuntimeException e) {
            throw new ProblemException(400, "bad-cursor", "Bad cursor",
                    "The cursor parameter is not one this API gave out; start again without it");
        }
    }
}
