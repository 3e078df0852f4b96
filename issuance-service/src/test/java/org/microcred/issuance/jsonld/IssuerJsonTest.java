package org.microcred.issuance.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.verification.KeyState;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.keys.IssuerKey;

class IssuerJsonTest {

    private static final String ISSUER = "http://localhost:8084/api/v1/issuers/northbridge";

    @Test
    void thePublicProfileIsAJsonLdDocumentWithTheEmbeddedProfilesFields() {
        ObjectNode document = IssuerJson.document(Samples.issuer(), List.of());
        assertEquals("@context", document.fieldNames().next(), "the context comes first");
        assertEquals(IssuerJson.profile(Samples.issuer()),
                document.without(List.of("@context", "verificationMethod", "assertionMethod")));
    }

    @Test
    void anIssuerWithoutEmailHasNoEmailField() {
        IssuerProfile plain = new IssuerProfile("acme", "http://x/api/v1/issuers/acme", "acme", "http://x", null);
        assertFalse(IssuerJson.profile(plain).has("email"));
    }

    @Test
    void everyKeyIsAMultikeyVerificationMethodControlledByTheIssuer() {
        ObjectNode document = IssuerJson.document(Samples.issuer(),
                List.of(key("key-old", KeyState.RETIRED), key("key-new", KeyState.ACTIVE)));
        JsonNode method = document.get("verificationMethod").get(2);
        assertEquals(ISSUER + "/keys/key-new", method.get("id").asText());
        assertEquals("Multikey", method.get("type").asText());
        assertEquals(ISSUER, method.get("controller").asText());
        assertEquals("z6Mk-key-new", method.get("publicKeyMultibase").asText());
        assertFalse(method.has("revoked"));
        assertEquals(List.of(ISSUER + "/keys/key-old", ISSUER + "#key-old", ISSUER + "/keys/key-new",
                ISSUER + "#key-new"), texts(document.get("assertionMethod")),
                "retired keys still assert: what they signed keeps verifying; each under its key URL and its older id");
        JsonNode older = document.get("verificationMethod").get(3);
        assertEquals(ISSUER + "#key-new", older.get("id").asText());
        assertEquals(((ObjectNode) method.deepCopy()).without("id"), ((ObjectNode) older.deepCopy()).without("id"),
                "the same key under both ids");
    }

    @Test
    void aCompromisedKeyIsListedAsRevokedAndNoLongerAnAssertionMethod() {
        IssuerKey compromised = key("key-lost", KeyState.COMPROMISED);
        compromised.compromisedAt = Instant.parse("2026-03-02T10:11:12.345Z");
        ObjectNode document = IssuerJson.document(Samples.issuer(),
                List.of(compromised, key("key-new", KeyState.ACTIVE)));
        for (JsonNode method : List.of(document.get("verificationMethod").get(0),
                document.get("verificationMethod").get(1))) {
            assertTrue(method.get("id").asText().endsWith("key-lost"));
            assertEquals("2026-03-02T10:11:12Z", method.get("revoked").asText());
        }
        assertEquals(List.of(ISSUER + "/keys/key-new", ISSUER + "#key-new"), texts(document.get("assertionMethod")));
    }

    @Test
    void noPrivateKeyMaterialIsEverInTheDocument() {
        IssuerKey key = key("key-a", KeyState.ACTIVE);
        String json = IssuerJson.document(Samples.issuer(), List.of(key)).toString();
        assertFalse(json.contains("seed") || json.contains("nonce") || json.contains("secret"));
        assertTrue(IssuerJson.verificationMethodDocument(Samples.issuer(), key).has("@context"));
    }

    @Test
    void theKeyDocumentIsAMultikeyInTheMultikeyContextIdentifiedByItsKeyUrl() {
        IssuerKey lost = key("key-lost", KeyState.COMPROMISED);
        lost.compromisedAt = Instant.parse("2026-03-02T10:11:12Z");
        ObjectNode document = IssuerJson.verificationMethodDocument(Samples.issuer(), lost);
        assertEquals("https://w3id.org/security/multikey/v1", document.get("@context").asText());
        assertEquals(ISSUER + "/keys/key-lost", document.get("id").asText());
        assertEquals("Multikey", document.get("type").asText());
        assertEquals(ISSUER, document.get("controller").asText());
        assertEquals("z6Mk-key-lost", document.get("publicKeyMultibase").asText());
        assertEquals("2026-03-02T10:11:12Z", document.get("revoked").asText());
    }

    private static IssuerKey key(String id, KeyState state) {
        IssuerKey key = new IssuerKey();
        key.tenantId = "northbridge";
        key.keyId = id;
        key.publicKeyMultibase = "z6Mk-" + id;
        key.state = state;
        key.sealedSeed = new byte[48];
        key.nonce = new byte[12];
        key.createdAt = Instant.parse("2026-03-01T00:00:00Z");
        return key;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
