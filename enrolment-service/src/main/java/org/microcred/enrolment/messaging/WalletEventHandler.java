package org.microcred.enrolment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.enrolment.service.JourneyProjector;
import org.microcred.support.messaging.EventConsumer;

/** {@code wallet.events.v1} onto the dashboard, each event applied once: wallet.credential.shared: the newest share link. */
@ApplicationScoped
public class WalletEventHandler {

    private final EventConsumer consumer;
    private final JourneyProjector projector;

    public WalletEventHandler(EventConsumer consumer, JourneyProjector projector) {
        this.consumer = consumer;
        this.projector = projector;
    }

    @Incoming("wallet-events")
    public Uni<Void> onWallet(String message) {
        return consumer.apply(JourneyProjector.CONSUMER, message, projector::apply);
    }
}
