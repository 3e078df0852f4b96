package org.microcred.wallet.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.support.messaging.EventConsumer;
import org.microcred.wallet.claim.ClaimService;

/**
 * {@code enrolment.events.v1}, for one type only: {@code enrolment.claim.offered}, a credential awarded to a learner
 * without an account, kept until they claim it. Every other enrolment event is passed over without a transaction.
 */
@ApplicationScoped
public class EnrolmentEventHandler {

    private static final String CONSUMER = "claims";

    private final EventConsumer consumer;
    private final ClaimService claims;

    public EnrolmentEventHandler(EventConsumer consumer, ClaimService claims) {
        this.consumer = consumer;
        this.claims = claims;
    }

    @Incoming("enrolment-events")
    public Uni<Void> onEnrolment(String message) {
        return consumer.apply(CONSUMER, message, ClaimOffered.class,
                event -> claims.offered(event, (ClaimOffered) event.payload()));
    }
}
