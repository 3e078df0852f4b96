package org.microcred.wallet.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.MalformedEventException;
import org.microcred.events.issuance.CredentialResigned;
import org.microcred.support.metrics.CommittedCounts;
import org.microcred.wallet.CredentialDocument;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.repository.WalletCredentialRepository;

/**
 * {@code credential.resigned}: issuance signed a credential issued before proofs named key URLs again under its key
 * URL, so that verifiers which drop a fragment (the Learner Credential Wallet's) can check it. The wallet replaces the
 * document and VC-JWT it keeps with the new ones, as their exact text; everything served from them (the download, the
 * share page and its downloads, baked images, portfolios, presentations) then carries the new proof.
 *
 * <p>Idempotent: the same text and JWT again change nothing (a redelivery, or issuance announcing it again). A
 * credential the wallet does not hold (never delivered here, or of another deployment) is ignored and logged; one its
 * earner removed stays removed. The row is locked first, so a removal at the same moment is not undone.
 */
@ApplicationScoped
public class ResignedDocuments {

    private static final Logger LOG = Logger.getLogger(ResignedDocuments.class);

    private final WalletCredentialRepository credentials;
    private final CommittedCounts counts;

    public ResignedDocuments(WalletCredentialRepository credentials, CommittedCounts counts) {
        this.credentials = credentials;
        this.counts = counts;
    }

    /** In the consumer's transaction. */
    public Uni<Void> apply(EventEnvelope<EventPayload> event, CredentialResigned resigned) {
        if (resigned.credentialId() == null) {
            throw new MalformedEventException("credential.resigned without credentialId");
        }
        CredentialDocument document = CredentialDocument.ofText(resigned.credentialText());
        if (!("urn:uuid:" + resigned.credentialId()).equals(document.id())) {
            throw new MalformedEventException("credential.resigned for " + resigned.credentialId()
                    + " carries the document of " + document.id());
        }
        String jwt = WalletService.compactJwsOrNull(resigned.credentialJwt(), resigned.credentialId(), event);
        return credentials.findById(resigned.credentialId(), LockModeType.PESSIMISTIC_WRITE).invoke(held -> {
            if (held == null || !held.tenantId.equals(event.tenantId())) {
                LOG.infof("Credential %s signed again (event %s) is not in any wallet here: ignored",
                        resigned.credentialId(), event.eventId());
            } else if (held.removedAt != null) {
                LOG.infof("Credential %s signed again (event %s) was removed by its earner: stays removed",
                        resigned.credentialId(), event.eventId());
            } else if (!document.text().equals(held.document) || !Objects.equals(jwt, held.credentialJwt)) {
                replace(held, document, jwt);
            }
        }).replaceWithVoid();
    }

    private void replace(WalletCredential held, CredentialDocument document, String jwt) {
        held.document = document.text();
        held.hasProof = document.hasProof();
        held.credentialJwt = jwt;
        counts.increment("microcred.credentials.resigned", "tenant", held.tenantId);
        LOG.infof("Credential %s: its document and VC-JWT signed again under the key URL replace the stored ones",
                held.id);
    }
}
