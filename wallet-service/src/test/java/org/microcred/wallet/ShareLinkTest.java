package org.microcred.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShareLinkTest {

    private static final Instant EXPIRES = Instant.parse("2026-04-01T00:00:00Z");

    private static ShareLink link() {
        ShareLink link = new ShareLink();
        link.createdAt = EXPIRES.minusSeconds(86_400);
        link.expiresAt = EXPIRES;
        return link;
    }

    @Test
    void aLinkIsOpenUntilItsExpiryInstantExclusive() {
        assertEquals(ShareLink.Status.ACTIVE, link().statusAt(EXPIRES.minusMillis(1)));
        assertEquals(ShareLink.Status.EXPIRED, link().statusAt(EXPIRES));
    }

    @Test
    void revocationWinsOverExpiry() {
        ShareLink link = link();
        link.revoke(EXPIRES.minusSeconds(10));
        assertEquals(ShareLink.Status.REVOKED, link.statusAt(EXPIRES.minusSeconds(5)));
        assertEquals(ShareLink.Status.REVOKED, link.statusAt(EXPIRES.plusSeconds(5)));
    }

    @Test
    void revokingTwiceKeepsTheFirstTime() {
        ShareLink link = link();
        Instant first = EXPIRES.minusSeconds(10);
        assertTrue(link.revoke(first));
        assertFalse(link.revoke(first.plusSeconds(1)));
        assertEquals(first, link.revokedAt);
    }
}
