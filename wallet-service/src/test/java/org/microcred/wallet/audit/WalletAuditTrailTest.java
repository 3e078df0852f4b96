package org.microcred.wallet.audit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.microcred.support.testing.AuditTrailContract;

/**
 * Wallet-service's audit trail as a whole (a claim's record: ClaimAuditTest): an
 * operator's drop of a parked outbox row, who may read the trail, and the chain in this service's own tables
 * (service-support's {@link AuditTrailContract}).
 */
@Tag("servers")
@QuarkusTest
class WalletAuditTrailTest extends AuditTrailContract {

    @Override
    protected String parkedTopic() {
        return "test.wallet.events.v1";
    }

    @Override
    protected String parkedEventType() {
        return "wallet.credentials.claimed";
    }
}
