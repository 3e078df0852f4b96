package org.microcred.issuance.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.events.wallet.TranscriptRequested;
import org.microcred.issuance.transcript.TranscriptService;
import org.microcred.support.messaging.EventConsumer;

/**
 * {@code wallet.events.v1}: an earner's transcript request is signed (or refused), once. Issuance wants only
 * {@code wallet.transcript.requested}: the consumer passes the wallet's other events over without a transaction.
 */
@ApplicationScoped
public class WalletEventHandler {

    private final EventConsumer consumer;
    private final TranscriptService transcripts;

    public WalletEventHandler(EventConsumer consumer, TranscriptService transcripts) {
        this.consumer = consumer;
        this.transcripts = transcripts;
    }

    @Incoming("wallet-events")
    public Uni<Void> onWallet(String message) {
        return consumer.apply("transcripts", message, TranscriptRequested.class,
                event -> transcripts.requested(event.tenantId(), (TranscriptRequested) event.payload()));
    }
}
