package org.microcred.wallet.claim;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.microcred.events.EventEnvelope;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.ShareToken;
import org.microcred.wallet.WalletFixture;

/** Claim offers and credentials of stand-in earners, delivered the way enrolment and issuance deliver them. */
final class Claims {

    static final String ADMIN = "nb-admin";

    private Claims() {
    }

    /**
     * A stand-in earner id of its own for each test: a real one is the hash of the email, but the test database keeps
     * every claim of earlier runs, and a stand-in is claimed for good.
     */
    static String standIn() {
        byte[] random = new byte[32];
        ThreadLocalRandom.current().nextBytes(random);
        return ClaimOffered.UNCLAIMED_PREFIX + HexFormat.of().formatHex(random);
    }

    /** An offer for the demo user's email (as the LMS wrote it: upper case), in the user's tenant, with this secret. */
    static EventEnvelope<ClaimOffered> offer(String username, String standIn, String token, Instant expiresAt) {
        return offer(Tokens.claim(username, "tenant"), Tokens.claim(username, "email").toUpperCase(), standIn, token,
                expiresAt);
    }

    static EventEnvelope<ClaimOffered> offer(String tenant, String email, String standIn, String token,
            Instant expiresAt) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ClaimOffered payload = new ClaimOffered(UUID.randomUUID(), standIn, email, "Ana Learner",
                ShareToken.hash(token), expiresAt, UUID.randomUUID(), UUID.randomUUID(), 2, now);
        return EventEnvelope.wrap(payload, tenant, standIn, now, null);
    }

    static EventEnvelope<ClaimOffered> offer(String username, String standIn, String token) {
        return offer(username, standIn, token, Instant.now().plus(30, ChronoUnit.DAYS));
    }

    /** Publishes an offer keyed by its stand-in, as enrolment does. */
    static void publish(EventEnvelope<ClaimOffered> offer) {
        TestKafka.publish(WalletFixture.PREFIX, offer.payload().unclaimedEarnerId(), offer);
    }

    /** A credential.issued to the stand-in, for the enrolment of the offer. */
    static EventEnvelope<CredentialIssued> credentialFor(EventEnvelope<ClaimOffered> offer, String achievementName) {
        UUID credentialId = UUID.randomUUID();
        ObjectNode document = WalletFixture.document(credentialId, achievementName);
        ClaimOffered o = offer.payload();
        CredentialIssued payload = new CredentialIssued(credentialId, o.enrolmentId(), UUID.randomUUID(),
                o.achievementId(), o.achievementVersion(), o.unclaimedEarnerId(), achievementName, document,
                Instant.now(), null, null, document.toString());
        return EventEnvelope.wrap(payload, offer.tenantId(), credentialId.toString(), Instant.now(), null);
    }

    /** The offer as the tenant's admin lists it, once it arrived (and {@code path} matches). */
    static void awaitListed(EventEnvelope<ClaimOffered> offer, String path, Object expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> listed(offer)
                .body("find { it.claimId == '" + offer.payload().claimId() + "' }." + path,
                        equalTo(expected)));
    }

    /** The offers as the issuer-admin of the offer's tenant lists them. */
    static ValidatableResponse listed(EventEnvelope<ClaimOffered> offer) {
        return listedBy(offer.tenantId().equals("southport") ? "sp-admin" : ADMIN);
    }

    static ValidatableResponse listedBy(String admin) {
        return given().auth().oauth2(Tokens.user(admin)).get("/api/v1/wallet/unclaimed?limit=200")
                .then().statusCode(200);
    }

    static void awaitOffer(EventEnvelope<ClaimOffered> offer) {
        awaitListed(offer, "claimId", offer.payload().claimId().toString());
    }

    static ValidatableResponse claim(String username, String token) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON)
                .body(Map.of("token", token)).post("/api/v1/wallet/claims").then();
    }

    static void awaitInWallet(String username, UUID credentialId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.user(username))
                .get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200).body("id", hasItem(credentialId.toString())));
    }

    /** Who holds the credential in the wallet's table (null: not stored). */
    static String holderOf(UUID credentialId) {
        return query("SELECT earner_id FROM wallet_credential WHERE id = ?", credentialId);
    }

    /** How many offer rows have this claim id, and whether the one there is claimed. */
    static String offerRow(UUID claimId) {
        return query("SELECT count(*) || ':' || coalesce(bool_and(claimed_at IS NOT NULL)::text, '') || ':'"
                + " || coalesce(min(earner_email), '') FROM claim_offer WHERE claim_id = ?", claimId);
    }

    private static String query(String sql, UUID id) {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("microcred.db.jdbc-url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
