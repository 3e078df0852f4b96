package org.microcred.enrolment.outbound.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.outbound.OutboundDelivery;

/** The lease's per-endpoint share: oldest first, each endpoint up to its room, those in flight counted. */
class EndpointShareTest {

    private static final UUID SLOW = UUID.randomUUID();
    private static final UUID FAST = UUID.randomUUID();

    @Test
    void eachEndpointGetsUpToItsShareInOrderAndTheOthersAreNotHeldBack() {
        List<OutboundDelivery> due = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            due.add(delivery(SLOW));
        }
        OutboundDelivery fast = delivery(FAST);
        due.add(fast);

        List<OutboundDelivery> chosen = OutboundDeliveries.withinShare(due, Map.of(), 4);

        assertEquals(List.of(due.get(0), due.get(1), due.get(2), due.get(3), fast), chosen);
    }

    @Test
    void deliveriesAlreadyInFlightCountAgainstTheShare() {
        List<OutboundDelivery> due = List.of(delivery(SLOW), delivery(SLOW), delivery(FAST));

        assertEquals(List.of(due.get(0), due.get(2)), OutboundDeliveries.withinShare(due, Map.of(SLOW, 3L), 4));
        assertEquals(List.of(due.get(2)), OutboundDeliveries.withinShare(due, Map.of(SLOW, 4L), 4));
    }

    private static OutboundDelivery delivery(UUID endpoint) {
        OutboundDelivery d = new OutboundDelivery();
        d.id = UUID.randomUUID();
        d.endpointId = endpoint;
        return d;
    }
}
