package org.microcred.wallet.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;

/** The earner hides, shows again and removes credentials; nobody else can. */
@Tag("servers")
@QuarkusTest
class WalletActionsTest {

    private static final String EARNER = "nb-earner";
    private static final String CREDENTIALS = "/api/v1/wallet/credentials/";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }

    private static String share(UUID credentialId) {
        String url = as(EARNER).contentType("application/json").body(Map.of())
                .post(CREDENTIALS + credentialId + "/shares").then().statusCode(201).extract().path("url");
        return WalletFixture.pathOf(url);
    }

    @Test
    void aHiddenCredentialLeavesTheDefaultListButStaysReadableAndShared() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Hidden but kept");
        String id = issued.credentialId().toString();
        String link = share(issued.credentialId());
        as(EARNER).get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200).body("find { it.id == '" + id + "' }.hidden", equalTo(false));

        as(EARNER).put(CREDENTIALS + id + "/hidden").then().statusCode(204);
        as(EARNER).put(CREDENTIALS + id + "/hidden").then().statusCode(204);

        as(EARNER).get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200).body("id", not(hasItem(id)));
        as(EARNER).get("/api/v1/wallet/credentials?limit=200&includeHidden=true")
                .then().statusCode(200).body("find { it.id == '" + id + "' }.hidden", equalTo(true));
        as(EARNER).get(CREDENTIALS + id).then().statusCode(200)
                .body("credentialSubject.achievement.name", equalTo("Hidden but kept"));
        as(EARNER).get(CREDENTIALS + id + "/baked.png").then().statusCode(200).contentType("image/png");
        WalletFixture.publicClient().accept("application/json").get(link).then().statusCode(200)
                .body("achievementName", equalTo("Hidden but kept"));
        as(EARNER).get("/api/v1/wallet/shares?credentialId=" + id).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void unhidingListsItAgainAndIsIdempotent() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Shown again");
        String id = issued.credentialId().toString();
        as(EARNER).put(CREDENTIALS + id + "/hidden").then().statusCode(204);
        as(EARNER).delete(CREDENTIALS + id + "/hidden").then().statusCode(204);
        as(EARNER).delete(CREDENTIALS + id + "/hidden").then().statusCode(204);
        as(EARNER).get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200).body("find { it.id == '" + id + "' }.hidden", equalTo(false));
    }

    @Test
    void aRemovedCredentialIsGoneFromTheWalletAndItsLinksAnswer410() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Removed by its earner");
        String id = issued.credentialId().toString();
        String link = share(issued.credentialId());
        UUID shareId = as(EARNER).get("/api/v1/wallet/shares?credentialId=" + id)
                .then().statusCode(200).extract().jsonPath().getUUID("[0].shareId");

        as(EARNER).delete(CREDENTIALS + id).then().statusCode(204);

        // Removing again: as absent as an unknown credential.
        as(EARNER).delete(CREDENTIALS + id).then().statusCode(404);
        as(EARNER).get(CREDENTIALS + id).then().statusCode(404)
                .body("type", equalTo("https://microcred.org/problems/not-found"));
        as(EARNER).accept("application/vc+jwt").get(CREDENTIALS + id).then().statusCode(404);
        as(EARNER).get(CREDENTIALS + id + "/baked.png").then().statusCode(404);
        as(EARNER).get(CREDENTIALS + id + "/baked.svg").then().statusCode(404);
        as(EARNER).put(CREDENTIALS + id + "/hidden").then().statusCode(404);
        as(EARNER).delete(CREDENTIALS + id + "/hidden").then().statusCode(404);
        as(EARNER).contentType("application/json").body(Map.of()).post(CREDENTIALS + id + "/shares")
                .then().statusCode(404);
        as(EARNER).get("/api/v1/wallet/credentials?limit=200&includeHidden=true")
                .then().statusCode(200).body("id", not(hasItem(id)));
        as(EARNER).get("/api/v1/wallet/shares?credentialId=" + id).then().statusCode(200).body("size()", equalTo(0));
        as(EARNER).delete("/api/v1/wallet/shares/" + shareId).then().statusCode(404);
        WalletFixture.publicClient().accept("application/json").get(link).then().statusCode(410)
                .body("type", equalTo("https://microcred.org/problems/share-revoked"));
        WalletFixture.publicClient().get(link + "/credential.json").then().statusCode(410);

        // The tombstone: no document, no JWT, the link revoked in the same transaction.
        Map<String, Object> row = row("SELECT document, credential_jwt, removed_at FROM wallet_credential WHERE id = ?",
                issued.credentialId());
        assertNull(row.get("document"));
        assertNull(row.get("credential_jwt"));
        assertNotNull(row.get("removed_at"));
        assertNotNull(row("SELECT revoked_at FROM share_link WHERE id = ?", shareId).get("revoked_at"));
    }

    @Test
    void aRedeliveredCredentialIssuedDoesNotPutARemovedCredentialBack() {
        EventEnvelope<CredentialIssued> event = WalletFixture.issued(EARNER, "Removed, then redelivered",
                Instant.now());
        WalletFixture.publish(event);
        UUID credentialId = event.payload().credentialId();
        WalletFixture.awaitInWallet(EARNER, credentialId);
        as(EARNER).delete(CREDENTIALS + credentialId).then().statusCode(204);

        // The same event again, the same credential re-sent under a new event id, and a status change for it.
        WalletFixture.publish(event);
        WalletFixture.publish(EventEnvelope.wrap(event.payload(), event.tenantId(), credentialId.toString(),
                Instant.now(), null));
        CredentialStatusChanged suspended = new CredentialStatusChanged(credentialId, event.payload().enrolmentId(),
                event.payload().earnerId(), "SUSPENDED", "Under review", "admin", Instant.now());
        TestKafka.publish(WalletFixture.PREFIX, event.payload().earnerId(),
                EventEnvelope.wrap(suspended, event.tenantId(), event.payload().earnerId(), Instant.now(), null));
        // Everything published before it (same earner key, same partition) is consumed once this arrives.
        WalletFixture.delivered(EARNER, "Marker " + UUID.randomUUID());

        as(EARNER).get(CREDENTIALS + credentialId).then().statusCode(404);
        as(EARNER).get("/api/v1/wallet/credentials?limit=200&includeHidden=true")
                .then().statusCode(200).body("id", not(hasItem(credentialId.toString())));
        assertNull(row("SELECT document FROM wallet_credential WHERE id = ?", credentialId).get("document"));
        // The status still applies to the tombstone, harmlessly: the issuer's record is not the wallet's.
        assertEquals("SUSPENDED", row("SELECT status FROM credential_status WHERE credential_id = ?", credentialId)
                .get("status"));
    }

    @Test
    void aRemovedCredentialCannotBePutInATranscript() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Removed before a transcript");
        as(EARNER).delete(CREDENTIALS + issued.credentialId()).then().statusCode(204);
        as(EARNER).contentType("application/json")
                .body(Map.of("credentialIds", List.of(issued.credentialId())))
                .post("/api/v1/wallet/transcripts")
                .then().statusCode(422).body("type", endsWith("/unknown-credentials"));
    }

    @Test
    void anotherEarnersCredentialIs404ForEveryActionAndStaysUntouched() {
        CredentialIssued issued = WalletFixture.delivered(EARNER, "Not theirs to touch");
        String id = issued.credentialId().toString();
        for (String other : List.of("nb-earner2", "sp-earner")) {
            as(other).put(CREDENTIALS + id + "/hidden").then().statusCode(404);
            as(other).delete(CREDENTIALS + id + "/hidden").then().statusCode(404);
            as(other).delete(CREDENTIALS + id).then().statusCode(404)
                    .body("type", equalTo("https://microcred.org/problems/not-found"));
        }
        as(EARNER).get(CREDENTIALS + id).then().statusCode(200);
        as(EARNER).get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200).body("find { it.id == '" + id + "' }.hidden", equalTo(false));
    }

    @Test
    void theActionsNeedAnEarner() {
        String path = CREDENTIALS + UUID.randomUUID();
        given().put(path + "/hidden").then().statusCode(401);
        given().delete(path).then().statusCode(401);
        as("nb-assessor").put(path + "/hidden").then().statusCode(403);
        as("nb-assessor").delete(path + "/hidden").then().statusCode(403);
        as("nb-assessor").delete(path).then().statusCode(403);
    }

    /** One row of the wallet's own database, by a query with one parameter. */
    private static Map<String, Object> row(String sql, Object parameter) {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("microcred.db.jdbc-url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no row for " + parameter);
                }
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnName(i), rows.getObject(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
