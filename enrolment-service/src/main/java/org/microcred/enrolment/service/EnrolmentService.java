package org.microcred.enrolment.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyStage;
import org.microcred.enrolment.JourneyStep;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.enrolment.repository.JourneyRepository;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/** Enrolment: an earner commits to a published micro-credential. */
@ApplicationScoped
public class EnrolmentService {

    /** The enrolment, and whether this call created it (false: it existed, and nothing changed). */
    public record Result(Enrolment enrolment, boolean created) {
    }

    private final AchievementRepository achievements;
    private final EnrolmentRepository enrolments;
    private final JourneyRepository journeys;
    private final Outbox outbox;

    public EnrolmentService(AchievementRepository achievements, EnrolmentRepository enrolments,
            JourneyRepository journeys, Outbox outbox) {
        this.achievements = achievements;
        this.enrolments = enrolments;
        this.journeys = journeys;
        this.outbox = outbox;
    }

    /**
     * Enrols the caller. Enrolling again in the same micro-credential answers the existing
     * enrolment, so a client that retries after a lost answer does not enrol twice.
     */
    @WithTransaction
    public Uni<Result> enrol(Caller earner, UUID achievementId) {
        String tenantId = earner.tenantId();
        return achievements.findInTenant(tenantId, achievementId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Micro-credential", achievementId))
                .invoke(achievement -> {
                    if (!achievement.isPublished()) {
                        throw ProblemException.notFound("Micro-credential", achievementId);
                    }
                })
                .chain(achievement -> enrolments.findByEarner(tenantId, earner.userId(), achievementId)
                        .chain(existing -> existing != null
                                ? Uni.createFrom().item(new Result(existing, false))
                                : create(earner, achievement).map(created -> new Result(created, true))));
    }

    private Uni<Enrolment> create(Caller earner, Achievement achievement) {
        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.tenantId = achievement.tenantId;
        enrolment.achievementId = achievement.id;
        enrolment.achievementVersion = achievement.version;
        enrolment.earnerId = earner.userId();
        enrolment.earnerEmail = earner.email();
        enrolment.earnerName = earner.displayName();
        enrolment.enrolledAt = Instant.now();

        Journey journey = new Journey();
        journey.enrolmentId = enrolment.id;
        journey.tenantId = enrolment.tenantId;
        journey.earnerId = enrolment.earnerId;
        journey.achievementId = achievement.id;
        journey.achievementName = achievement.name;
        journey.stage = JourneyStage.ENROLLED;
        journey.updatedAt = enrolment.enrolledAt;

        EnrolmentCreated event = new EnrolmentCreated(enrolment.id, achievement.id, achievement.version,
                enrolment.earnerId, enrolment.earnerEmail, enrolment.earnerName, enrolment.enrolledAt);
        return enrolments.persist(enrolment)
                .chain(() -> journeys.persist(journey))
                .chain(() -> outbox.add(enrolment.tenantId, enrolment.id.toString(), enrolment.id.toString(), event))
                .chain(envelope -> journeys.addStep(step(envelope.eventId(), enrolment)))
                .replaceWith(enrolment);
    }

    private static JourneyStep step(UUID eventId, Enrolment enrolment) {
        JourneyStep step = new JourneyStep();
        step.eventId = eventId;
        step.enrolmentId = enrolment.id;
        step.stage = JourneyStage.ENROLLED;
        step.occurredAt = enrolment.enrolledAt;
        return step;
    }
}
