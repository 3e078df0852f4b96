package org.microcred.enrolment.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.Admission;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.Journey;
import org.microcred.enrolment.JourneyStage;
import org.microcred.enrolment.JourneyStep;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.enrolment.repository.JourneyRepository;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.support.metrics.CommittedCounts;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;

/** Enrolment: an earner (or their institution's LMS) commits to the current version of a micro-credential. */
@ApplicationScoped
public class EnrolmentService {

    /**
     * Who enrols: the earner's id (token {@code sub}), contact details, and how ({@code earner}/{@code lms}). The email
     * names the earner in the credential: an earner's own is the one Keycloak verified, an LMS's the one the institution
     * reports; it is fixed here, at enrolment, and never read from a token again.
     */
    public record Applicant(String tenantId, String earnerId, String email, String name, String source) {
    }

    /** The enrolment, whether this call created it (false: it existed, nothing changed), its place in line. */
    public record Result(Enrolment enrolment, boolean created, Long waitlistPosition) {
    }

    private final AchievementRepository achievements;
    private final EnrolmentRepository enrolments;
    private final JourneyRepository journeys;
    private final Seats seats;
    private final Outbox outbox;
    private final CommittedCounts counts;

    public EnrolmentService(AchievementRepository achievements, EnrolmentRepository enrolments,
            JourneyRepository journeys, Seats seats, Outbox outbox, CommittedCounts counts) {
        this.achievements = achievements;
        this.enrolments = enrolments;
        this.journeys = journeys;
        this.seats = seats;
        this.outbox = outbox;
        this.counts = counts;
    }

    /**
     * Enrols an earner who accepted the commitment of the terms version they name. Enrolling again
     * while an enrolment is open answers that enrolment, so a retry after a lost answer does not
     * enrol twice.
     */
    @WithTransaction
    public Uni<Result> enrol(Applicant earner, UUID achievementId, Boolean acceptCommitment, String termsVersion) {
        return Uni.createFrom().voidItem()
                .invoke(() -> Admission.requireAccepted(acceptCommitment))
                .chain(() -> admit(earner, achievementId, current -> Admission.requireCurrentTerms(termsVersion, current)));
    }

    /**
     * Enrols a learner on the institution's behalf (LMS): the institution accepted the current
     * terms for them. Runs in the caller's transaction.
     */
    public Uni<Result> enrolOnBehalf(Applicant learner, UUID achievementId) {
        return admit(learner, achievementId, current -> {
        });
    }

    /**
     * The enrolment an award the LMS asked for goes to, in the caller's transaction: the learner's open (or completed)
     * enrolment in the micro-credential, else a new ACTIVE one in {@code current}, the published version. The learning
     * happened in the LMS, so places, the enrolment window and staff confirmation do not apply, and the institution
     * accepted the terms for the learner.
     */
    public Uni<Result> enrolForAward(Applicant learner, Achievement current) {
        return seats.lock(learner.tenantId(), current.id)
                .chain(() -> enrolments.findOpen(learner.tenantId(), learner.earnerId(), current.id))
                .chain(existing -> existing != null ? Uni.createFrom().item(new Result(existing, false, null))
                        : persist(newEnrolment(learner, current, EnrolmentStatus.ACTIVE, Instant.now()), current)
                                .map(created -> new Result(created, true, null)));
    }

    private Uni<Result> admit(Applicant who, UUID achievementId, Consumer<Achievement> termsCheck) {
        String tenantId = who.tenantId();
        return achievements.findCurrentPublished(tenantId, achievementId)
                .chain(current -> (current != null ? Uni.createFrom().item(true)
                        : achievements.findNewest(tenantId, achievementId, VersionStatus.RETIRED)
                                .map(Objects::nonNull))
                        .invoke(known -> {
                            if (!known) {
                                throw ProblemException.notFound("Micro-credential", achievementId);
                            }
                        })
                        .chain(() -> seats.lock(tenantId, achievementId))
                        .chain(() -> enrolments.findOpen(tenantId, who.earnerId(), achievementId))
                        .chain(existing -> {
                            if (existing != null) {
                                return positionOf(existing).map(position -> new Result(existing, false, position));
                            }
                            if (current == null) {
                                throw ProblemException.conflict("achievement-retired",
                                        "Micro-credential " + achievementId + " is retired: it takes no new enrolments");
                            }
                            Instant now = Instant.now();
                            Admission.requireWindowOpen(current, now);
                            termsCheck.accept(current);
                            return create(who, current, now);
                        }));
    }

