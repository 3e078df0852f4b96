package org.microcred.e2e.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.holder.HolderProofException;
import org.microcred.credentials.holder.PresentationProofs;
import org.microcred.credentials.holder.ProofJwts;
import org.microcred.credentials.holder.VerifiedPresentation;
import org.microcred.credentials.holder.VerifiedProofJwt;
import org.microcred.credentials.shape.OpenBadgeShape;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestPresentations;
import org.microcred.credentials.testing.TestPresentations.Suite;

/** The benchmark's requests as the issuer's own checks read them, and its checks of the answers; no server. */
class DeliveryRequestsTest {

    private static final String ISSUER = "http://localhost:8084/api/v1/issuers/northbridge";
    private static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");

    @Test
    void theTokenFormCarriesTheGrantTheCodeAndOnlyWhenGivenTheTxCode() {
        assertEquals("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Apre-authorized_code"
                + "&pre-authorized_code=a%2Bb%2Fc&tx_code=042917", DeliveryRequests.tokenForm("a+b/c", "042917"));
        assertEquals("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Apre-authorized_code"
                + "&pre-authorized_code=code", DeliveryRequests.tokenForm("code", null));
    }

    @Test
    void theCredentialRequestsKeyProofIsOneTheIssuersCheckAcceptsForEachHolderKind() throws HolderProofException {
        for (HolderKind kind : HolderKind.values()) {
            TestHolder holder = kind.newHolder();
            JsonNode request = DeliveryRequests.JSON.valueToTree(DeliveryRequests.credentialRequest(
                    Oid4vciDelivery.JWT_VC_JSON, holder.proofJwt(ISSUER, "nonce-1", NOW)));

            assertEquals(Oid4vciDelivery.JWT_VC_JSON, request.path("credential_configuration_id").asText());
            VerifiedProofJwt proof = ProofJwts.verify(request.path("proofs").path("jwt").path(0).asText(), ISSUER,
                    NOW, Duration.ofMinutes(5));
            assertEquals(holder.did(), proof.holder().did(), kind.option());
            assertEquals("nonce-1", proof.nonce());
        }
        assertTrue(HolderKind.P256_DID_JWK.newHolder().did().startsWith("did:jwk:"));
        assertTrue(HolderKind.ED25519_DID_KEY.newHolder().did().startsWith("did:key:z6Mk"));
    }

    @Test
    void anOfferIsForOneAwardInOneConfiguration() {
        JsonNode offer = DeliveryRequests.JSON.valueToTree(DeliveryRequests.offer("c-1", Oid4vciDelivery.LDP_VC,
                true, false));
        assertEquals("c-1", offer.path("credentialId").asText());
        assertTrue(offer.path("txCode").asBoolean());
        assertFalse(offer.path("qrCode").asBoolean(true));
        assertEquals(List.of(Oid4vciDelivery.LDP_VC), List.of(offer.path("credentialConfigurationIds").get(0)
                .asText()));
        assertEquals(1, offer.path("credentialConfigurationIds").size());
    }

    @Test
    void anLdpVcIsBoundWhenItIsSignedAndNamesTheHolder() {
        assertEquals("did:key:z6MkA", DeliveryRequests.boundHolder(json("""
                {"credentials": [{"credential": {"credentialSubject": {"id": "did:key:z6MkA"}, "proof": [{}]}}]}""")));
        assertNull(DeliveryRequests.boundHolder(json("""
                {"credentials": [{"credential": {"credentialSubject": {"id": "did:key:z6MkA"}}}]}""")));
        assertNull(DeliveryRequests.boundHolder(json("{\"credentials\": []}")));
    }

    @Test
    void aVcJwtIsBoundWhenItsSubAndItsSubjectNameTheHolderInEitherForm() {
        assertEquals("did:jwk:x", DeliveryRequests.boundHolder(jwtAnswer("""
                {"sub": "did:jwk:x", "credentialSubject": {"id": "did:jwk:x"}}""")));
        assertEquals("did:jwk:x", DeliveryRequests.boundHolder(jwtAnswer("""
                {"sub": "did:jwk:x", "vc": {"credentialSubject": {"id": "did:jwk:x"}}}""")));
        assertNull(DeliveryRequests.boundHolder(jwtAnswer("""
                {"sub": "did:jwk:x", "credentialSubject": {"id": "did:jwk:other"}}""")));
        assertNull(DeliveryRequests.boundHolder(json("{\"credentials\": [{\"credential\": \"not.a-jwt\"}]}")));
    }

    @Test
    void theExchangeAnswerWrapsADidAuthenticationThatVerifiesWithTheRequestsChallengeAndDomain()
            throws HolderProofException {
        TestHolder holder = HolderKind.ED25519_DID_KEY.newHolder();
        ObjectNode presentation = new TestPresentations(new Canonicalizer()).sign(holder,
                TestPresentations.unsigned(holder, Suite.EDDSA_RDFC_2022, List.of()), Suite.EDDSA_RDFC_2022,
                "challenge-1", "http://localhost:8084", Instant.now());

        ObjectNode answer = DeliveryRequests.exchangeAnswer(presentation);

        VerifiedPresentation verified = PresentationProofs.verify(answer.path("verifiablePresentation"),
                "challenge-1", "http://localhost:8084", Instant.now());
        assertEquals(holder.did(), verified.holderDid());
        assertEquals(holder.did(), DeliveryRequests.exchangedHolder(json("""
                {"verifiablePresentation": {"verifiableCredential": [
                  {"credentialSubject": {"id": "%s"}, "proof": [{}]}]}}""".formatted(holder.did()))));
    }

    @Test
    void theIssueRequestIsAnOpenBadgeOfTheInstitutionWithARevocationEntry() {
        UUID id = UUID.randomUUID();
        ObjectNode request = DeliveryRequests.issueRequest(ISSUER, "Northbridge University", id, NOW);

        JsonNode credential = request.path("credential");
        assertEquals(List.of(), OpenBadgeShape.problems(credential));
        assertEquals("urn:uuid:" + id, credential.path("id").asText());
        assertEquals(ISSUER, credential.path("issuer").path("id").asText());
        assertEquals("2026-12-06T06:00:00Z", credential.path("validFrom").asText());
        assertEquals("BitstringStatusListEntry", request.at("/options/credentialStatus/type").asText());
        assertEquals("revocation", request.at("/options/credentialStatus/statusPurpose").asText());
        assertTrue(DeliveryRequests.signedWithStatus(json("""
                {"verifiableCredential": {"proof": [{}], "credentialStatus": {"statusListCredential": "x"}}}""")));
        assertTrue(!DeliveryRequests.signedWithStatus(json("{\"verifiableCredential\": {\"proof\": [{}]}}")));
    }

    private static JsonNode jwtAnswer(String claims) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String jwt = base64url.encodeToString("{\"alg\":\"EdDSA\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
        ObjectNode answer = DeliveryRequests.JSON.createObjectNode();
        answer.putArray("credentials").addObject().put("credential", jwt);
        return answer;
    }

    private static JsonNode json(String text) {
        try {
            return DeliveryRequests.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
