package org.microcred.wallet.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.microcred.wallet.WalletFixture;

/** What a presentation request matches, and the VCALM request it answers to a wallet app. */
class PresentationQueryTest {

    private static JsonNode credential(String type, String issuer, String achievementId) {
        return WalletFixture.tree("{\"type\": [\"VerifiableCredential\", \"" + type + "\"], \"issuer\": " + issuer
                + ", \"credentialSubject\": {\"achievement\": {\"id\": \"" + achievementId + "\"}}}");
    }

    @Test
    void anAchievementQueryMatchesOnlyThatAchievementsOpenBadges() {
        PresentationQuery query = new PresentationQuery("urn:uuid:a", null, "why");
        assertTrue(query.matches(credential("OpenBadgeCredential", "\"did:key:z1\"", "urn:uuid:a")));
        assertTrue(query.matches(credential("AchievementCredential", "\"did:key:z1\"", "urn:uuid:a")));
        assertFalse(query.matches(credential("OpenBadgeCredential", "\"did:key:z1\"", "urn:uuid:b")));
        assertFalse(query.matches(credential("UniversityDegreeCredential", "\"did:key:z1\"", "urn:uuid:a")));
    }

    @Test
    void anIssuerQueryMatchesTheIssuerAsAStringOrAProfile() {
        PresentationQuery query = new PresentationQuery(null, "https://issuer.example/i", "why");
        assertTrue(query.matches(credential("OpenBadgeCredential", "\"https://issuer.example/i\"", "urn:uuid:a")));
        assertTrue(query.matches(credential("OpenBadgeCredential",
                "{\"id\": \"https://issuer.example/i\", \"type\": [\"Profile\"]}", "urn:uuid:a")));
        assertFalse(query.matches(credential("OpenBadgeCredential", "{\"id\": \"https://other.example/i\"}",
                "urn:uuid:a")));
    }

    @Test
    void theRequestAsksByExampleAndForADidAuthenticationWithTheChallengeAndDomain() {
        JsonNode request = new PresentationQuery(null, "https://issuer.example/i", "For the job")
                .request("c-1", "https://recognizer.example").path("verifiablePresentationRequest");
        assertEquals("c-1", request.path("challenge").asText());
        assertEquals("https://recognizer.example", request.path("domain").asText());
        JsonNode credentialQuery = request.path("query").path(0).path("credentialQuery");
        assertEquals("For the job", credentialQuery.path("reason").asText());
        assertEquals("https://issuer.example/i", credentialQuery.path("example").path("issuer").path("id").asText());
        assertEquals("DIDAuthentication", request.path("query").path(1).path("type").asText());
    }
}
