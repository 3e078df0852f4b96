package org.microcred.issuance.oid4vci;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.issuance.Db;
import org.microcred.issuance.ProfileResolver;
import org.microcred.issuance.capability.ExpiredCapabilities;

/**
 * The background pass that deletes expired one-use capabilities: rows a day past their expiry go (a late wallet then
 * hears 404), younger ones stay (it still hears 410), and a backlog larger than a batch takes several passes, each
 * saying whether more may wait.
 */
@Tag("servers")
@QuarkusTest
class ExpiredCapabilitiesTest {

    private static UUID award;

    @Inject
    ExpiredCapabilities cleanup;

    @BeforeEach
    void awardOnce() {
        if (award == null) {
            award = TestWallet.awardOf("nb-earner");
        }
    }

    @Test
    void capabilitiesADayPastTheirExpiryAreDeletedAndYoungerOnesKept() throws Exception {
        TestWallet.Offer old = TestWallet.offer("nb-earner", award, false);
        TestWallet.Offer recent = TestWallet.offer("nb-earner", award, false);
        expireOffer(old, "25 hours");
        expireOffer(recent, "1 hour");
        String oldToken = TestWallet.accessToken(TestWallet.offer("nb-earner", award, false));
        Db.update("UPDATE oid4vci_access_token SET expires_at = now() - interval '2 days' WHERE token_hash = '"
                + TestWallet.sha256(oldToken) + "'");
        String oldNonce = TestWallet.nonce();
        String freshNonce = TestWallet.nonce();
        Db.update("UPDATE oid4vci_nonce SET expires_at = now() - interval '2 days' WHERE nonce = '" + oldNonce + "'");
        String exchange = "expired-exchange-" + UUID.randomUUID();
        Db.update("INSERT INTO vcapi_exchange (id_hash, tenant_id, credential_id, earner_id, challenge, created_at,"
                + " expires_at) SELECT '" + exchange + "', tenant_id, id, earner_id, 'c', now() - interval '3 days',"
                + " now() - interval '2 days' FROM issued_credential WHERE id = '" + award + "'");

        cleanup.runOnce(Instant.now()).await().indefinitely();

        given().get(ProfileResolver.path(old.shown().getString("credentialOfferUri"))).then().statusCode(404);
        given().get(ProfileResolver.path(recent.shown().getString("credentialOfferUri"))).then().statusCode(410);
        assertEquals(0, Db.count("SELECT count(*) FROM oid4vci_access_token WHERE token_hash = '"
                + TestWallet.sha256(oldToken) + "'"));
        assertEquals(0, Db.count("SELECT count(*) FROM oid4vci_nonce WHERE nonce = '" + oldNonce + "'"));
        assertEquals(1, Db.count("SELECT count(*) FROM oid4vci_nonce WHERE nonce = '" + freshNonce + "'"));
        assertEquals(0, Db.count("SELECT count(*) FROM vcapi_exchange WHERE id_hash = '" + exchange + "'"));
    }

    @Test
    void aBacklogLargerThanABatchTakesSeveralPasses() {
        String prefix = "backlog-" + UUID.randomUUID() + "-";
        Db.update("INSERT INTO oid4vci_nonce (nonce, tenant_id, created_at, expires_at) SELECT '" + prefix
                + "' || g, 'northbridge', now() - interval '3 days', now() - interval '2 days'"
                + " FROM generate_series(1, 501) g");

        int first = cleanup.runOnce(Instant.now()).await().indefinitely();
        assertEquals(500, first, "a full batch (microcred.capabilities.cleanup.batch) says more may wait");
        assertTrue(Db.count("SELECT count(*) FROM oid4vci_nonce WHERE nonce LIKE '" + prefix + "%'") > 0,
                "a pass deletes no more than a batch");
        int second = cleanup.runOnce(Instant.now()).await().indefinitely();
        assertTrue(second < 500, "the second pass found the rest: " + second);
        assertEquals(0, Db.count("SELECT count(*) FROM oid4vci_nonce WHERE nonce LIKE '" + prefix + "%'"));
    }

    private static void expireOffer(TestWallet.Offer offer, String ago) throws Exception {
        Db.update("UPDATE oid4vci_offer SET expires_at = now() - interval '" + ago + "' WHERE code_hash = '"
                + TestWallet.sha256(offer.code()) + "'");
    }
}
