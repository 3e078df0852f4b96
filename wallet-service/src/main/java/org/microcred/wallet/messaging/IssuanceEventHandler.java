package org.microcred.wallet.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.support.messaging.EventConsumer;
import org.microcred.wallet.service.WalletService;

/** Puts each issued credential into its earner's wallet, once. */
@ApplicationScoped
public class IssuanceEventHandler {

    private static final String CONSUMER = "wallet";

    private final EventConsumer consumer;
    private final WalletService wallet;

    public IssuanceEventHandler(EventConsumer consumer, WalletService wallet) {
        this.consumer = consumer;
        this.wallet = wallet;
    }

    /**
     * The decoded event says what arrived; the document itself is cut from the message's own text,
     * so the wallet keeps exactly what issuance sent.
     */
    @Incoming("issuance-credentials")
    public Uni<Void> onIssuance(String message) {
        return consumer.apply(CONSUMER, message,
                event -> wallet.store(event, RawJson.member(message, "payload", "credential")));
    }
}
