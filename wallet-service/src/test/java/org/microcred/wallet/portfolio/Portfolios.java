package org.microcred.wallet.portfolio;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;

/** Portfolios and their links made through the API, and the database edits tests need (removal, expiry, clean-up). */
final class Portfolios {

    static final String PATH = "/api/v1/wallet/portfolios";
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private Portfolios() {
    }

    static Map<String, Object> body(String title, String description, List<UUID> credentialIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("credentialIds", credentialIds);
        return body;
    }

    static ExtractableResponse<Response> create(String username, Object body, int status) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON).body(body)
                .post(PATH).then().statusCode(status).extract();
    }

    /** A new portfolio of these credentials; its id. */
    static String create(String username, String title, UUID... credentialIds) {
        return create(username, body(title, null, List.of(credentialIds)), 201).path("id");
    }

    static ExtractableResponse<Response> share(String username, String portfolioId, Object body, int status) {
        return given().auth().oauth2(Tokens.user(username)).contentType(ContentType.JSON).body(body)
                .post(PATH + "/" + portfolioId + "/shares").then().statusCode(status).extract();
    }

    /** A new link: its id, and its URL's path, to call it on the test's own port. */
    record Link(String id, String path) {
    }

    static Link link(String username, String portfolioId, Object body) {
        ExtractableResponse<Response> created = share(username, portfolioId, body, 201);
        return new Link(created.path("shareId"), WalletFixture.pathOf(created.path("url")));
    }

    static String sharePath(String username, String portfolioId, Object body) {
        return link(username, portfolioId, body).path();
    }

    /** The earner removes a credential from the wallet: a tombstone without its document from then on. */
    static void remove(String username, UUID credentialId) {
        given().auth().oauth2(Tokens.user(username)).delete("/api/v1/wallet/credentials/" + credentialId)
                .then().statusCode(204);
    }

    /** Moves a link's expiry into the past: time travel for the expiry path, in the real database. */
    static void expire(String shareId) {
        sql("UPDATE portfolio_share SET expires_at = now() - interval '1 second' WHERE id = ?",
                UUID.fromString(shareId));
    }

    /** Forgets the user's portfolios of earlier runs (the database outlives a run; an earner may have 100). */
    static void forget(String username) {
        String earner = Tokens.subject(username);
        sql("UPDATE portfolio_share SET revoked_at = now() WHERE earner_id = ? AND revoked_at IS NULL", earner);
        sql("DELETE FROM portfolio WHERE earner_id = ?", earner);
    }

    /** Fills the user's portfolios up to {@code count} with empty ones written straight into the database. */
    static void fillUpTo(String username, int count) {
        sql("INSERT INTO portfolio (id, tenant_id, earner_id, title, created_at, updated_at)"
                + " SELECT gen_random_uuid(), ?, ?, 'Filler', now(), now()"
                + " FROM generate_series(1, ? - (SELECT count(*) FROM portfolio WHERE earner_id = ?))",
                Tokens.claim(username, "tenant"), Tokens.subject(username), count, Tokens.subject(username));
    }

    static int sql(String statement, Object... parameters) {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("microcred.db.jdbc-url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
