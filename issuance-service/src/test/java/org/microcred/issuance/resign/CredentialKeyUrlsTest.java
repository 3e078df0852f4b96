package org.microcred.issuance.resign;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.jwt.VcJwtCheck;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventCodec;
import org.microcred.events.assessment.Decision;
import org.microcred.events.issuance.CredentialResigned;
import org.microcred.issuance.Awards;
import org.microcred.issuance.Db;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.ProfileResolver;
import org.microcred.issuance.jsonld.IssuerJson;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.keys.repository.IssuerKeyRepository;
import org.microcred.issuance.keys.service.IssuerKeyService;
import org.microcred.issuance.keys.service.SigningKeys;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.issuance.service.CredentialSigner;
import org.microcred.issuance.service.IssuerDirectory;
import org.microcred.support.audit.AuditActor;

/**
 * Credentials issued before proofs named key URLs ({@code <issuerId>#<keyId>}) are signed again under the key URL,
 * announced once, and left alone afterwards; those that must not be revived or cannot be vouched for stay as they are.
 * The older form is made as the code before the change made it: the stored award signed again with the
 * {@code #keyId} verification method by its own key.
 */
@Tag("servers")
@QuarkusTest
class CredentialKeyUrlsTest {

    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();
    private static final VcJwt VC_JWT = new VcJwt();

    @Inject
    CredentialKeyUrls keyUrls;
    @Inject
    CredentialRepository credentials;
    @Inject
    IssuerKeyRepository keys;
    @Inject
    SigningKeys signingKeys;
    @Inject
    CredentialSigner signer;
    @Inject
    IssuerDirectory issuers;
    @Inject
    IssuerKeyService keyService;

    @Test
    void aCredentialNamingAFragmentIdIsSignedAgainUnderItsKeyUrlAndAnnouncedOnce() throws Throwable {
        UUID id = new Awards("southport", "Key URL re-sign").issue("sp-admin");
        IssuedCredential before = signAsBefore(id);
        String legacyMethod = IssuerJson.legacyMethodId(issuers.issuerId("southport"), before.signedWith);
        assertEquals(legacyMethod, FragmentProofs.fragmentMethod(before.document));
        assertTrue(PROOFS.verify(before.document, new ProfileResolver()).valid(), "the older form verifies here");

        resignUntilDone(id);

        IssuedCredential after = stored(id);
        String keyUrl = issuers.verificationMethod("southport", before.signedWith);
        ProofCheck check = PROOFS.verify(after.document, new ProfileResolver());
        assertTrue(check.valid(), check.reason());
        assertEquals(keyUrl, check.verificationMethod(), "the proof names the key URL");
        assertEquals(before.signedWith, after.signedWith, "signed by the key that signed it");
        assertEquals(tree(FragmentProofs.unsigned(before.document)), tree(FragmentProofs.unsigned(after.document)),
                "the same document: id, dates, subject and status entry");
        assertEquals(before.revocationIndex, after.revocationIndex);
        assertEquals(before.status, after.status);
        JsonNode proof = tree(after.document).get("proof");
        assertTrue(proof.isArray() && proof.size() == 1, "one proof, an array as OB 3.0 wants: " + proof);

        VcJwtCheck jwt = VC_JWT.verify(after.credentialJwt, new ProfileResolver());
        assertTrue(jwt.valid(), jwt.reason());
        assertEquals(keyUrl, jwtHeader(after.credentialJwt).get("kid").asText());
        assertNotEquals(before.credentialJwt, after.credentialJwt);
        assertEquals(tree(after.document).get("id"), tree(jwt.credentialJson()).get("id"));

        List<CredentialResigned> events = resignedEvents(id);
        assertEquals(1, events.size(), "announced once");
        assertEquals(after.document, events.get(0).credentialText(), "the stored text, byte for byte");
        assertEquals(after.credentialJwt, events.get(0).credentialJwt());
        assertEquals(after.earnerId, events.get(0).earnerId());
        assertEquals(keyUrl, events.get(0).verificationMethod());
        assertEquals(1, Db.count("SELECT count(*) FROM audit_record WHERE action = 'credential.resigned'"
                + " AND object_id = '" + id + "'"));

        // Again: nothing left to do for it.
        keyUrls.runOnce().await().atMost(Duration.ofSeconds(60));
        assertEquals(after.document, stored(id).document);
        assertEquals(after.credentialJwt, stored(id).credentialJwt);
        assertEquals(1, resignedEvents(id).size());
    }

    @Test
    void aCredentialWhoseKeyWasMarkedCompromisedIsNotRevived() throws Throwable {
        String tenant = "resign-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = issueWithoutAdmin(tenant);
        IssuedCredential before = signAsBefore(id);
        AuditActor actor = AuditActor.service("test", null);
        VertxContextSupport.subscribeAndAwait(() -> keyService.rotate(tenant, actor));
        VertxContextSupport.subscribeAndAwait(() -> keyService.compromise(tenant, before.signedWith, "leaked", actor));

        resignUntilDone(id);

        IssuedCredential after = stored(id);
        assertEquals(before.document, after.document, "it keeps failing, as the compromise means");
        assertEquals("key-compromised", after.resignSkipped);
        assertEquals(0, resignedEvents(id).size());
    }

