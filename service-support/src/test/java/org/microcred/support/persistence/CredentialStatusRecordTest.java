package org.microcred.support.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microcred.support.persistence.CredentialStatusRecord.Status;

class CredentialStatusRecordTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static final class Row extends CredentialStatusRecord {
    }

    @Test
    void aNewerChangeIsTakenAnOlderOrEqualOneIsNot() {
        Row row = new Row();
        assertTrue(row.apply(Status.SUSPENDED, "check", T0.plusSeconds(10)));
        assertFalse(row.apply(Status.ACTIVE, "late", T0.plusSeconds(5)));
        assertFalse(row.apply(Status.ACTIVE, "same time", T0.plusSeconds(10)));
        assertEquals(Status.SUSPENDED, row.status);
        assertTrue(row.apply(Status.ACTIVE, " ", T0.plusSeconds(20)));
        assertEquals(Status.ACTIVE, row.status);
        assertNull(row.reason, "a blank reason is no reason");
    }

    @Test
    void revocationIsFinal() {
        Row row = new Row();
        assertTrue(row.apply(Status.REVOKED, "fraud", T0));
        assertFalse(row.apply(Status.ACTIVE, "reinstated?", T0.plusSeconds(60)));
        assertEquals(Status.REVOKED, row.status);
        assertEquals("fraud", row.reason);
    }

    @Test
    void longReasonsAreCutAtCodePoints() {
        Row row = new Row();
        row.apply(Status.SUSPENDED, "😀".repeat(1001), T0);
        assertEquals(1000, row.reason.codePointCount(0, row.reason.length()));
    }
}
