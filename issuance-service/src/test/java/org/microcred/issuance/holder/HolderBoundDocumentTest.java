package org.microcred.issuance.holder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;

/** The copy's document: the award's, with its own id and the holder's DID as subject id, nothing else changed. */
class HolderBoundDocumentTest {

    private static final String AWARD = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
            + "\"id\":\"urn:uuid:11111111-1111-1111-1111-111111111111\",\"type\":[\"VerifiableCredential\"],"
            + "\"issuer\":{\"id\":\"https://x.example/api/v1/issuers/t\"},\"validFrom\":\"2026-01-01T00:00:00Z\","
            + "\"credentialSubject\":{\"type\":[\"AchievementSubject\"],\"identifier\":[{\"hashed\":true}]},"
            + "\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\",\"statusListIndex\":\"7\"},"
            + "\"proof\":[{\"type\":\"DataIntegrityProof\"}]}";

    @Test
    void theCopyHasItsOwnIdTheHoldersDidAndEverythingElseOfTheAward() throws Exception {
        UUID copyId = UUID.randomUUID();
        JsonNode award = EventCodec.mapper().readTree(AWARD);
        JsonNode copy = EventCodec.mapper().readTree(HolderBoundDocument.of(AWARD, copyId, "did:key:z6MkHolder"));

        assertFalse(copy.has("proof"));
        assertEquals("urn:uuid:" + copyId, copy.get("id").asText());
        assertEquals("did:key:z6MkHolder", copy.at("/credentialSubject/id").asText());
        assertEquals(List.of("id", "type", "identifier"), fieldNames(copy.get("credentialSubject")));
        assertEquals(award.at("/credentialSubject/identifier"), copy.at("/credentialSubject/identifier"));
        assertEquals(award.get("credentialStatus"), copy.get("credentialStatus"));
        assertEquals(award.get("validFrom"), copy.get("validFrom"));
        assertEquals(List.of("@context", "id", "type", "issuer", "validFrom", "credentialSubject", "credentialStatus"),
                fieldNames(copy));
    }

    @Test
    void theJwtClaimsCarryTheSameCredentialAgainInTheVcClaim() throws Exception {
        String copy = HolderBoundDocument.of(AWARD, UUID.randomUUID(), "did:key:z6MkHolder");
        JsonNode claims = EventCodec.mapper().readTree(HolderBoundDocument.withVcClaim(copy));

        JsonNode vc = claims.get("vc");
        assertEquals(EventCodec.mapper().readTree(copy), vc);
        claims.fieldNames().forEachRemaining(name -> {
            if (!name.equals("vc")) {
                assertEquals(vc.get(name), claims.get(name), name);
            }
        });
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
