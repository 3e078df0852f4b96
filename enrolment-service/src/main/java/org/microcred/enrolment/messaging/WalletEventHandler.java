package org.microcred.enrolment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.enrolment.recognition.service.RecognitionInbox;
import org.microcred.enrolment.service.ClaimedEarners;
import org.microcred.enrolment.service.JourneyProjector;
import org.microcred.support.messaging.EventConsumer;

/**
 * {@code wallet.events.v1} onto the dashboard, each event applied once: wallet.credential.shared: the newest share link;
 * wallet.credentials.claimed: the stand-in of a learner without an account becomes their account ({@link ClaimedEarners});
 * wallet.external-credential.submitted and .status-changed: recognition requests ({@link RecognitionInbox}).
 */
@ApplicationScoped
public class WalletEventHandler {

    private final EventConsumer consumer;
    private final JourneyProjector projector;
    private final ClaimedEarners claims;
    private final RecognitionInbox recognitions;

    public WalletEventHandler(EventConsumer consumer, JourneyProjector projector, ClaimedEarners claims,
            RecognitionInbox recognitions) {
        this.consumer = consumer;
        this.projector = projector;
        this.claims = claims;
        this.recognitions = recognitions;
    }

    @Incoming("wallet-events")
    public Uni<Void> onWallet(String message) {
        return consumer.apply(JourneyProjector.CONSUMER, message,
                event -> projector.apply(event).chain(() -> claims.apply(event))
                        .chain(() -> recognitions.apply(event)));
    }
}
