package org.microcred.wallet;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Credentials delivered the way issuance delivers them (real Kafka), and helpers around them. */
public final class WalletFixture {

    public static final String PREFIX = "test.";
    public static final String ISSUER = "Northbridge Institute of Teaching";

    private WalletFixture() {
    }

    /** A minimal Open Badges 3.0 credential document, unsigned as issuance makes them today. */
    public static ObjectNode document(UUID credentialId, String achievementName) {
        ObjectNode doc = EventCodec.mapper().createObjectNode();
        doc.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        doc.put("id", "urn:uuid:" + credentialId);
        doc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        ObjectNode issuer = doc.putObject("issuer");
        issuer.put("id", "https://northbridge.example/issuer");
        issuer.putArray("type").add("Profile");
        issuer.put("name", ISSUER);
        doc.put("validFrom", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode achievement = doc.putObject("credentialSubject").putObject("achievement");
        achievement.putArray("type").add("Achievement");
        achievement.put("name", achievementName);
        return doc;
    }

    /** A credential.issued for a demo user, in that user's tenant. */
    public static EventEnvelope<CredentialIssued> issued(String username, String achievementName, Instant issuedAt) {
        UUID credentialId = UUID.randomUUID();
        ObjectNode document = document(credentialId, achievementName);
        CredentialIssued payload = new CredentialIssued(credentialId, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), 1, Tokens.claim(username, "sub"), achievementName, document, issuedAt, null,
                null, document.toString());
        return EventEnvelope.wrap(payload, Tokens.claim(username, "tenant"), credentialId.toString(), Instant.now(), null);
    }

    /** A credential.issued carrying the given document text (a signed one, say) for a demo user, as issuance sends it. */
    public static EventEnvelope<CredentialIssued> issued(String username, String documentText) {
        JsonNode document = tree(documentText);
        UUID credentialId = UUID.randomUUID();
        String name = document.path("credentialSubject").path("achievement").path("name").asText("Signed");
        CredentialIssued payload = new CredentialIssued(credentialId, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), 1, Tokens.claim(username, "sub"), name, document, Instant.now(), null, null,
                documentText);
        return EventEnvelope.wrap(payload, Tokens.claim(username, "tenant"), credentialId.toString(), Instant.now(), null);
    }

    /** A signed credential (its JSON text) in the user's wallet: published, then awaited in their list. */
    public static CredentialIssued deliveredSigned(String username, String signedJson) {
        EventEnvelope<CredentialIssued> event = issued(username, signedJson);
        publish(event);
        awaitInWallet(username, event.payload().credentialId());
        return event.payload();
    }

    public static JsonNode tree(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The wallet topic's events of one type published with this record key (what is there now). */
    public static <T extends EventPayload> List<T> walletEvents(String key, Class<T> type) {
        return TestKafka.readToEnd(PREFIX + Topics.WALLET).stream()
                .filter(r -> key.equals(r.key()))
                .map(r -> EventCodec.decode(r.value()).payload())
                .filter(type::isInstance).map(type::cast).toList();
    }

    /** Waits for a wallet event of one type with this record key that matches. */
    public static <T extends EventPayload> T awaitWalletEvent(String key, Class<T> type, Predicate<T> match) {
        ConsumerRecord<String, String> found = TestKafka.await(PREFIX + Topics.WALLET, r -> key.equals(r.key())
                && type.isInstance(EventCodec.decode(r.value()).payload())
                && match.test(type.cast(EventCodec.decode(r.value()).payload())), 1, Duration.ofSeconds(30)).get(0);
        return type.cast(EventCodec.decode(found.value()).payload());
    }

    /** Waits until the dead-letter topic of issuance's events holds a record whose text contains all of these. */
    public static void awaitDeadLetter(String... contained) {
        TestKafka.await(PREFIX + Topics.ISSUANCE + ".wallet-service.dlq",
                r -> Arrays.stream(contained).allMatch(r.value()::contains), 1, Duration.ofSeconds(30));
    }

    /** Publishes keyed by earner id, as issuance does. */
    public static void publish(EventEnvelope<CredentialIssued> event) {
        TestKafka.publish(PREFIX, event.payload().earnerId(), event);
    }

    /** A new credential in the user's wallet: published, then awaited in their list. */
    public static CredentialIssued delivered(String username, String achievementName) {
        EventEnvelope<CredentialIssued> event = issued(username, achievementName, Instant.now());
        publish(event);
        awaitInWallet(username, event.payload().credentialId());
        return event.payload();
    }

    public static void awaitInWallet(String username, UUID credentialId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.user(username))
                .get("/api/v1/wallet/credentials?limit=200")
                .then().statusCode(200).body("id", hasItem(credentialId.toString())));
    }

    /** A request from a client address of its own, so rate limits of other tests do not interfere. */
    public static RequestSpecification publicClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return given().header("X-Forwarded-For",
                "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    /** The path of a share URL, to call it on the test's own port. */
    public static String pathOf(String url) {
        return url.substring(url.indexOf("/api/v1/public/"));
    }

    /** Moves a link's expiry into the past: time travel for the expiry path, in the real database. */
    public static void expire(UUID shareId) {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("microcred.db.jdbc-url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE share_link SET expires_at = now() - interval '1 second' WHERE id = ?")) {
            update.setObject(1, shareId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no share link " + shareId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
