package org.microcred.enrolment.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.wallet.CredentialsClaimed;

/**
 * A learner without an account claimed what an LMS awarded them ({@code wallet.credentials.claimed}): what this
 * service holds under their stand-in id becomes theirs (enrolments, journeys, credentials, pathway progress, LMS
 * awards), and the stand-in's claim offer is closed, so it appears on their dashboard and later award requests with their email find their account. Runs in the
 * consumer's transaction, once per event. Plain SQL: several tables, some keyed by the earner.
 */
@ApplicationScoped
public class ClaimedEarners {

    private static final Logger LOG = Logger.getLogger(ClaimedEarners.class);

    /**
     * In this order: an open enrolment stays with the stand-in where the account already has an open one in the same
     * micro-credential (one open enrolment per earner); journeys follow their enrolment; a pathway completion both
     * hold is the account's.
     */
    private static final List<String> REKEYS = List.of(
            """
            UPDATE enrolment s SET earner_id = :earner WHERE s.tenant_id = :tenant AND s.earner_id = :standIn
              AND NOT (s.status NOT IN ('WITHDRAWN', 'EXPIRED', 'DECLINED') AND EXISTS (SELECT 1 FROM enrolment a
                WHERE a.tenant_id = :tenant AND a.earner_id = :earner AND a.achievement_id = s.achievement_id
                  AND a.status NOT IN ('WITHDRAWN', 'EXPIRED', 'DECLINED')))""",
            """
            UPDATE journey j SET earner_id = :earner WHERE j.tenant_id = :tenant AND j.earner_id = :standIn
              AND EXISTS (SELECT 1 FROM enrolment e WHERE e.id = j.enrolment_id AND e.earner_id = :earner)""",
            "UPDATE earned_credential SET earner_id = :earner WHERE tenant_id = :tenant AND earner_id = :standIn",
            "UPDATE pathway_credential SET earner_id = :earner WHERE tenant_id = :tenant AND earner_id = :standIn",
            "UPDATE credential_status SET earner_id = :earner WHERE tenant_id = :tenant AND earner_id = :standIn",
            """
            UPDATE pathway_completion s SET earner_id = :earner WHERE s.tenant_id = :tenant AND s.earner_id = :standIn
              AND NOT EXISTS (SELECT 1 FROM pathway_completion a WHERE a.tenant_id = :tenant AND a.earner_id = :earner
                AND a.pathway_id = s.pathway_id AND a.pathway_version = s.pathway_version)""",
            """
            UPDATE lms_award s SET earner_id = :earner WHERE s.tenant_id = :tenant AND s.earner_id = :standIn
              AND NOT EXISTS (SELECT 1 FROM lms_award a WHERE a.tenant_id = :tenant AND a.earner_id = :earner
                AND a.achievement_id = s.achievement_id AND a.achievement_version = s.achievement_version)""",
            // The stand-in's claim link is used up: no new one is offered (its email now finds the account).
            """
            UPDATE lms_claim_offer SET claimed_at = now(), claimed_by = :earner
              WHERE tenant_id = :tenant AND earner_id = :standIn AND claimed_at IS NULL""");

    /** A {@code wallet.credentials.claimed} event; other events change nothing here. */
    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (!(event.payload() instanceof CredentialsClaimed claimed) || !ClaimOffered.isUnclaimed(
                claimed.unclaimedEarnerId()) || claimed.earnerId() == null || claimed.earnerId().isBlank()
                || ClaimOffered.isUnclaimed(claimed.earnerId())) {
            return Uni.createFrom().voidItem();
        }
        return rekey(event.tenantId(), claimed.unclaimedEarnerId(), claimed.earnerId(), 0)
                .invoke(() -> LOG.infof("Tenant %s: stand-in %s claimed by %s", event.tenantId(),
                        claimed.unclaimedEarnerId(), claimed.earnerId()));
    }

    private Uni<Void> rekey(String tenantId, String standIn, String earnerId, int index) {
        if (index >= REKEYS.size()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(REKEYS.get(index))
                        .setParameter("tenant", tenantId).setParameter("standIn", standIn)
                        .setParameter("earner", earnerId).executeUpdate())
                .chain(() -> rekey(tenantId, standIn, earnerId, index + 1));
    }
}
