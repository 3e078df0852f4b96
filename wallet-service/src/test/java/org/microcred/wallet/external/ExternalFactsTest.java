package org.microcred.wallet.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the wallet reads from an external credential, and whether its subject is the earner. */
class ExternalFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMAIL = "Zoe.Earner@northbridge.example";

    private static JsonNode credential(String subject) throws Exception {
        return JSON.readTree("""
                {"id": "urn:uuid:1", "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "did:key:z6Mk", "name": "Eastbrook"}, "validFrom": "2026-01-01T00:00:00Z",
                 "validUntil": "2027-01-01T00:00:00",
                 "credentialSubject": %s}""".formatted(subject));
    }

    private static String hashed(String identity, String salt) {
        return "{\"identifier\": [{\"type\": \"IdentityObject\", \"identityType\": \"emailAddress\", \"hashed\": true,"
                + " \"salt\": \"" + salt + "\", \"identityHash\": \"sha256$"
                + ExternalFacts.sha256Hex(identity + salt) + "\"}],"
                + " \"achievement\": {\"id\": \"https://eastbrook.example/a/1\", \"name\": \"Data\","
                + " \"achievementType\": \"Certificate\"}}";
    }

    @Test
    void readsIssuerAchievementAndValidity() throws Exception {
        ExternalFacts facts = ExternalFacts.of(credential(hashed(EMAIL, "s")), EMAIL);
        assertEquals("urn:uuid:1", facts.credentialId());
        assertEquals("did:key:z6Mk", facts.issuerId());
        assertEquals("Eastbrook", facts.issuerName());
        assertEquals("https://eastbrook.example/a/1", facts.achievementId());
        assertEquals("Certificate", facts.achievementType());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), facts.validFrom());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), facts.validUntil(), "no zone: UTC");
        assertTrue(ExternalFacts.isOpenBadge(credential("{}")));
    }

    @Test
    void aHashedEmailIsCheckedAgainstTheVerifiedEmail() throws Exception {
        assertEquals("true", ExternalFacts.of(credential(hashed(EMAIL, "s")), EMAIL).subjectMatches());
        assertEquals("true", ExternalFacts.of(credential(hashed(EMAIL.toLowerCase(), "s")), EMAIL).subjectMatches(),
                "an issuer that lower-cases the email before hashing");
        assertEquals("false", ExternalFacts.of(credential(hashed("someone@else.example", "s")), EMAIL)
                .subjectMatches());
        assertEquals("unknown", ExternalFacts.of(credential(hashed(EMAIL, "s")), null).subjectMatches(),
                "an earner without a verified email");
    }

    @Test
    void aSubjectNotNamedByEmailIsUnknownAndAMailtoIdIsCompared() throws Exception {
        assertEquals("unknown", ExternalFacts.of(credential("{\"id\": \"did:example:123\"}"), EMAIL)
                .subjectMatches());
        assertEquals("true", ExternalFacts.of(credential("{\"id\": \"mailto:zoe.earner@northbridge.example\"}"),
                EMAIL).subjectMatches());
        assertEquals("false", ExternalFacts.of(credential("{\"id\": \"mailto:other@northbridge.example\"}"),
                EMAIL).subjectMatches());
    }

    @Test
    void onlyOpenBadgesAreOpenBadges() throws Exception {
        assertFalse(ExternalFacts.isOpenBadge(JSON.readTree("{\"type\": [\"VerifiableCredential\"]}")));
        assertTrue(ExternalFacts.isOpenBadge(JSON.readTree("{\"type\": [\"VerifiableCredential\","
                + " \"AchievementCredential\"]}")));
    }
}
