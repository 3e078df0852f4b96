package org.microcred.enrolment.analytics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.analytics.EnrolmentFact;
import org.microcred.enrolment.analytics.Stage;
import org.microcred.enrolment.analytics.repository.AnalyticsFacts;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.submission.DraftStarted;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.wallet.CredentialShared;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.events.wallet.ShareOpened;

/**
 * Projects the events of every stage onto the analytics tables, inside the consumer's transaction (the event id is
 * recorded with the effects). Only the event is read: no other table, no other service. Each write keeps the earliest
 * time per stage ({@link AnalyticsFacts}), so any arrival order and any replay give the same figures.
 */
@ApplicationScoped
public class AnalyticsProjector {

    /** The consumer name of the analytics channels in {@code processed_event}. */
    public static final String CONSUMER = "analytics";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnalyticsFacts facts;

    public AnalyticsProjector(AnalyticsFacts facts) {
        this.facts = facts;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        String tenant = event.tenantId();
        EventPayload payload = event.payload();
        if (payload instanceof EnrolmentCreated c) {
            return facts.record(new EnrolmentFact(tenant, c.enrolmentId(), c.achievementId(), c.achievementVersion(),
                    EnrolmentFact.earnerKey(c.earnerId()), c.enrolledAt(), Stage.ENROLLED,
                    c.enrolledAt() != null ? c.enrolledAt() : event.occurredAt()));
        }
        if (payload instanceof EnrolmentStatusChanged s) {
            Stage stage = s.status() == EnrolmentStatus.WITHDRAWN ? Stage.WITHDRAWN
                    : s.status() == EnrolmentStatus.EXPIRED ? Stage.EXPIRED : null;
            return stage == null ? done() : facts.record(new EnrolmentFact(tenant, s.enrolmentId(), s.achievementId(),
                    s.achievementVersion(), EnrolmentFact.earnerKey(s.earnerId()), null, stage, at(s.changedAt(), event)));
        }
        if (payload instanceof DraftStarted d) {
            return facts.record(new EnrolmentFact(tenant, d.enrolmentId(), d.achievementId(), d.achievementVersion(),
                    EnrolmentFact.earnerKey(d.earnerId()), d.enrolledAt(), Stage.STARTED, at(d.startedAt(), event)));
        }
        if (payload instanceof SubmissionSubmitted s) {
            Instant submittedAt = at(s.submittedAt(), event);
            return facts.record(new EnrolmentFact(tenant, s.enrolmentId(), s.achievementId(), s.achievementVersion(),
                            EnrolmentFact.earnerKey(s.earnerId()), s.enrolledAt(), Stage.SUBMITTED, submittedAt))
                    .chain(() -> facts.attempt(tenant, s.enrolmentId(), s.attempt(), submittedAt, null, null, null,
                            null, null, null));
        }
        if (payload instanceof AssessmentAssigned a) {
            return a.assessorId() == null ? done() : facts.record(new EnrolmentFact(tenant, a.enrolmentId(),
                    a.achievementId(), a.achievementVersion(), EnrolmentFact.earnerKey(a.earnerId()), null,
                    Stage.IN_REVIEW, at(a.assignedAt(), event)));
        }
        if (payload instanceof AssessmentDecided d) {
            return decided(tenant, event, d);
        }
        if (payload instanceof CredentialIssued i && i.pathwayId() == null && i.enrolmentId() != null) {
            Instant issuedAt = at(i.issuedAt(), event);
            return facts.record(new EnrolmentFact(tenant, i.enrolmentId(), i.achievementId(), i.achievementVersion(),
                            EnrolmentFact.earnerKey(i.earnerId()), null, Stage.ISSUED, issuedAt))
                    .chain(() -> facts.credentialOf(tenant, i.enrolmentId(), i.credentialId()))
                    .chain(() -> facts.credential(tenant, i.credentialId(), i.enrolmentId(), issuedAt, null));
        }
        if (payload instanceof CredentialShared s) {
            Instant sharedAt = at(s.sharedAt(), event);
            Uni<Void> share = facts.share(tenant, s.shareId(), s.credentialId(), s.enrolmentId(), sharedAt, 0);
            return s.enrolmentId() == null ? share : share.chain(() -> facts.record(new EnrolmentFact(tenant,
                    s.enrolmentId(), null, null, EnrolmentFact.earnerKey(s.earnerId()), null, Stage.SHARED, sharedAt)));
        }
        if (payload instanceof ShareOpened o) {
            return facts.share(tenant, o.shareId(), o.credentialId(), o.enrolmentId(), null, o.openCount());
        }
        if (payload instanceof CredentialsClaimed c) {
            Instant claimedAt = at(c.claimedAt(), event);
            Uni<Void> all = facts.rekey(tenant, EnrolmentFact.earnerKey(c.unclaimedEarnerId()),
                    EnrolmentFact.earnerKey(c.earnerId()));
            for (UUID credential : c.credentialIds() == null ? List.<UUID>of() : c.credentialIds()) {
                all = all.chain(() -> facts.credential(tenant, credential, null, null, claimedAt));
            }
            return all;
        }
        if (payload instanceof PathwayCompleted p) {
            return facts.pathwayCompleted(tenant, p.pathwayId(), p.pathwayVersion(),
                    EnrolmentFact.earnerKey(p.earnerId()), at(p.completedAt(), event));
        }
        return done();
    }

    private Uni<Void> decided(String tenant, EventEnvelope<EventPayload> event, AssessmentDecided d) {
        Instant decidedAt = at(d.decidedAt(), event);
        Stage stage = switch (d.decision()) {
            case AWARD -> Stage.AWARDED;
            case REVISE -> Stage.REVISE;
            case DENY -> Stage.DENIED;
        };
        String basis = d.basis() != null ? d.basis() : AssessmentDecided.RUBRIC;
        boolean rubric = AssessmentDecided.RUBRIC.equals(basis);
        String earner = EnrolmentFact.earnerKey(d.earnerId());
        Uni<Void> reached = facts.record(new EnrolmentFact(tenant, d.enrolmentId(), d.achievementId(),
                d.achievementVersion(), earner, d.enrolledAt(), stage, decidedAt));
        if (rubric) {
            // An assessor judged it: it was in review by then, even when assessment.assigned is still on its way.
            reached = reached.chain(() -> facts.record(new EnrolmentFact(tenant, d.enrolmentId(), null, null, null,
                    null, Stage.IN_REVIEW, decidedAt)));
        }
        if (d.decision() == org.microcred.events.assessment.Decision.AWARD) {
            reached = reached.chain(() -> facts.awardAttempt(tenant, d.enrolmentId(), d.attempt()));
        }
        boolean secondMarked = d.secondAssessorId() != null;
        String scores = scores(d.scores());
        return reached.chain(() -> facts.attempt(tenant, d.enrolmentId(), d.attempt(),
                rubric ? d.submittedAt() : null, decidedAt, d.decision().name(), basis, secondMarked,
                secondMarked ? d.markersAgreed() : null, scores));
    }

    private static String scores(List<CriterionScore> scores) {
        if (scores == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(scores.stream()
                    .filter(s -> s.criterionId() != null && s.levelId() != null)
                    .map(s -> Map.of("criterionId", s.criterionId(), "levelId", s.levelId()))
                    .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant at(Instant when, EventEnvelope<EventPayload> event) {
        return when != null ? when : event.occurredAt();
    }

    private static Uni<Void> done() {
        return Uni.createFrom().voidItem();
    }
}
