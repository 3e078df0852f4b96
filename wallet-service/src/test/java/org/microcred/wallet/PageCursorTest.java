package org.microcred.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;

class PageCursorTest {

    @Test
    void aCursorRoundTripsAndIsUrlSafe() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-12-05T06:00:00.123456Z"), UUID.randomUUID());
        String text = cursor.encode();
        assertTrue(text.matches("[A-Za-z0-9_-]+"), text);
        assertEquals(cursor, PageCursor.decode(text));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(PageCursor.decode(null));
        assertNull(PageCursor.decode(""));
    }

    @Test
    void aMalformedCursorIs400BadCursor() {
        for (String bad : List.of(" ", "not base64!", encode("no-separator"), encode("yesterday," + UUID.randomUUID()),
                encode(Instant.now() + ",not-a-uuid"), "A".repeat(PageCursor.MAX_CHARS + 1))) {
            ProblemException e = assertThrows(ProblemException.class, () -> PageCursor.decode(bad), bad);
            assertEquals(400, e.status());
            assertTrue(e.toProblem("/x").type().endsWith("/bad-cursor"), bad);
        }
    }

    @Test
    void aPageKeepsLimitRowsAndPointsAfterTheLastWhenMoreWereFetched() {
        List<Integer> fetched = List.of(5, 4, 3);
        PageCursor.Page<Integer> page = PageCursor.page(fetched, 2, n -> new PageCursor(Instant.EPOCH.plusSeconds(n),
                new UUID(0, n)));
        assertEquals(List.of(5, 4), page.items());
        assertEquals(new PageCursor(Instant.EPOCH.plusSeconds(4), new UUID(0, 4)), page.next());

        PageCursor.Page<Integer> last = PageCursor.page(List.of(2, 1), 2, n -> new PageCursor(Instant.EPOCH,
                new UUID(0, n)));
        assertEquals(List.of(2, 1), last.items());
        assertNull(last.next());
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