    private Uni<Result> create(Applicant who, Achievement current, Instant now) {
        // Waiting earners go first into places that opened (a new version may have more of them).
        return seats.fill(current.id, current.capacity, now)
                .chain(() -> initialStatus(current))
                .chain(status -> persist(newEnrolment(who, current, status, now), current))
                .chain(enrolment -> positionOf(enrolment).map(position -> new Result(enrolment, true, position)));
    }

    private Uni<EnrolmentStatus> initialStatus(Achievement current) {
        String confirmationMode = Admission.confirmationModeOf(current);
        if (current.capacity == null) {
            // Unlimited places: initialStatus ignores the places taken and the waiting list, so skip counting them.
            return Uni.createFrom().item(Admission.initialStatus(null, 0, 0, confirmationMode));
        }
        return enrolments.countHoldingPlace(current.id)
                .chain(taken -> enrolments.countWaitlisted(current.id).map(waiting -> Admission.initialStatus(
                        current.capacity, taken, waiting, confirmationMode)));
    }

    private Uni<Enrolment> persist(Enrolment enrolment, Achievement version) {
        Journey journey = newJourney(enrolment, version);
        EnrolmentCreated event = new EnrolmentCreated(enrolment.id, enrolment.achievementId,
                enrolment.achievementVersion, enrolment.earnerId, enrolment.earnerEmail, enrolment.earnerName,
                enrolment.enrolledAt, enrolment.status.name(), enrolment.commitment(), enrolment.source, null);
        String key = enrolment.id.toString();
        return enrolments.persist(enrolment)
                .chain(() -> journeys.persist(journey))
                .chain(() -> outbox.add(enrolment.tenantId, key, key, event))
                .chain(envelope -> journeys.addStep(step(envelope.eventId(), enrolment, journey.stage)))
                .invoke(() -> counts.increment("microcred.enrolments", "tenant", enrolment.tenantId))
                .replaceWith(enrolment);
    }

    private Uni<Long> positionOf(Enrolment enrolment) {
        return enrolment.status == EnrolmentStatus.WAITLISTED ? enrolments.waitlistPosition(enrolment)
                : Uni.createFrom().nullItem();
    }

    private static Enrolment newEnrolment(Applicant who, Achievement version, EnrolmentStatus status, Instant now) {
        Enrolment e = new Enrolment();
        e.id = UUID.randomUUID();
        e.tenantId = version.tenantId;
        e.achievementId = version.id;
        e.achievementVersion = version.version;
        e.earnerId = who.earnerId();
        e.earnerEmail = who.email();
        e.earnerName = who.name();
        e.enrolledAt = now;
        e.status = status;
        e.statusChangedAt = now;
        e.source = who.source();
        e.expectedEffortHours = version.expectedEffortHours;
        e.activityStartsAt = version.activityStartsAt;
        e.activityEndsAt = version.activityEndsAt;
        e.obligations = version.obligations;
        e.cost = version.cost;
        e.currency = version.currency;
        e.termsVersion = Admission.termsOf(version);
        e.acceptedAt = now;
        e.confirmationMode = Admission.confirmationModeOf(version);
        e.inactivityExpiryDays = version.inactivityExpiryDays;
        e.lastActivityAt = now;
        return e;
    }

    private static Journey newJourney(Enrolment enrolment, Achievement version) {
        Journey journey = new Journey();
        journey.enrolmentId = enrolment.id;
        journey.tenantId = enrolment.tenantId;
        journey.earnerId = enrolment.earnerId;
        journey.achievementId = version.id;
        journey.achievementVersion = version.version;
        journey.achievementName = version.name;
        journey.benchmarkKind = version.benchmarkKind == null ? "performance" : version.benchmarkKind;
        journey.feedbackTargetDays = version.feedbackTargetDays == null ? 14 : version.feedbackTargetDays;
        journey.stage = JourneyStage.of(enrolment.status);
        journey.enrolmentStatus = enrolment.status;
        journey.enrolledAt = enrolment.enrolledAt;
        journey.updatedAt = enrolment.enrolledAt;
        return journey;
    }

    private static JourneyStep step(UUID eventId, Enrolment enrolment, JourneyStage stage) {
        String how = Enrolment.SOURCE_LMS.equals(enrolment.source) ? "Enrolled by your institution's learning platform"
                : "Enrolled";
        String detail = how + " in version " + enrolment.achievementVersion + switch (enrolment.status) {
            case WAITLISTED -> ": on the waiting list";
            case PENDING_CONFIRMATION -> ": waiting for confirmation";
            default -> "";
        };
        return JourneyStep.of(eventId, enrolment.id, stage, 0, enrolment.enrolledAt, detail); // 0: no attempt yet
    }
}
