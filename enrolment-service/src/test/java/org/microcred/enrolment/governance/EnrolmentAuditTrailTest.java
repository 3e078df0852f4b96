package org.microcred.enrolment.governance;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.microcred.support.testing.AuditTrailContract;

/**
 * Enrolment-service's audit trail as a whole (its actions' records: EnrolmentAuditTest): an operator's drop of a parked
 * outbox row, who may read the trail, and the chain in this service's own tables (service-support's
 * {@link AuditTrailContract}).
 */
@Tag("servers")
@QuarkusTest
class EnrolmentAuditTrailTest extends AuditTrailContract {

    @Override
    protected String parkedTopic() {
        return "test.enrolment.events.v1";
    }

    @Override
    protected String parkedEventType() {
        return "enrolment.created";
    }
}
