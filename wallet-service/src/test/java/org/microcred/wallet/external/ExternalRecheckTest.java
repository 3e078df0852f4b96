package org.microcred.wallet.external;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.events.wallet.ExternalCredentialStatusChanged;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.IssuerServer;
import org.microcred.wallet.verification.TestIssuer;

/**
 * After an external credential was accepted: the re-check pass marks it revoked once its issuer sets its bit, expired
 * once its validUntil passes (by the clock, nothing fetched), and the earner's removal is announced; each change with
 * {@code wallet.external-credential.status-changed}.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class ExternalRecheckTest {

    private static final String EARNER = ExternalCredentialResourceTest.EARNER;
    private static final String PATH = ExternalCredentialResourceTest.PATH;

    @Inject
    ExternalRecheck recheck;

    @BeforeEach
    void cleanSlate() {
        ExternalDb.clear();
    }

    private void runPass() {
        recheck.runOnce(Instant.now()).await().atMost(Duration.ofSeconds(30));
    }

    /** Time travel: its last check a day and more ago, so the pass takes it. */
    private static void lastCheckedLongAgo(String id) {
        assertEquals(1, ExternalDb.update("UPDATE external_credential SET last_checked_at = now() - interval"
                + " '25 hours' WHERE id = ?", UUID.fromString(id)));
    }

    private static ExternalCredentialStatusChanged awaitChange(String id, String status) {
        return WalletFixture.awaitWalletEvent(id, ExternalCredentialStatusChanged.class,
                e -> e.externalCredentialId().toString().equals(id) && status.equals(e.status()));
    }

    @Test
    void aCredentialRevokedAfterItWasAcceptedIsMarkedRevoked() {
        TestIssuer elsewhere = TestIssuer.didKey();
        String list = TestIssuer.https(true).url("/status/revocation-1");
        elsewhere.publishStatusListAt(list, StatusPurpose.REVOCATION);
        ObjectNode credential = elsewhere.withStatusAt(ExternalCredentialResourceTest.forEarner(elsewhere,
                "Revoked later"), list, 3, StatusPurpose.REVOCATION);
        String id = ExternalCredentialResourceTest.submitJson(EARNER, elsewhere.sign(credential)).statusCode(201)
                .extract().path("id");

        int fetched = TestIssuer.hitsUnder(list);
        runPass(); // checked just now: not due, nothing fetched, still valid
        assertEquals(fetched, TestIssuer.hitsUnder(list));
        status(id).body("credential.status", equalTo("VALID"));

        elsewhere.publishStatusListAt(list, StatusPurpose.REVOCATION, 3);
        lastCheckedLongAgo(id);
        runPass();
        status(id).body("credential.status", equalTo("REVOKED"))
                .body("credential.statusReason", startsWith("status: revoked"))
                .body("verification.verified", equalTo(false));
        ExternalCredentialStatusChanged changed = awaitChange(id, "REVOKED");
        assertEquals(Tokens.subject(EARNER), changed.earnerId());

        lastCheckedLongAgo(id);
        runPass(); // revoked is final: not checked again
        assertEquals(1, ExternalDb.count("SELECT count(*) FROM external_credential WHERE id = ?"
                + " AND last_checked_at < now() - interval '1 day'", UUID.fromString(id)));
    }

    @Test
    void aSuspendedCredentialIsValidAgainOnceItsIssuerLiftsTheSuspension() {
        TestIssuer elsewhere = TestIssuer.didKey();
        TestIssuer site = TestIssuer.https(true);
        String revocation = site.url("/status/revocation-1");
        String suspension = site.url("/status/suspension-1");
        elsewhere.publishStatusListAt(revocation, StatusPurpose.REVOCATION);
        elsewhere.publishStatusListAt(suspension, StatusPurpose.SUSPENSION);
        ObjectNode credential = ExternalCredentialResourceTest.forEarner(elsewhere, "Suspended for a while");
        elsewhere.withStatusAt(credential, revocation, 5, StatusPurpose.REVOCATION);
        elsewhere.withStatusAt(credential, suspension, 5, StatusPurpose.SUSPENSION);
        String id = ExternalCredentialResourceTest.submitJson(EARNER, elsewhere.sign(credential)).statusCode(201)
                .extract().path("id");

        elsewhere.publishStatusListAt(suspension, StatusPurpose.SUSPENSION, 5);
        lastCheckedLongAgo(id);
        runPass();
        status(id).body("credential.status", equalTo("SUSPENDED"));
        awaitChange(id, "SUSPENDED");

        elsewhere.publishStatusListAt(suspension, StatusPurpose.SUSPENSION);
        lastCheckedLongAgo(id);
        runPass();
        status(id).body("credential.status", equalTo("VALID")).body("verification.verified", equalTo(true));
        awaitChange(id, "VALID");
    }

    @Test
    void aCredentialPastItsValidUntilIsMarkedExpiredByTheClock() {
        TestIssuer elsewhere = TestIssuer.didKey();
        ObjectNode credential = ExternalCredentialResourceTest.forEarner(elsewhere, "Expires");
        credential.put("validUntil", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        String id = ExternalCredentialResourceTest.submitJson(EARNER, elsewhere.sign(credential)).statusCode(201)
                .extract().path("id");
        assertEquals(1, ExternalDb.update("UPDATE external_credential SET valid_until = now() - interval '1 minute'"
                + " WHERE id = ?", UUID.fromString(id)));
        runPass();
        status(id).body("credential.status", equalTo("EXPIRED"));
        awaitChange(id, "EXPIRED");
    }

    @Test
    void removalIsAnnounced() {
        TestIssuer elsewhere = TestIssuer.didKey();
        String id = ExternalCredentialResourceTest.submitJson(EARNER,
                elsewhere.sign(ExternalCredentialResourceTest.forEarner(elsewhere, "Removed"))).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.user(EARNER)).delete(PATH + "/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.user(EARNER)).delete(PATH + "/" + id).then().statusCode(404);
        awaitChange(id, "REMOVED");
    }

    private static io.restassured.response.ValidatableResponse status(String id) {
        return given().auth().oauth2(Tokens.user(EARNER)).get(PATH + "/" + id).then().statusCode(200);
    }
}
