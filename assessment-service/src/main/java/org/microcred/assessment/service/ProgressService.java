package org.microcred.assessment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.assessment.AchievementVersion;
import org.microcred.assessment.AssessmentTask;
import org.microcred.assessment.ParkedReport;
import org.microcred.assessment.ProgressJudge;
import org.microcred.assessment.repository.AchievementVersionRepository;
import org.microcred.assessment.repository.AssessmentTaskRepository;
import org.microcred.assessment.repository.ClosedEnrolmentRepository;
import org.microcred.assessment.repository.ParkedReportRepository;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.MalformedEventException;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.submission.EvidenceLink;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * Decides {@code progress} micro-credentials from LMS reports, without an assessor. A report whose
 * version is not known yet is parked and decided when the catalogue event arrives. An enrolment is
 * awarded once; reports after an award, or after the enrolment ended, change nothing. Runs inside
 * the consumer's transaction, as does its audit record ({@code assessment.decided} by this service, with the id of
 * the event that decided: the report, or the catalogue event a parked report waited for).
 */
@ApplicationScoped
public class ProgressService {

    private static final Logger LOG = Logger.getLogger(ProgressService.class);

    private final AchievementVersionRepository versions;
    private final AssessmentTaskRepository tasks;
    private final ClosedEnrolmentRepository closed;
    private final ParkedReportRepository parked;
    private final AdvisoryLocks locks;
    private final AssessmentEvents events;
    private final AssessmentAudit audit;
    private final AuditActors actors;

    public ProgressService(AchievementVersionRepository versions, AssessmentTaskRepository tasks,
            ClosedEnrolmentRepository closed, ParkedReportRepository parked, AdvisoryLocks locks,
            AssessmentEvents events, AssessmentAudit audit, AuditActors actors) {
        this.versions = versions;
        this.tasks = tasks;
        this.closed = closed;
        this.parked = parked;
        this.locks = locks;
        this.events = events;
        this.audit = audit;
        this.actors = actors;
    }

    /** An {@code enrolment.activity.reported} event. */
    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (!(event.payload() instanceof ActivityReported reported)) {
            return Uni.createFrom().voidItem();
        }
        ActivityReported report = normalised(event, reported);
        String tenantId = event.tenantId();
        // Advisory locks, because the rows both sides look for may not exist yet: the version's first (a report
        // parked while its catalogue event commits would be stranded), then the enrolment's (against a withdrawal);
        // the order the catalogue consumer takes them in.
        return locks.lock("version", tenantId, report.achievementId().toString(),
                        String.valueOf(report.achievementVersion()))
                .chain(() -> locks.lock("enrolment", tenantId, report.enrolmentId().toString()))
                .chain(() -> versions.findVersion(tenantId, report.achievementId(), report.achievementVersion()))
                .chain(version -> version != null ? decide(actors.event(event), tenantId, version, report)
                        : park(tenantId, report));
    }

    /** Decides, in the order they occurred, the reports that waited for this version (published by {@code event}). */
    public Uni<Void> decideParked(EventEnvelope<?> event, AchievementVersion version) {
        return parked.forVersion(version.tenantId, version.achievementId, version.version)
                .chain(waiting -> decideEach(actors.event(event), version, waiting, 0));
    }

    private Uni<Void> decideEach(AuditActor actor, AchievementVersion version, List<ParkedReport> waiting,
            int index) {
        if (index >= waiting.size()) {
            return Uni.createFrom().voidItem();
        }
        ParkedReport next = waiting.get(index);
        return locks.lock("enrolment", version.tenantId, next.enrolmentId.toString())
                .chain(() -> decide(actor, version.tenantId, version, next.report))
                .chain(() -> parked.delete(next))
                .chain(() -> decideEach(actor, version, waiting, index + 1));
    }

    private Uni<Void> park(String tenantId, ActivityReported report) {
        return parked.find(tenantId, report.reportId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            ParkedReport row = new ParkedReport();
            row.tenantId = tenantId;
            row.reportId = report.reportId();
            row.enrolmentId = report.enrolmentId();
            row.achievementId = report.achievementId();
            row.achievementVersion = report.achievementVersion();
            row.report = report;
            row.occurredAt = report.occurredAt();
            row.parkedAt = Instant.now();
            LOG.debugf("Report %s parked until version %d of %s is known", report.reportId(),
                    report.achievementVersion(), report.achievementId());
            return parked.persist(row).replaceWithVoid();
        });
    }

    private Uni<Void> decide(AuditActor actor, String tenantId, AchievementVersion version,
            ActivityReported report) {
        ProgressJudge.Outcome outcome = ProgressJudge.judge(version.progressRule, report);
        if (!version.isProgress() || !outcome.decides()) {
            return Uni.createFrom().voidItem();
        }
        return closed.isClosed(tenantId, report.enrolmentId())
                .chain(ended -> ended ? Uni.createFrom().item(true) : tasks.hasProgressAward(tenantId, report.enrolmentId()))
                .chain(settled -> settled ? Uni.createFrom().item(true)
                        : tasks.findByReport(tenantId, report.reportId()).map(done -> done != null))
                .chain(skip -> skip ? Uni.createFrom().voidItem() : record(actor, tenantId, report, outcome));
    }

    private Uni<Void> record(AuditActor actor, String tenantId, ActivityReported r, ProgressJudge.Outcome outcome) {
        AssessmentTask t = new AssessmentTask();
        t.id = UUID.randomUUID();
        t.tenantId = tenantId;
        t.basis = AssessmentTask.PROGRESS;
        t.enrolmentId = r.enrolmentId();
        t.achievementId = r.achievementId();
        t.achievementVersion = r.achievementVersion();
        t.earnerId = r.earnerId();
        t.earnerEmail = r.earnerEmail();
        t.earnerName = r.earnerName();
        t.attempt = 1;
        t.answers = List.of();
        t.artifacts = List.of();
        // The evidence an award request points to (the LMS's page of the learner's work), as link evidence.
        t.links = r.evidenceUrl() == null ? List.of() : List.of(new EvidenceLink(null, r.evidenceUrl(),
                "Evidence recorded in the learning platform"));
        t.scores = List.of();
        t.submittedAt = r.occurredAt();
        t.enrolledAt = r.enrolledAt();
        t.createdAt = Instant.now();
        t.status = AssessmentTask.Status.DECIDED;
        t.decision = outcome.decision();
        t.feedback = outcome.feedback();
        t.score = r.score();
        t.activityId = r.activityId();
        t.reportId = r.reportId();
        t.decidedAt = Instant.now();
        return tasks.persist(t).chain(() -> events.decided(t)).chain(() -> audit.progressDecided(actor, t));
    }

    /** Fills what an older or sparse producer left out; refuses what no decision could be made from. */
    private static ActivityReported normalised(EventEnvelope<EventPayload> event, ActivityReported r) {
        if (r.enrolmentId() == null || r.achievementId() == null || r.earnerId() == null || r.earnerId().isBlank()
                || r.activityId() == null) {
            throw new MalformedEventException("enrolment.activity.reported lacks enrolmentId, achievementId, "
                    + "earnerId or activityId");
        }
        UUID reportId = r.reportId() != null ? r.reportId() : event.eventId();
        Instant occurredAt = r.occurredAt() != null ? r.occurredAt() : event.occurredAt();
        return new ActivityReported(reportId, r.enrolmentId(), r.achievementId(), r.achievementVersion(),
                r.earnerId(), r.earnerEmail(), r.earnerName(), r.activityId(), r.completed(), r.score(), occurredAt,
                r.enrolledAt(), r.awardRequested(), r.evidenceUrl());
    }
}
