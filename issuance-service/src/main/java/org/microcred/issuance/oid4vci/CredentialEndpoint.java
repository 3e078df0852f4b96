package org.microcred.issuance.oid4vci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.microcred.credentials.holder.HolderProofException;
import org.microcred.credentials.holder.ProofJwts;
import org.microcred.credentials.holder.VerifiedProofJwt;
import org.microcred.events.EventCodec;
import org.microcred.issuance.CredentialStatus;
import org.microcred.issuance.IssuedCredential;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.issuance.holder.CopyFormat;
import org.microcred.issuance.holder.HolderCopies;
import org.microcred.issuance.holder.HolderCopy;
import org.microcred.issuance.repository.CredentialRepository;

/**
 * The credential endpoint (OpenID4VCI 1.0 §8): checks the access token, the requested configuration or identifier,
 * every key proof ({@link ProofJwts}: {@code aud} the issuer, {@code iat} within {@link Oid4vciConfig#proofMaxAge()},
 * the signature by the key its {@code kid} or {@code jwk} names) and its {@code c_nonce} (issued here, unused,
 * unexpired), then answers one holder-bound copy per proof ({@link HolderCopies}). Everything runs in one
 * transaction: a refusal anywhere (an exception) leaves the nonces unused and writes nothing, and the access token is
 * never consumed, so a refused request leaves it usable.
 */
@ApplicationScoped
public class CredentialEndpoint {

    private final Oid4vciRepository store;
    private final CredentialRepository awards;
    private final HolderCopies copies;
    private final IssuerMetadata metadata;
    private final Oid4vciConfig config;

    public CredentialEndpoint(Oid4vciRepository store, CredentialRepository awards, HolderCopies copies,
            IssuerMetadata metadata, Oid4vciConfig config) {
        this.store = store;
        this.awards = awards;
        this.copies = copies;
        this.metadata = metadata;
        this.config = config;
    }

    @WithTransaction
    public Uni<ObjectNode> issue(String tenantId, String accessToken, String body) {
        Instant now = Instant.now();
        return store.token(tenantId, CapabilityValues.sha256(accessToken)).chain(token -> {
            if (token == null || !now.isBefore(token.expiresAt)) {
                throw OAuthError.invalidToken("The access token is unknown or expired");
            }
            CredentialRequest request = CredentialRequest.parse(body, config.maxProofs());
            Target target = targetOf(request, token);
            CopyFormat format = CredentialConfigurations.formatOf(target.configuration());
            List<VerifiedProofJwt> proofs = verify(request.proofJwts(), metadata.issuerId(tenantId), now);
            return useNonces(tenantId, proofs, now)
                    .chain(() -> awards.findInTenant(tenantId, target.award()))
                    .chain(award -> deliver(award, proofs, format))
                    .map(delivered -> answer(delivered));
        });
    }

    /** The configuration and award a request names. */
    private record Target(String configuration, UUID award) {
    }

    private static Target targetOf(CredentialRequest request, AccessToken token) {
        List<UUID> covered = token.awards();
        if (request.configurationId() != null) {
            if (!CredentialConfigurations.isKnown(request.configurationId())
                    || !token.configurations().contains(request.configurationId())) {
                throw OAuthError.of("unknown_credential_configuration", "This issuer offered no credential"
                        + " configuration '" + request.configurationId() + "' for this access token");
            }
            if (covered.size() > 1) {
                throw OAuthError.of("invalid_request", "This access token covers several credentials: name one by"
                        + " a credential_identifier of the token response");
            }
            return new Target(request.configurationId(), covered.get(0));
        }
        for (UUID award : covered) {
            var configuration = CredentialConfigurations.configurationOf(request.identifier(), award,
                    token.configurations());
            if (configuration.isPresent()) {
                return new Target(configuration.get(), award);
            }
        }
        throw OAuthError.of("unknown_credential_identifier", "No credential of this access token has that"
                + " identifier");
    }

    private List<VerifiedProofJwt> verify(List<String> jwts, String issuerId, Instant now) {
        List<VerifiedProofJwt> verified = new ArrayList<>();
        for (String jwt : jwts) {
            VerifiedProofJwt proof;
            try {
                proof = ProofJwts.verify(jwt, issuerId, now, config.proofMaxAge());
            } catch (HolderProofException e) {
                throw OAuthError.of("invalid_proof", "The key proof is not valid: " + e.reason());
            }
            if (proof.nonce() == null || proof.nonce().isEmpty()) {
                throw OAuthError.of("invalid_nonce", "The key proof states no nonce: get a c_nonce from the"
                        + " nonce endpoint");
            }
            verified.add(proof);
        }
        return verified;
    }

    /** Each distinct nonce of the proofs is used once here; one that is not ours, used or expired refuses all. */
    private Uni<Void> useNonces(String tenantId, List<VerifiedProofJwt> proofs, Instant now) {
        Set<String> nonces = new LinkedHashSet<>();
        proofs.forEach(proof -> nonces.add(proof.nonce()));
        return Multi.createFrom().iterable(nonces)
                .onItem().transformToUniAndConcatenate(nonce -> store.useNonce(tenantId, nonce, now))
                .collect().asList()
                .invoke(used -> {
                    if (used.contains(false)) {
                        throw OAuthError.of("invalid_nonce", "The nonce of a key proof is not one this issuer"
                                + " gave, or was used, or expired: get a fresh c_nonce");
                    }
                })
                .replaceWithVoid();
    }

    private Uni<List<HolderCopy>> deliver(IssuedCredential award, List<VerifiedProofJwt> proofs, CopyFormat format) {
        if (award == null || award.status != CredentialStatus.ACTIVE) {
            throw OAuthError.of("credential_request_denied", "The credential is no longer active (revoked or"
                    + " suspended) and is not delivered");
        }
        return Multi.createFrom().iterable(proofs)
                .onItem().transformToUniAndConcatenate(proof -> copies.copy(award, proof.holder().did(), format))
                .collect().asList();
    }

    private static ObjectNode answer(List<HolderCopy> delivered) {
        ObjectNode answer = EventCodec.mapper().createObjectNode();
        ArrayNode credentials = answer.putArray("credentials");
        for (HolderCopy copy : delivered) {
            ObjectNode entry = credentials.addObject();
            if (copy.copyFormat() == CopyFormat.LDP_VC) {
                try {
                    entry.set("credential", EventCodec.mapper().readTree(copy.credential));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("A stored copy is JSON", e);
                }
            } else {
                entry.put("credential", copy.credential);
            }
        }
        return answer;
    }
}
