package org.microcred.wallet.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.support.messaging.EventConsumer;
import org.microcred.wallet.service.StatusService;
import org.microcred.wallet.service.WalletService;

/**
 * {@code issuance.credentials.v1}, once each: an issued credential goes into its earner's wallet; a status change
 * (revoked, suspended, reinstated) is recorded for it.
 */
@ApplicationScoped
public class IssuanceEventHandler {

    private static final String CONSUMER = "wallet";

    private final EventConsumer consumer;
    private final WalletService wallet;
    private final StatusService statuses;

    public IssuanceEventHandler(EventConsumer consumer, WalletService wallet, StatusService statuses) {
        this.consumer = consumer;
        this.wallet = wallet;
        this.statuses = statuses;
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
            return Uni.createFrom().voidItem();
        });
    }
}