    @Test
    void aDocumentWhoseProofNoLongerVerifiesIsNotVouchedFor() throws Throwable {
        String tenant = "resign-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = issueWithoutAdmin(tenant);
        // The key URL edited into a fragment id after signing: the proof's own options changed, so it does not verify.
        assertEquals(1, Db.update("UPDATE issued_credential SET document = replace(document, '/keys/', '#')"
                + " WHERE id = '" + id + "'"));
        String tampered = stored(id).document;

        resignUntilDone(id);

        assertEquals(tampered, stored(id).document);
        assertEquals("proof-invalid", stored(id).resignSkipped);
        assertEquals(0, resignedEvents(id).size());
    }

    @Test
    void aRetiredKeySignsWhatItSignedAndAKeyThatNoLongerOpensLeavesItToTheActiveKey() throws Throwable {
        String tenant = "resign-" + UUID.randomUUID().toString().substring(0, 8);
        AuditActor actor = AuditActor.service("test", null);
        UUID unopenable = issueWithoutAdmin(tenant);
        VertxContextSupport.subscribeAndAwait(() -> keyService.rotate(tenant, actor));
        UUID retired = issueWithoutAdmin(tenant);
        String lostKey = signAsBefore(unopenable).signedWith;
        String retiredKey = signAsBefore(retired).signedWith;
        String activeKey = VertxContextSupport.subscribeAndAwait(() -> keyService.rotate(tenant, actor)).keyId;
        // The first key's sealed seed no longer opens (as under a master key replaced without re-sealing).
        assertEquals(1, Db.update("UPDATE issuer_key SET nonce = decode('00', 'hex') WHERE tenant_id = '" + tenant
                + "' AND key_id = '" + lostKey + "'"));

        resignUntilDone(unopenable);
        resignUntilDone(retired);

        IssuedCredential byRetired = stored(retired);
        assertEquals(retiredKey, byRetired.signedWith, "the retired key that signed it signs it again");
        ProofCheck retiredCheck = PROOFS.verify(byRetired.document, new ProfileResolver());
        assertTrue(retiredCheck.valid(), retiredCheck.reason());
        assertEquals(issuers.verificationMethod(tenant, retiredKey), retiredCheck.verificationMethod());

        IssuedCredential byActive = stored(unopenable);
        assertEquals(activeKey, byActive.signedWith, "signed with the ACTIVE key, and recorded so");
        ProofCheck activeCheck = PROOFS.verify(byActive.document, new ProfileResolver());
        assertTrue(activeCheck.valid(), activeCheck.reason());
        assertEquals(issuers.verificationMethod(tenant, activeKey), activeCheck.verificationMethod());
        assertEquals(1, resignedEvents(unopenable).size());
        assertEquals(1, resignedEvents(retired).size());
    }

    /** Passes until this credential is no longer waiting (the test database may hold others before it). */
    private void resignUntilDone(UUID id) {
        for (int pass = 0; pass < 50 && pending(id); pass++) {
            CredentialKeyUrls.Pass done = keyUrls.runOnce().await().atMost(Duration.ofSeconds(60));
            assertNotNull(done);
        }
        assertTrue(!pending(id), "still waiting after 50 passes");
    }

    private static boolean pending(UUID id) {
        return Db.count("SELECT count(*) FROM issued_credential WHERE id = '" + id + "' AND "
                + FragmentProofCredentials.PENDING) > 0;
    }

    /** Signs the stored award again as the code before key URLs did: its own key, named {@code <issuerId>#<keyId>}. */
    private IssuedCredential signAsBefore(UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> credentials.findById(id)
                .chain(credential -> keys.findInTenant(credential.tenantId, credential.signedWith).map(key -> {
                    SigningKey opened = signingKeys.open(key);
                    SigningKey legacy = new SigningKey(credential.tenantId, key.keyId,
                            IssuerJson.legacyMethodId(issuers.issuerId(credential.tenantId), key.keyId),
                            opened.seed());
                    String unsigned = FragmentProofs.unsigned(credential.document);
                    credential.document = signer.sign(unsigned, legacy, credential.issuedAt);
                    credential.credentialJwt = signer.signJwt(unsigned, legacy);
                    return credential;
                }))));
    }

    private IssuedCredential stored(UUID id) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> credentials.findById(id)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** An award of a tenant of its own (no admin account needed: the credential is awaited in the database). */
    private static UUID issueWithoutAdmin(String tenant) {
        Awards awards = new Awards(tenant, "Key URL re-sign");
        awards.publishCatalogue();
        UUID assessmentId = UUID.randomUUID();
        awards.publish(awards.decided(assessmentId, Decision.AWARD));
        String where = " FROM issued_credential WHERE assessment_id = '" + assessmentId + "'";
        await().atMost(Duration.ofSeconds(45)).until(() -> Db.count("SELECT count(*)" + where) == 1);
        return UUID.fromString(String.valueOf(Db.rows("SELECT id, tenant_id" + where).get(0)[0]));
    }

    private static List<CredentialResigned> resignedEvents(UUID id) {
        return Db.rows("SELECT envelope, event_type FROM outbox_event WHERE event_type = 'credential.resigned'"
                        + " AND envelope LIKE '%" + id + "%'").stream()
                .map(row -> (CredentialResigned) EventCodec.decode((String) row[0]).payload())
                .filter(event -> event.credentialId().equals(id))
                .toList();
    }

    private static JsonNode jwtHeader(String jwt) {
        return tree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    private static JsonNode tree(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
