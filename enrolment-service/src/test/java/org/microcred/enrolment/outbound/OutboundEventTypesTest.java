package org.microcred.enrolment.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.enrolment.AwardJobFinished;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.events.wallet.CredentialsClaimed;

class OutboundEventTypesTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void theTypesAnEndpointMayName() {
        assertEquals(Set.of("credential.issued", "credential.revoked", "credential.suspended",
                "credential.reinstated", "credential.claimed", "assessment.decided", "enrolment.completed",
                "award-job.finished"),
                OutboundEventTypes.NAMES);
    }

    @Test
    void anIssuedCredentialIsASmallProjectionKeyedByTheCredential() {
        OutboundEvent e = of(new CredentialIssued(ID, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 2,
                "earner-1", "Data literacy", JsonNodeFactory.instance.objectNode().put("proof", "x"), NOW, "jwt"))
                .orElseThrow();
        assertEquals("credential.issued", e.type());
        assertEquals(ID.toString(), e.subject());
        assertEquals(List.of("credentialId", "enrolmentId", "achievementId", "achievementVersion", "achievementName",
                "earnerId", "issuedAt"), List.copyOf(e.data().keySet()), "no document, no JWT, no null pathwayId");
        assertEquals(2, e.data().get("achievementVersion"));
    }

    @Test
    void aStatusChangeBecomesRevokedSuspendedOrReinstated() {
        assertEquals("credential.revoked", status("REVOKED").orElseThrow().type());
        assertEquals("credential.suspended", status("SUSPENDED").orElseThrow().type());
        assertEquals("credential.reinstated", status("ACTIVE").orElseThrow().type());
        assertEquals(Optional.empty(), status("SOMETHING"));
        assertEquals("Issued in error", status("REVOKED").orElseThrow().data().get("reason"));
    }

    @Test
    void aFinishedAwardJobIsSentWithItsCounts() {
        OutboundEvent e = of(new AwardJobFinished(ID, AwardJobFinished.COMPLETED, 10, 7, 1, 2, 0, "nb-admin", NOW,
                NOW.plusSeconds(60))).orElseThrow();
        assertEquals("award-job.finished", e.type());
        assertEquals(ID.toString(), e.subject());
        assertEquals(7, e.data().get("applied"));
        assertFalse(e.data().containsKey("submittedBy"), "who submitted it stays inside");
    }

    @Test
    void onlyACompletedEnrolmentIsSent() {
        assertTrue(of(enrolment(EnrolmentStatus.COMPLETED)).isPresent());
        assertEquals("enrolment.completed", of(enrolment(EnrolmentStatus.COMPLETED)).orElseThrow().type());
        assertFalse(of(enrolment(EnrolmentStatus.WITHDRAWN)).isPresent());
    }

    @Test
    void aDecisionAndAClaimCarryTheEarnersEmail() {
        AssessmentDecided d = AssessmentDecided.builder().assessmentId(ID).enrolmentId(UUID.randomUUID())
                .achievement(UUID.randomUUID(), 1).earner("earner-1", "ada@example.org", "Ada").attempt(1)
                .decision(Decision.AWARD).basis(AssessmentDecided.PROGRESS).score(new BigDecimal("87.5"))
                .decidedAt(NOW).build();
        OutboundEvent decided = of(d).orElseThrow();
        assertEquals("AWARD", decided.data().get("decision"));
        assertEquals("ada@example.org", decided.data().get("earnerEmail"));
        assertFalse(decided.data().containsKey("feedback"), "feedback stays inside");
        OutboundEvent claimed = of(new CredentialsClaimed(ID, "unclaimed-1", "earner-1", "ada@example.org",
                List.of(UUID.randomUUID()), NOW)).orElseThrow();
        assertEquals("credential.claimed", claimed.type());
        assertEquals("unclaimed-1", claimed.subject());
        assertEquals("ada@example.org", claimed.data().get("earnerEmail"));
    }

    private static Optional<OutboundEvent> status(String status) {
        return of(new CredentialStatusChanged(ID, UUID.randomUUID(), "earner-1", status, "Issued in error", "admin",
                NOW));
    }

    private static EnrolmentStatusChanged enrolment(EnrolmentStatus status) {
        return new EnrolmentStatusChanged(ID, UUID.randomUUID(), 1, "earner-1", status, EnrolmentStatus.ACTIVE, null,
                NOW);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<OutboundEvent> of(EventPayload payload) {
        return OutboundEventTypes.of((EventEnvelope) EventEnvelope.wrap(payload, "northbridge", "s", NOW, null));
    }
}
