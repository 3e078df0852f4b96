package org.microcred.support.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.support.rest.CsvCell;

/**
 * The hash rule as docs/audit-trail.md states it, against a vector computed outside this code (Python:
 * {@code json.dumps(o, sort_keys=True, separators=(',', ':'), ensure_ascii=False)}, then SHA-256), so an outsider's
 * recomputation and ours agree byte for byte.
 */
class AuditHashTest {

    private static final String INPUT = "{\"action\":\"credential.revoked\",\"actorId\":\"f3c1-admin\","
            + "\"actorRoles\":[\"issuer-admin\",\"release-manager\"],\"actorType\":\"user\","
            + "\"after\":{\"n\":9007199254740991,\"reason\":\"Zoë's \\\"award\\\"\\tin error\\u0001\","
            + "\"status\":\"REVOKED\"},\"before\":{\"reason\":null,\"status\":\"ACTIVE\"},\"eventId\":null,"
            + "\"objectId\":\"7d0e5a52-0c4e-4c51-9d3b-2f7fbb0a4e11\",\"objectType\":\"credential\","
            + "\"prevHash\":\"" + "ab".repeat(32) + "\",\"recordedAt\":\"2026-12-05T17:00:00.000001Z\",\"seq\":2,"
            + "\"tenantId\":\"northbridge\",\"v\":1}";
    private static final String HASH = "f302548400e50ad938599246501a736f9de764064932ec322ef1f59301b04355";

    @Test
    void theHashIsSha256OfTheCanonicalJsonOfTheFields() {
        AuditRecord record = record();
        assertEquals(INPUT, AuditHash.input(record));
        assertEquals(HASH, AuditHash.of(record));
    }

    @Test
    void everyFieldIsCovered() {
        AuditRecord changed = record();
        changed.after = CanonicalJson.write(AuditState.of("status", "ACTIVE"));
        assertNotEquals(HASH, AuditHash.of(changed), "after");
        changed = record();
        changed.prevHash = AuditHash.GENESIS;
        assertNotEquals(HASH, AuditHash.of(changed), "prevHash");
        changed = record();
        changed.recordedAt = changed.recordedAt.plusNanos(1000);
        assertNotEquals(HASH, AuditHash.of(changed), "recordedAt, to the microsecond");
        changed = record();
        changed.eventId = UUID.randomUUID();
        assertNotEquals(HASH, AuditHash.of(changed), "eventId");
    }

    @Test
    void canonicalJsonSortsMembersAndRefusesWhatRfc8785WouldWriteDifferently() {
        assertEquals("{\"a\":[1,true,null],\"b\":{\"x\":\"\\n\"},\"é\":\"\\u001f\"}",
                CanonicalJson.write(AuditState.of("é", "\u001f", "b", AuditState.of("x", "\n"),
                        "a", List.of(1, true, AuditState.node(null)))));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(CanonicalJson.parse("{\"score\":1.5}")));
        assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.write(CanonicalJson.parse("{\"n\":9007199254740992}")));
    }

    @Test
    void csvCellsAreQuotedOnlyWhenTheyMustBeAndNeverReadAsFormulas() {
        assertEquals("plain", CsvCell.of("plain"));
        assertEquals("\"{\"\"a\"\":1,\"\"b\"\":2}\"", CsvCell.of("{\"a\":1,\"b\":2}"));
        assertEquals("\"two\r\nlines\"", CsvCell.of("two\r\nlines"));
        assertEquals("\"'=HYPERLINK(1)\"", CsvCell.of("=HYPERLINK(1)"));
        assertEquals("\"'@SUM(A1)\"", CsvCell.of("@SUM(A1)"));
    }

    @Test
    void cursorsRoundTripAndAnythingElseIsABadCursor() {
        assertEquals(42L, AuditCursor.decode(AuditCursor.encode(42)));
        assertEquals(null, AuditCursor.decode(""));
        for (String bad : List.of("bm90LWEtY3Vyc29y", "%%%", "YXVkaXQ6MA", "x".repeat(200))) {
            assertThrows(org.microcred.support.problem.ProblemException.class, () -> AuditCursor.decode(bad), bad);
        }
    }

    private static AuditRecord record() {
        AuditRecord r = new AuditRecord();
        r.tenantId = "northbridge";
        r.seq = 2;
        r.recordedAt = Instant.parse("2026-12-05T17:00:00.000001Z");
        r.actorType = AuditActor.USER;
        r.actorId = "f3c1-admin";
        r.actorRoles = "[\"issuer-admin\",\"release-manager\"]";
        r.action = "credential.revoked";
        r.objectType = "credential";
        r.objectId = "7d0e5a52-0c4e-4c51-9d3b-2f7fbb0a4e11";
        r.before = CanonicalJson.write(AuditState.of("status", "ACTIVE", "reason", null));
        r.after = CanonicalJson.write(AuditState.of("status", "REVOKED", "reason", "Zoë's \"award\"\tin error\u0001",
                "n", 9007199254740991L));
        r.prevHash = "ab".repeat(32);
        return r;
    }
}
