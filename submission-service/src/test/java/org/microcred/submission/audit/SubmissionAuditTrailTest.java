package org.microcred.submission.audit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.microcred.support.testing.AuditTrailContract;

/**
 * Submission-service's audit trail as a whole (only operators' outbox actions are recorded here): an
 * operator's drop of a parked outbox row, who may read the trail, and the chain in this service's own tables
 * (service-support's {@link AuditTrailContract}).
 */
@Tag("servers")
@QuarkusTest
class SubmissionAuditTrailTest extends AuditTrailContract {

    @Override
    protected String parkedTopic() {
        return "test.submission.events.v1";
    }

    @Override
    protected String parkedEventType() {
        return "submission.submitted";
    }
}
