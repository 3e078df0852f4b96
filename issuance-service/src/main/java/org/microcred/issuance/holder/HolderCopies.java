package org.microcred.issuance.holder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.keys.SigningKey;
import org.microcred.issuance.keys.service.SigningKeys;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.issuance.service.CredentialSigner;
import org.microcred.support.problem.ProblemException;

/**
 * Holder-bound copies of an award's credential, shared by every delivery to a wallet app (OpenID4VCI here, VC-API
 * exchanges): the award's document with {@code credentialSubject.id} = the holder's DID ({@link HolderBoundDocument}),
 * signed again by the issuer's ACTIVE key exactly as awards are ({@link CredentialSigner}: {@code eddsa-rdfc-2022},
 * or a VC-JWT whose {@code sub} is the holder's DID). One copy per award, holder and format: a retried delivery
 * answers the copy made the first time. Runs in the caller's transaction.
 */
@ApplicationScoped
public class HolderCopies {

    private static final Logger LOG = Logger.getLogger(HolderCopies.class);

    private final CredentialRepository awards;
    private final HolderCopyRepository copies;
    private final SigningKeys signingKeys;
    private final CredentialSigner signer;

    public HolderCopies(CredentialRepository awards, HolderCopyRepository copies, SigningKeys signingKeys,
            CredentialSigner signer) {
        this.awards = awards;
        this.copies = copies;
        this.signingKeys = signingKeys;
        this.signer = signer;
    }

    /**
     * The award if it is this earner's, in this tenant; 404 otherwise (another earner's award is as absent as a
     * missing one). Only the earner may have copies of their award.
     */
    public Uni<IssuedCredential> earnersAward(String tenantId, String earnerId, UUID awardId) {
        return awards.findInTenant(tenantId, awardId).map(award -> {
            if (award == null || !award.earnerId.equals(earnerId)) {
                throw ProblemException.notFound("Credential", awardId);
            }
            return award;
        });
    }

    /** The award's copy for this holder in this format, made and stored now unless it exists. */
    public Uni<HolderCopy> copy(IssuedCredential award, String holderDid, CopyFormat format) {
        return copies.find(award.id, holderDid, format).chain(existing -> existing != null
                ? Uni.createFrom().item(existing)
                : signingKeys.active(award.tenantId).chain(key -> store(award, holderDid, format, key)));
    }

    private Uni<HolderCopy> store(IssuedCredential award, String holderDid, CopyFormat format, SigningKey key) {
        HolderCopy copy = new HolderCopy();
        copy.id = UUID.randomUUID();
        copy.tenantId = award.tenantId;
        copy.credentialId = award.id;
        copy.earnerId = award.earnerId;
        copy.holderDid = holderDid;
        copy.format = format.value();
        copy.signedWith = key.keyId();
        copy.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String unsigned = HolderBoundDocument.of(award.document, copy.id, holderDid);
        copy.credential = format == CopyFormat.LDP_VC
                ? signer.sign(unsigned, key, copy.createdAt)
                : signer.signJwt(HolderBoundDocument.withVcClaim(unsigned), key);
        return copies.insertIfAbsent(copy).chain(inserted -> {
            if (inserted) {
                LOG.infof("Copy %s of credential %s for holder %s (%s, tenant %s)", copy.id, award.id, holderDid,
                        copy.format, award.tenantId);
                return Uni.createFrom().item(copy);
            }
            return copies.find(award.id, holderDid, format);
        });
    }
}
