package org.microcred.issuance.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.events.wallet.TranscriptRequested;
import org.microcred.issuance.service.ClaimedCredentials;
import org.microcred.issuance.transcript.TranscriptService;
import org.microcred.support.messaging.EventConsumer;

/**
 * {@code wallet.events.v1}: an earner's transcript request is signed (or refused), once; a claim of credentials issued
 * to a learner without an account makes them the account's. Each consumer wants one type and passes the wallet's other
 * events over without a transaction.
 */
@ApplicationScoped
public class WalletEventHandler {

    private final EventConsumer consumer;
    private final TranscriptService transcripts;
    private final ClaimedCredentials claims;

    public WalletEventHandler(EventConsumer consumer, TranscriptService transcripts, ClaimedCredentials claims) {
        this.consumer = consumer;
        this.transcripts = transcripts;
        this.claims = claims;
    }

    @Incoming("wallet-events")
    public Uni<Void> onWallet(String message) {
        return consumer.apply("transcripts", message, TranscriptRequested.class,
                        event -> transcripts.requested(event.tenantId(), (TranscriptRequested) event.payload()))
                .chain(() -> consumer.apply("claims", message, CredentialsClaimed.class,
                        event -> claims.claimed(event.tenantId(), (CredentialsClaimed) event.payload())));
    }
}
