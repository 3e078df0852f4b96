package org.microcred.issuance.resign;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.credentials.verification.ResolvedKey;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.jsonld.IssuerJson;
import org.microcred.issuance.keys.IssuerKey;
import org.microcred.issuance.keys.KeyUnsealingException;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.keys.repository.IssuerKeyRepository;
import org.microcred.issuance.keys.service.SigningKeys;
import org.microcred.issuance.service.CredentialSigner;
import org.microcred.issuance.service.IssuerDirectory;

/**
 * Signs one credential again under its key URL, in the caller's transaction (the row is locked): the same document
 * (id, dates, subject, status entry), a new {@code eddsa-rdfc-2022} proof naming {@code <issuerId>/keys/<keyId>}, and,
 * when it had one, a new VC-JWT whose {@code kid} is that URL.
 *
 * <p>Which key: the key that signed it, ACTIVE or RETIRED alike. A re-issue says nothing new; it is the same statement
 * of the same date, vouched for by the key that vouched for it then, so {@code signed_with} stays true and a later
 * compromise of that key invalidates both forms, as it should. Only when that key's seed no longer opens (a master key
 * replaced without re-sealing) does the tenant's ACTIVE key sign, and {@code signed_with} then names it.
 *
 * <p>Left as they are, with the reason recorded: a credential whose key was marked compromised (it fails on purpose;
 * signing it again would revive it), whose key is unknown, whose proof does not verify with that key (re-signing would
 * vouch for a document we cannot show we signed), that carries a proof set, or whose proof names another key than the
 * one it was recorded as signed with.
 */
@ApplicationScoped
public class CredentialResigner {

    private static final Logger LOG = Logger.getLogger(CredentialResigner.class);

    /** What happened to one credential. {@code skipped} is null when it was signed again. */
    public record Outcome(IssuedCredential credential, String previousMethod, String previousKeyId, String skipped) {

        static Outcome skipped(IssuedCredential credential, String previousMethod, String reason) {
            return new Outcome(credential, previousMethod, credential.signedWith, reason);
        }

        public boolean resigned() {
            return skipped == null;
        }
    }

    // Thread-safe; keeps its processed contexts.
    private final DataIntegrityProofs proofs = new DataIntegrityProofs();
    private final IssuerKeyRepository keys;
    private final SigningKeys signingKeys;
    private final CredentialSigner signer;
    private final IssuerDirectory issuers;

    public CredentialResigner(IssuerKeyRepository keys, SigningKeys signingKeys, CredentialSigner signer,
            IssuerDirectory issuers) {
        this.keys = keys;
        this.signingKeys = signingKeys;
        this.signer = signer;
        this.issuers = issuers;
    }

    public Uni<Outcome> resign(IssuedCredential credential, Instant now) {
        String method = FragmentProofs.fragmentMethod(credential.document);
        if (method == null) {
            return skip(credential, null, "names-key-url");
        }
        String expected = IssuerJson.legacyMethodId(issuers.issuerId(credential.tenantId), credential.signedWith);
        if (!expected.equals(method)) {
            return skip(credential, method, "names-another-key");
        }
        return keys.findInTenant(credential.tenantId, credential.signedWith).chain(key -> {
            if (key == null) {
                return skip(credential, method, "key-unknown");
            }
            if (key.state == KeyState.COMPROMISED) {
                return skip(credential, method, "key-compromised");
            }
            String unreadable = checkProof(credential, method, key);
            if (unreadable != null) {
                return skip(credential, method, unreadable);
            }
            return signingKeyFor(key).map(signingKey -> sign(credential, method, signingKey, now));
        });
    }

    /** Null when the document's one proof verifies with the stored key it names; else why not. */
    private String checkProof(IssuedCredential credential, String method, IssuerKey key) {
        try {
            if (FragmentProofs.proofCount(credential.document) != 1) {
                return "proof-set";
            }
            ResolvedKey resolved = new ResolvedKey(method, issuers.issuerId(credential.tenantId), "Ed25519",
                    Ed25519Keys.decodePublicKeyMultibase(key.publicKeyMultibase), key.state);
            ProofCheck check = proofs.verify(credential.document, requested -> {
                if (!method.equals(requested)) {
                    throw new CredentialException("unresolvable-key", requested + " is not the recorded key");
                }
                return resolved;
            });
            if (!check.valid()) {
                LOG.warnf("Credential %s (tenant %s): its proof does not verify with key %s, so it is not signed"
                        + " again: %s", credential.id, credential.tenantId, key.keyId, check.reason());
                return "proof-invalid";
            }
            return null;
        } catch (CredentialException e) {
            LOG.warnf("Credential %s (tenant %s): its proof cannot be checked (%s), so it is not signed again",
                    credential.id, credential.tenantId, e.getMessage());
            return "proof-unreadable";
        }
    }

    private Uni<SigningKey> signingKeyFor(IssuerKey key) {
        try {
            return Uni.createFrom().item(signingKeys.open(key));
        } catch (KeyUnsealingException e) {
            LOG.warnf("Key %s of %s no longer opens (%s): what it signed is signed again with the ACTIVE key",
                    key.keyId, key.tenantId, e.getMessage());
            return signingKeys.active(key.tenantId);
        }
    }

    /** The proof and the VC-JWT (when it had one) over the same unsigned document; nothing else changes. */
    private Outcome sign(IssuedCredential credential, String previousMethod, SigningKey key, Instant now) {
        String previousKeyId = credential.signedWith;
        String unsigned = FragmentProofs.unsigned(credential.document);
        credential.document = signer.sign(unsigned, key, now);
        if (credential.credentialJwt != null) {
            credential.credentialJwt = signer.signJwt(unsigned, key);
        }
        credential.signedWith = key.keyId();
        return new Outcome(credential, previousMethod, previousKeyId, null);
    }

    private static Uni<Outcome> skip(IssuedCredential credential, String method, String reason) {
        credential.resignSkipped = reason;
        return Uni.createFrom().item(Outcome.skipped(credential, method, reason));
    }
}
