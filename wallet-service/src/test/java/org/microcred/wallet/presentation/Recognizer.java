package org.microcred.wallet.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.testing.Ed25519Signature2020Context;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestPresentations;
import org.microcred.credentials.testing.TestPresentations.Suite;
import org.microcred.wallet.WalletFixture;

/**
 * The two sides of a presentation request in tests: the recognizer that makes it and reads the result, and a wallet
 * app (the credentials test-jar's {@link TestHolder} and {@link TestPresentations}) that walks the VCALM exchange as
 * the Learner Credential Wallet does. Each public call comes from a client address of its own (rate limits).
 */
final class Recognizer {

    private static final TestPresentations PRESENTATIONS = new TestPresentations(canonicalizer());

    private Recognizer() {
    }

    /** {@code POST /api/v1/presentation-requests} with this body, answered 201. */
    static JsonNode create(Map<String, Object> body) {
        String json = WalletFixture.publicClient().contentType(ContentType.JSON).body(body)
                .post("/api/v1/presentation-requests").then().statusCode(201).extract().asString();
        return WalletFixture.tree(json);
    }

    static JsonNode askForAchievement(String achievementId) {
        return create(Map.of("achievementId", achievementId, "reason", "Proof of your skills for the job"));
    }

    /** The interaction URL read as a wallet does: the exchange URL it names for vcapi. */
    static String exchangeUrl(JsonNode created) {
        return WalletFixture.publicClient().accept(ContentType.JSON).get(pathOf(created.path("interactionUrl").asText()))
                .then().statusCode(200).extract().path("protocols.vcapi");
    }

    /** {@code POST <exchange> {}}: the verifiablePresentationRequest. */
    static JsonNode presentationRequest(String exchangeUrl) {
        return WalletFixture.tree(postExchange(exchangeUrl, "{}").statusCode(200).extract().asString())
                .path("verifiablePresentationRequest");
    }

    static ValidatableResponse postExchange(String exchangeUrl, String body) {
        return WalletFixture.publicClient().contentType(ContentType.JSON).body(body).post(pathOf(exchangeUrl)).then();
    }

    /** A presentation of the credentials signed by the holder with this suite, challenge and domain. */
    static ObjectNode present(TestHolder holder, Suite suite, String challenge, String domain, String... credentials) {
        List<JsonNode> held = Arrays.stream(credentials).map(WalletFixture::tree).toList();
        ObjectNode unsigned = TestPresentations.unsigned(holder, suite, held);
        if (suite == Suite.ED25519_SIGNATURE_2020) {
            // An OB 3.0 credential is VC 2.0: inside a VC 1.1 presentation its context would redefine VC 1.1's
            // protected terms, so a wallet holding one presents it in VC 2.0 with the suite's context beside.
            unsigned.putArray("@context").add(TestPresentations.VC2).add(Ed25519Signature2020Context.URL);
        }
        return PRESENTATIONS.sign(holder, unsigned, suite, challenge, domain, Instant.now());
    }

    static ValidatableResponse answer(String exchangeUrl, ObjectNode presentation) {
        ObjectNode body = WalletFixture.tree("{}").deepCopy();
        body.set("verifiablePresentation", presentation);
        return postExchange(exchangeUrl, body.toString());
    }

    static ValidatableResponse result(JsonNode created) {
        return result(created.path("resultUrl").asText());
    }

    static ValidatableResponse result(String resultUrl) {
        return WalletFixture.publicClient().get(pathOf(resultUrl)).then();
    }

    /** The path of one of our absolute URLs, to call it on the test's own port. */
    static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }

    /** Moves the request's expiry this far into the past: time travel, in the real database. */
    static void expire(JsonNode created, String ago) {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("microcred.db.jdbc-url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement update = connection.prepareStatement("UPDATE presentation_request SET"
                        + " created_at = now() - interval '1 hour', expires_at = now() - interval '" + ago + "'"
                        + " WHERE id_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')")) {
            update.setString(1, created.path("id").asText());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no presentation request " + created.path("id"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Canonicalizer canonicalizer() {
        try {
            return Ed25519Signature2020Context.canonicalizer(Files.createTempDirectory("recognizer-contexts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
