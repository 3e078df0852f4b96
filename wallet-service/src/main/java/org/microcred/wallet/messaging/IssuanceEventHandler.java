package org.microcred.wallet.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialResigned;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.events.issuance.TranscriptIssued;
import org.microcred.events.issuance.TranscriptRefused;
import org.microcred.support.messaging.EventConsumer;
import org.microcred.wallet.service.ResignedDocuments;
import org.microcred.wallet.service.StatusService;
import org.microcred.wallet.service.WalletService;
import org.microcred.wallet.transcript.TranscriptService;

/**
 * {@code issuance.credentials.v1}, once each: an issued credential goes into its earner's wallet; a status change
 * (revoked, suspended, reinstated) is recorded for it; a credential signed again under its key URL replaces the kept
 * document and VC-JWT; a transcript signed or refused settles the earner's request.
 */
@ApplicationScoped
public class IssuanceEventHandler {

    private static final String CONSUMER = "wallet";

    private final EventConsumer consumer;
    private final WalletService wallet;
    private final StatusService statuses;
    private final TranscriptService transcripts;
    private final ResignedDocuments resigns;

    public IssuanceEventHandler(EventConsumer consumer, WalletService wallet, StatusService statuses,
            TranscriptService transcripts, ResignedDocuments resigns) {
        this.consumer = consumer;
        this.wallet = wallet;
        this.statuses = statuses;
        this.transcripts = transcripts;
        this.resigns = resigns;
    }

    @Incoming("issuance-credentials")
    public Uni<Void> onIssuance(String message) {
        return consumer.apply(CONSUMER, message, event -> {
            if (event.payload() instanceof CredentialIssued issued) {
                return wallet.store(event, issued);
            }
            if (event.payload() instanceof CredentialStatusChanged changed) {
                return statuses.apply(event, changed);
            }
            if (event.payload() instanceof CredentialResigned resigned) {
                return resigns.apply(event, resigned);
            }
            if (event.payload() instanceof TranscriptIssued issued) {
                return transcripts.issued(event, issued);
            }
            if (event.payload() instanceof TranscriptRefused refused) {
                return transcripts.refused(event, refused);
            }
            return Uni.createFrom().voidItem();
        });
    }
}
